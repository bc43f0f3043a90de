// @vitest-environment happy-dom
import { type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { useActionData } from '@remix-run/react';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type InvitationChoices } from '../accounts/invitation-choices';
import { createTranslator } from '../i18n/translate';
import { replyApiErrors } from '../lib/form-reply.server';
import { renderRoute } from '../testing/render-route';
import { InviteForm } from './invite-form';
import { inviteSchema } from './invite-schema';

const t = createTranslator('id');
const choices: InvitationChoices = {
  roles: ['HOST_EDITOR', 'DELEGATE'],
  scopes: [
    { regencyCode: '64.74', agencyId: null },
    { regencyCode: '64.72', agencyId: null },
    { regencyCode: '73.08', agencyId: null },
  ],
  namesCoveredRegencies: false,
};
const groups = [
  {
    label: 'Kalimantan Timur',
    options: [
      { value: '64.74/', label: 'Kota Bontang' },
      { value: '64.72/', label: 'Kota Samarinda' },
    ],
  },
  { label: 'Sulawesi Selatan', options: [{ value: '73.08/', label: 'Kabupaten Bone' }] },
];

afterEach(cleanup);

function renderInviteForm(action: Parameters<typeof renderRoute>[1]['action']) {
  renderRoute('/workspace/invitations', {
    Component: function Page() {
      return <InviteForm choices={choices} scopeGroups={groups} lastResult={useActionData<SubmissionResult<string[]>>()} />;
    },
    action,
  });
}

describe('the invitation form', () => {
  it('offers the regencies grouped by province and, with JavaScript, filters them as one types', async () => {
    renderInviteForm(() => null);
    const select = await screen.findByRole('combobox', { name: new RegExp(t('invite.scope')) });
    expect([...select.querySelectorAll('optgroup')].map((group) => group.label)).toEqual(['Kalimantan Timur', 'Sulawesi Selatan']);
    fireEvent.change(screen.getByRole('searchbox', { name: t('invite.scope.filter') }), { target: { value: 'sulawesi' } });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kabupaten Bone']);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'samar' } });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kota Samarinda']);
  });

  it('says in the browser that the e-mail address is not one, before anything is sent', async () => {
    renderInviteForm(() => {
      throw new Error('the form must not be sent');
    });
    const email = await screen.findByRole('textbox', { name: new RegExp(t('invite.email')) });
    fireEvent.change(email, { target: { value: 'not an address' } });
    fireEvent.blur(email);
    expect(await screen.findByText(t('form.error.email'))).toBeTruthy();
  });

  it("puts the API's refusal of the regency next to the one place field, and its FORBIDDEN above the form", async () => {
    renderInviteForm(async ({ request }) => {
      const schema = inviteSchema(t, choices);
      const submission = parseWithZod(await request.formData(), { schema });
      return replyApiErrors(
        submission,
        schema,
        [
          { code: 'NOT_FOUND', message: 'Unknown regency', field: 'input.regencyCode' },
          { code: 'FORBIDDEN', message: 'Not allowed' },
        ],
        t,
        { routing: { aliases: { regencyCode: 'scope' }, codeMessages: { FORBIDDEN: t('invite.error.forbidden') } } },
      );
    });
    fireEvent.change(await screen.findByRole('textbox', { name: new RegExp(t('invite.email')) }), {
      target: { value: 'orang@bontangkota.go.id' },
    });
    fireEvent.click(screen.getByRole('button', { name: t('invite.submit') }));
    expect(await screen.findByText(t('apiField.regencyUnknown'))).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(t('invite.error.forbidden'));
  });
});
