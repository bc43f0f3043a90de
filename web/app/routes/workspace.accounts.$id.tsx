import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { loadManagedAccount, runAccountIntent } from '../accounts/account-admin.server';
import { IntentButton } from '../components/intent-button';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { TableScroll } from '../components/table-scroll';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { type PlainMessageKey } from '../i18n/translate';
import { formatDate } from '../lib/format';
import { SessionTable } from '../workspace/session-table';

const accountTimeZone = 'Asia/Jakarta';

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadManagedAccount(request, params.id ?? '');
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('accounts.account.title'));
};

export async function action({ request }: ActionFunctionArgs) {
  const outcome = await runAccountIntent(request, ['deactivate', 'reactivate', 'withdraw', 'endSession', 'endSessions']);
  // A withdrawn role may take the account out of the viewer's reach: the directory is where they can be sure to land.
  if (outcome.data.done === 'withdraw') throw redirect('/workspace/accounts');
  return outcome;
}

const doneMessages: Record<string, PlainMessageKey> = {
  deactivate: 'accounts.done.deactivate',
  reactivate: 'accounts.done.reactivate',
  endSession: 'sessions.ended',
  endSessions: 'sessions.ended',
};

/** One account: its roles (each withdrawn with one button), whether it may sign in, and its open sessions. */
export default function ManagedAccount() {
  const { t, language } = useI18n();
  const { account, sessions } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const done = outcome?.done ? doneMessages[outcome.done] : undefined;
  return (
    <>
      <PageHeader title={account.displayName} lead={account.email} />
      {done ? <Notice tone="success">{t(done)}</Notice> : null}
      {outcome?.formError ? <Notice tone="error">{outcome.formError}</Notice> : null}
      <p>
        {account.deactivatedAt
          ? t('accounts.deactivatedSince', { date: formatDate(account.deactivatedAt, accountTimeZone, language) })
          : t('accounts.activeSince', { date: formatDate(account.createdAt, accountTimeZone, language) })}
      </p>
      {account.viewerCanManage ? (
        account.deactivatedAt ? (
          <IntentButton intent="reactivate" id={account.id} label={t('accounts.reactivate')} />
        ) : (
          <IntentButton intent="deactivate" id={account.id} label={t('accounts.deactivate')} />
        )
      ) : null}

      <section className="content-section" aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('accounts.roles')}</h2>
        {account.memberships.length === 0 ? (
          <p className="muted">{t('accounts.roles.none')}</p>
        ) : (
          <TableScroll label={t('accounts.roles')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('invite.role')}</th>
                  <th scope="col">{t('invite.scope')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('sessions.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {account.memberships.map((membership) => (
                  <tr key={membership.id}>
                    <th scope="row">{t(`role.${membership.role}`)}</th>
                    <td>{[membership.regencyCode, membership.agencyId, ...membership.coveredRegencyCodes].filter(Boolean).join(', ') || '—'}</td>
                    <td>
                      {membership.viewerCanWithdraw ? (
                        <IntentButton intent="withdraw" id={membership.id} label={t('accounts.withdraw')} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      {account.viewerCanManage ? (
        <section className="content-section" aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">{t('sessions.title')}</h2>
          <SessionTable sessions={sessions} caption={t('sessions.title')} />
          {sessions.length > 0 ? <IntentButton intent="endSessions" id={account.id} label={t('sessions.endAll')} /> : null}
        </section>
      ) : null}
    </>
  );
}
