import { parseWithZod } from '@conform-to/zod/v4';
import { type ActionFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { useActionData } from '@remix-run/react';
import { AcceptInvitationForm } from '../access/accept-invitation-form';
import { acceptInvitationSchema } from '../access/accept-invitation-schema';
import { workspaceSectionsFor } from '../accounts/workspace-sections';
import { viewerFields } from '../accounts/viewer.server';
import { PageHeader } from '../components/page-header';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n-context';
import { translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { graphqlRequest } from '../lib/api.server';
import { replyApiErrors, replyInvalid } from '../lib/form-reply.server';

const acceptInvitationMutation = graphql(
  `
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
      acceptInvitation(input: $input) {
        ...ViewerFields
      }
    }
  `,
  [viewerFields],
);

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('invitation.title'));
};

export async function action({ request, params }: ActionFunctionArgs) {
  const t = await translatorOf(request);
  const schema = acceptInvitationSchema(t);
  const submission = parseWithZod(await request.formData(), { schema });
  const hideFields = ['password'];
  if (submission.status !== 'success') return replyInvalid(submission, t, { hideFields });

  const result = await graphqlRequest(request, acceptInvitationMutation, {
    input: { token: params.token ?? '', ...submission.value },
  });
  if (result.ok) {
    const home = workspaceSectionsFor(result.data.acceptInvitation).length > 0 ? '/workspace' : '/visits';
    throw redirect(home, { headers: result.headers });
  }
  // The token is in the address, not a field: its refusal is the form's message.
  return replyApiErrors(submission, schema, result.errors, t, {
    hideFields,
    routing: { codeMessages: { BAD_USER_INPUT: t('invitation.error.token') } },
  });
}

export default function AcceptInvitation() {
  const { t } = useI18n();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="container narrow">
      <PageHeader title={t('invitation.title')} lead={t('invitation.lead')} />
      <AcceptInvitationForm lastResult={lastResult} />
    </div>
  );
}
