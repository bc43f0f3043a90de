import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { answersVisitRequests, requestsVisits } from '../accounts/roles';
import { viewerOf } from '../accounts/viewer.server';
import { ButtonLink } from '../components/button';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { loadMyVisits } from '../visits/visit-queries.server';
import { VisitTable } from '../visits/visit-table';

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await viewerOf(request);
  return {
    signedIn: viewer !== null,
    hosts: answersVisitRequests(viewer),
    travels: requestsVisits(viewer),
    visits: requestsVisits(viewer) ? await loadMyVisits(request, 'DELEGATION') : [],
  };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('visits.title'));
};

/** Study visits: what they are for visitors, and for delegations their own visits. */
export default function Visits() {
  const { t } = useI18n();
  const { signedIn, hosts, travels, visits } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <PageHeader
        title={t('visits.title')}
        lead={t('visits.lead')}
        actions={travels ? <ButtonLink to="/programs">{t('visits.new.action')}</ButtonLink> : null}
      />
      {!signedIn ? (
        <Notice>
          <p>{t('visits.anonymous.body')}</p>
          <p>
            <Link to="/sign-in?redirectTo=%2Fvisits">{t('visits.anonymous.signIn')}</Link> ·{' '}
            <Link to="/programs">{t('visits.anonymous.find')}</Link>
          </p>
        </Notice>
      ) : null}
      {hosts ? (
        <p>
          <Link to="/workspace/visits">{t('visits.hosted.link')}</Link>
        </p>
      ) : null}
      {travels ? (
        <section aria-labelledby="my-visits-heading">
          <h2 id="my-visits-heading">{t('visits.mine.title')}</h2>
          {visits.length === 0 ? (
            <p className="muted">{t('visits.mine.none')}</p>
          ) : (
            <VisitTable visits={visits} side="delegation" caption={t('visits.mine.title')} />
          )}
        </section>
      ) : null}
    </div>
  );
}
