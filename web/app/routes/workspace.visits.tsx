import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { type PlainMessageKey } from '../i18n/translate';
import { loadMyVisits, type VisitRow } from '../visits/visit-queries.server';
import { VisitTable } from '../visits/visit-table';

const groups: readonly { title: PlainMessageKey; states: readonly VisitRow['state'][] }[] = [
  { title: 'hostVisits.waiting', states: ['REQUESTED'] },
  { title: 'hostVisits.upcoming', states: ['ACCEPTED', 'RESCHEDULE_PROPOSED', 'CONFIRMED'] },
  { title: 'hostVisits.past', states: ['COMPLETED', 'DECLINED', 'CANCELLED'] },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { visits: await loadMyVisits(request, 'HOST') };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('hostVisits.title'));
};

/** Incoming study visits, grouped by what they need from the host. */
export default function HostVisits() {
  const { t } = useI18n();
  const { visits } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t('hostVisits.title')} lead={t('hostVisits.lead')} />
      {groups.map((group) => {
        const inGroup = visits.filter((visit) => group.states.includes(visit.state));
        return (
          <section key={group.title} className="content-section" aria-labelledby={`${group.title}-heading`}>
            <h2 id={`${group.title}-heading`}>
              {t(group.title)} ({inGroup.length})
            </h2>
            {inGroup.length === 0 ? (
              <p className="muted">{t('hostVisits.none')}</p>
            ) : (
              <VisitTable visits={inGroup} side="host" caption={t(group.title)} />
            )}
          </section>
        );
      })}
    </>
  );
}
