import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { loadMySessions, runAccountIntent } from '../accounts/account-admin.server';
import { requireViewer } from '../accounts/viewer.server';
import { Button } from '../components/button';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { SessionTable } from '../workspace/session-table';

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return { accountId: viewer.accountId, sessions: await loadMySessions(request) };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('sessions.title'));
};

export async function action({ request }: ActionFunctionArgs) {
  await requireViewer(request);
  return runAccountIntent(request, ['endSession', 'endSessions']);
}

/** The browsers someone is signed in on: they end any of them, or every one but this. */
export default function Sessions() {
  const { t } = useI18n();
  const { accountId, sessions } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  return (
    <div className="container">
      <PageHeader title={t('sessions.title')} lead={t('sessions.lead')} />
      {outcome?.done ? <Notice tone="success">{t('sessions.ended')}</Notice> : null}
      {outcome?.formError ? <Notice tone="error">{outcome.formError}</Notice> : null}
      <SessionTable sessions={sessions} caption={t('sessions.title')} />
      {sessions.some((session) => !session.current) ? (
        <Form method="post" className="form-footnote">
          <input type="hidden" name="intent" value="endSessions" />
          <input type="hidden" name="id" value={accountId} />
          <Button type="submit" variant="secondary">
            {t('sessions.endOthers')}
          </Button>
        </Form>
      ) : null}
    </div>
  );
}
