import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { requireViewer } from '../accounts/viewer.server';
import { managesMailOutbox } from '../accounts/roles';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { statusForApiErrors } from '../lib/api.server';
import { explainApiErrors } from '../lib/api-rejection';
import { pageError } from '../lib/page-errors';
import { MailOutboxList, OutboxStateFilter } from '../workspace/mail-outbox-list';
import { loadMailOutbox, resendMail } from '../workspace/mail-outbox.server';
import { outboxFilterOf, outboxHref } from '../workspace/outbox-filter';

async function requireOutboxManager(request: Request): Promise<void> {
  if (!managesMailOutbox(await requireViewer(request))) throw pageError(403);
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOutboxManager(request);
  const url = new URL(request.url);
  const filter = outboxFilterOf(url.searchParams);
  const page = await loadMailOutbox(request, filter);
  return { filter, ...page, resent: url.searchParams.get('resent') === '1' };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('outbox.title'));
};

/** Sends one message again and comes back to the same page, saying so. */
export async function action({ request }: ActionFunctionArgs) {
  await requireOutboxManager(request);
  const form = await request.formData();
  const result = await resendMail(request, String(form.get('id') ?? ''));
  if (!result.ok) {
    const t = await translatorOf(request);
    const { formError, fieldErrors } = explainApiErrors(result.errors, t, []);
    return data({ formError: formError ?? Object.values(fieldErrors)[0] }, { status: statusForApiErrors(result.errors) });
  }
  const url = new URL(request.url);
  url.searchParams.set('resent', '1');
  return redirect(`${url.pathname}?${url.searchParams.toString()}`);
}

export default function WorkspaceOutbox() {
  const { t } = useI18n();
  const { filter, mails, olderFrom, resent } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  return (
    <section>
      <PageHeader title={t('outbox.title')} lead={t('outbox.lead')} />
      {resent ? <Notice tone="success" title={t('outbox.resent')} /> : null}
      {outcome?.formError ? <Notice tone="error" title={outcome.formError} /> : null}
      <OutboxStateFilter filter={filter} />
      {mails.length === 0 ? <p>{t('outbox.empty')}</p> : <MailOutboxList mails={mails} />}
      <nav className="pagination" aria-label={t('outbox.paging')}>
        {filter.before ? <Link to={outboxHref({ ...filter, before: null })}>{t('outbox.newest')}</Link> : null}
        {olderFrom ? <Link to={outboxHref({ ...filter, before: olderFrom })}>{t('outbox.older')}</Link> : null}
      </nav>
    </section>
  );
}
