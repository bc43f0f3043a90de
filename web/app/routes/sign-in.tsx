import { parseWithZod } from '@conform-to/zod/v4';
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { safeRedirectTarget } from '../accounts/redirect-target';
import { SignInForm } from '../access/sign-in-form';
import { signInSchema } from '../access/sign-in-schema';
import { viewerOf } from '../accounts/viewer.server';
import { PageHeader } from '../components/page-header';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n-context';
import { translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { graphqlRequest } from '../lib/api.server';
import { replyApiErrors, replyInvalid } from '../lib/form-reply.server';

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
  const t = await translatorOf(request);
  const schema = signInSchema(t);
  const submission = parseWithZod(await request.formData(), { schema });
  // The password is never sent back to the page; the e-mail is, so only the password needs typing again.
  const hideFields = ['password'];
  if (submission.status !== 'success') return replyInvalid(submission, t, { hideFields });

  const { email, password } = submission.value;
  const result = await graphqlRequest(request, signInMutation, { email, password });
  if (result.ok) throw redirect(safeRedirectTarget(submission.value.redirectTo ?? null), { headers: result.headers });
  return replyApiErrors(submission, schema, result.errors, t, {
    hideFields,
    routing: { codeMessages: { UNAUTHENTICATED: t('signIn.error.credentials') } },
  });
}

export default function SignIn() {
  const { t } = useI18n();
  const { redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="container narrow">
      <PageHeader title={t('signIn.title')} lead={t('signIn.lead')} />
      <SignInForm redirectTo={redirectTo} lastResult={lastResult} />
      <p className="muted form-footnote">{t('signIn.noAccount')}</p>
    </div>
  );
}
