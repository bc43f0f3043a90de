import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { scopeOptionsOf } from '../access/invitation-scopes.server';
import { InviteForm } from '../access/invite-form';
import { sendInvitation } from '../access/invite-action.server';
import { expiryTimeZone, PendingInvitations } from '../access/pending-invitations';
import { runAccountIntent } from '../accounts/account-admin.server';
import { invitationChoicesFor, type InvitationChoices } from '../accounts/invitation-choices';
import { requireViewer } from '../accounts/viewer.server';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { ShareLink } from '../components/share-link';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n-context';
import { translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { graphqlRequest, requireData } from '../lib/api.server';
import { formatDate } from '../lib/format';
import { pageError } from '../lib/page-errors';

const pendingInvitationsQuery = graphql(`
  query PendingInvitations {
    pendingInvitations {
      id
      email
      role
      regencyCode
      agencyId
      coveredRegencyCodes
      expiresAt
    }
  }
`);

async function requireChoices(request: Request): Promise<InvitationChoices> {
  const choices = invitationChoicesFor(await requireViewer(request));
  if (!choices) throw pageError(403);
  return choices;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const choices = await requireChoices(request);
  const t = await translatorOf(request);
  const [scopeOptions, { pendingInvitations }] = await Promise.all([
    scopeOptionsOf(request, t, choices.scopes),
    graphqlRequest(request, pendingInvitationsQuery).then((result) => requireData(request, result)),
  ]);
  return { choices, scopeOptions, pendingInvitations };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('invite.title'));
};

export async function action({ request }: ActionFunctionArgs) {
  const choices = await requireChoices(request);
  if ((await request.clone().formData()).get('intent') === 'revokeInvitation') {
    const revocation = await runAccountIntent(request, ['revokeInvitation']);
    return data({ revoked: Boolean(revocation.data.done), formError: revocation.data.formError }, revocation.init ?? undefined);
  }
  return sendInvitation(request, choices);
}

export default function Invitations() {
  const { t, language } = useI18n();
  const { choices, scopeOptions, pendingInvitations } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const sent = outcome && 'invitation' in outcome ? outcome.invitation : null;
  const revocation = outcome && 'revoked' in outcome ? outcome : null;
  const lastResult = !outcome || 'revoked' in outcome ? undefined : 'invitation' in outcome ? outcome.result : outcome;
  return (
    <>
      <PageHeader title={t('invite.title')} lead={t('invite.lead')} />
      {sent ? (
        <Notice tone="success" title={t('invite.sent', { email: sent.email })}>
          <ShareLink
            url={sent.acceptUrl}
            label={t('invite.acceptLink')}
            hint={t('invite.acceptLink.hint', { date: formatDate(sent.expiresAt, expiryTimeZone, language) })}
          />
        </Notice>
      ) : null}
      {revocation?.revoked ? <Notice tone="success">{t('invite.revoked')}</Notice> : null}
      {revocation?.formError ? <Notice tone="error">{revocation.formError}</Notice> : null}
      <InviteForm key={sent?.acceptUrl ?? 'form'} choices={choices} scopeGroups={scopeOptions.groups} lastResult={lastResult} />
      <PendingInvitations pendingInvitations={pendingInvitations} scopeLabels={scopeOptions.labels} />
    </>
  );
}
