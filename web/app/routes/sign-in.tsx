import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { safeRedirectTarget } from '../accounts/redirect-target';
import { viewerOf } from '../accounts/viewer.server';
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

const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      accountId
    }
  }
`);

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('signIn.title'));
};

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectTarget(new URL(request.url).searchParams.get('redirectTo'));
  if (await viewerOf(request)) throw redirect(redirectTo);
  return { redirectTo };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const t = await translatorOf(request);
  const email = textField(form, 'email');
  // Passwords are taken as typed: spaces may be part of them.
  const password = String(form.get('password') ?? '');
  const redirectTo = safeRedirectTarget(form.get('redirectTo'));

  const fieldErrors: FormRejection<'email' | 'password'>['fieldErrors'] = {};
  if (!email) fieldErrors.email = t('signIn.error.emailRequired');
  if (!password) fieldErrors.password = t('signIn.error.passwordRequired');
  if (fieldErrors.email || fieldErrors.password)
    return reject<'email' | 'password'>({ values: { email }, fieldErrors });

  const result = await graphqlRequest(request, signInMutation, { email, password });
  if (result.ok) throw redirect(redirectTo, { headers: result.headers });
  // The password is never sent back to the page; the e-mail is, so only the password needs typing again.
  const formError =
    result.errors[0]?.code === 'UNAUTHENTICATED'
      ? t('signIn.error.credentials')
      : explainApiErrors(result.errors, t, []).formError;
  return reject<'email' | 'password'>(
    { values: { email }, fieldErrors: {}, formError },
    statusForApiErrors(result.errors)
  );
}

export default function SignIn() {
  const { t } = useI18n();
  const { redirectTo } = useLoaderData<typeof loader>();
  const rejection = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';

  return (
    <div className="container narrow">
      <PageHeader title={t('signIn.title')} lead={t('signIn.lead')} />
      {rejection?.formError ? <Notice tone="error">{rejection.formError}</Notice> : null}
      <Form method="post" className="stacked-form" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          name="email"
          label={t('signIn.email')}
          required
          error={rejection?.fieldErrors.email}
          inputProps={{ type: 'email', autoComplete: 'username', defaultValue: rejection?.values.email ?? '' }}
        />
        <Field
          name="password"
          label={t('signIn.password')}
          required
          error={rejection?.fieldErrors.password}
          inputProps={{ type: 'password', autoComplete: 'current-password' }}
        />
        <Button type="submit" disabled={submitting}>
          {t('signIn.submit')}
        </Button>
      </Form>
      <p className="muted form-footnote">{t('signIn.noAccount')}</p>
    </div>
  );
}
