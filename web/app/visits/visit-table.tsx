import { Link } from '@remix-run/react';
import { Badge, type BadgeTone } from '../components/badge';
import { TableScroll } from '../components/table-scroll';
import { useI18n } from '../i18n/i18n-context';
import { formatShortDate } from '../lib/format';
import { type VisitRow } from './visit-queries.server';

export const visitStateTone: Record<VisitRow['state'], BadgeTone> = {
  REQUESTED: 'info',
  ACCEPTED: 'accent',
  RESCHEDULE_PROPOSED: 'warning',
  CONFIRMED: 'success',
  COMPLETED: 'success',
  DECLINED: 'danger',
  CANCELLED: 'neutral',
};

/** Visits as a table; `side` says whether each is named by where it goes (delegation) or who comes (host). */
export function VisitTable({
  visits,
  side,
  caption,
}: {
  visits: readonly VisitRow[];
  side: 'host' | 'delegation';
  caption: string;
}) {
  const { t, language } = useI18n();
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('visits.column.visit')}</th>
            <th scope="col">{t('visits.column.dates')}</th>
            <th scope="col">{t('visits.column.state')}</th>
            <th scope="col" className="numeric">
              {t('visits.column.participants')}
            </th>
          </tr>
        </thead>
        <tbody>
          {visits.map((visit) => {
            const title =
              side === 'delegation'
                ? t('visits.to', { host: visit.hostRegency.name })
                : t('visits.from', { regencies: visit.visitingRegencies.map((regency) => regency.name).join(', ') });
            const dates =
              visit.state === 'RESCHEDULE_PROPOSED' && visit.proposedDates.length > 0
                ? visit.proposedDates
                : visit.dates;
            return (
              <tr key={visit.id}>
                <th scope="row">
                  <Link to={`/visits/${visit.id}`}>{title}</Link>
                  <span className="muted table-note">
                    {visit.programs.map((program) => program.acronym ?? program.title).join(', ')}
                  </span>
                </th>
                <td>{dates.map((date) => formatShortDate(date, visit.hostTimeZone, language)).join(', ')}</td>
                <td>
                  <Badge tone={visitStateTone[visit.state]}>{t(`visitState.${visit.state}`)}</Badge>
                </td>
                <td className="numeric">{visit.participantCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
