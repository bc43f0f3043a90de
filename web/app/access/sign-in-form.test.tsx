// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import SignIn, { action } from '../routes/sign-in';
import { renderRoute } from '../testing/render-route';

const t = createTranslator('id');

afterEach(cleanup);

function renderSignIn(routeAction: Parameters<typeof renderRoute>[1]['action'] = action) {
  return renderRoute('/sign-in', { Component: SignIn, loader: () => ({ redirectTo: '/workspace' }), action: routeAction });
}

describe('the sign-in form', () => {
  it('refuses an empty form with the message next to each field', async () => {
    renderSignIn();
    fireEvent.click(await screen.findByRole('button', { name: t('signIn.submit') }));
    expect(await screen.findByText(t('signIn.error.emailRequired'))).toBeTruthy();
    expect(screen.getByText(t('signIn.error.passwordRequired'))).toBeTruthy();
  });

  it('checks a field in the browser as soon as the person leaves it', async () => {
    renderSignIn(() => {
      throw new Error('the form must not be sent');
    });
    const email = await screen.findByLabelText(new RegExp(t('signIn.email')));
    fireEvent.blur(email);
    expect(await screen.findByText(t('signIn.error.emailRequired'))).toBeTruthy();
  });

  it("shows the API's refusal as the form's message and keeps the e-mail, never the password", async () => {
    const { replyApiErrors } = await import('../lib/form-reply.server');
    const { parseWithZod } = await import('@conform-to/zod/v4');
    const { signInSchema } = await import('./sign-in-schema');
    renderSignIn(async ({ request }) => {
      const schema = signInSchema(t);
      const submission = parseWithZod(await request.formData(), { schema });
      return replyApiErrors(submission, schema, [{ code: 'UNAUTHENTICATED', message: 'Wrong e-mail or password' }], t, {
        hideFields: ['password'],
        routing: { codeMessages: { UNAUTHENTICATED: t('signIn.error.credentials') } },
      });
    });
    fireEvent.change(await screen.findByLabelText(new RegExp(t('signIn.email'))), { target: { value: 'a@b.id' } });
    fireEvent.change(screen.getByLabelText(new RegExp(t('signIn.password'))), { target: { value: 'secret words' } });
    fireEvent.click(screen.getByRole('button', { name: t('signIn.submit') }));
    expect((await screen.findByRole('alert')).textContent).toBe(t('signIn.error.credentials'));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(new RegExp(t('signIn.email'))).value).toBe('a@b.id'));
  });
});
