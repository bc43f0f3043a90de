import { type ActionFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Form, useActionData, useNavigation } from '@remix-run/react';
import { workspaceSectionsFor } from '../accounts/workspace-sections';
import { viewerFields } from '../accounts/viewer.server';
import { Button } from '../components/button';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n-context';
import { translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { explainApiErrors } from '../lib/api-rejection';
import { graphqlRequest, statusForApiErrors } from '../lib/api.server';
import { reject, textField, type FormRejection } from '../lib/form-submission.server';

const acceptInvitationMutation = graphql(
  `
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
      acceptInvitation(input: $input) {
        ...ViewerFields
      }
    }
  `,
  [viewerFields]
);

const minimumPasswordLength = 10;

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('invitation.title'));
};

type Name = 'displayName' | 'password';

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const t = await translatorOf(request);
  const displayName = textField(form, 'displayName');
  const password = String(form.get('password') ?? '');

  const fieldErrors: FormRejection<Name>['fieldErrors'] = {};
  if (!displayName) fieldErrors.displayName = t('invitation.error.displayNameRequired');
  if (password.length < minimumPasswordLength) fieldErrors.password = t('invitation.error.passwordTooShort');
  if (Object.keys(fieldErrors).length > 0) return reject<Name>({ values: { displayName }, fieldErrors });

  const result = await graphqlRequest(request, acceptInvitationMutation, {
    input: { token: params.token ?? '', displayName, password },
  });
  if (result.ok) {
    const home = workspaceSectionsFor(result.data.acceptInvitation).length > 0 ? '/workspace' : '/visits';
    throw redirect(home, { headers: result.headers });
  }
  const explained = explainApiErrors(result.errors, t, ['password', 'token']);
  const { token: tokenError, ...refusedFields } = explained.fieldErrors;
  return reject<Name>(
    { values: { displayName }, fieldErrors: refusedFields, formError: tokenError ?? explained.formError },
    statusForApiErrors(result.errors)
  );
}

export default function AcceptInvitation() {
  const { t } = useI18n();
  const rejection = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';

  return (
    <div className="container narrow">
      <PageHeader title={t('invitation.title')} lead={t('invitation.lead')} />
      {rejection?.formError ? <Notice tone="error">{rejection.formError}</Notice> : null}
      <Form method="post" className="stacked-form" noValidate>
        <Field
          name="displayName"
          label={t('invitation.displayName')}
          hint={t('invitation.displayName.hint')}
          required
          error={rejection?.fieldErrors.displayName}
          inputProps={{ autoComplete: 'name', defaultValue: rejection?.values.displayName ?? '' }}
        />
        <Field
          name="password"
          label={t('invitation.password')}
          hint={t('invitation.password.hint')}
          required
          error={rejection?.fieldErrors.password}
          inputProps={{ type: 'password', autoComplete: 'new-password', minLength: minimumPasswordLength }}
        />
        <Button type="submit" disabled={submitting}>
          {t('invitation.submit')}
        </Button>
      </Form>
    </div>
  );
}
