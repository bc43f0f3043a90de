import { Link } from '@remix-run/react';
import { TableScroll } from '../components/table-scroll';
import { useI18n } from '../i18n/i18n-context';
import { formatShortDate } from '../lib/format';
import { type NationalPicture } from './national-picture.server';

export function ProvinceTable({ provinces }: { provinces: NationalPicture['provinces'] }) {
  const { t } = useI18n();
  return (
    <TableScroll label={t('national.provinces.title')}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('national.provinces.province')}</th>
            <th scope="col">{t('national.provinces.programs')}</th>
            <th scope="col">{t('national.provinces.adoptingRegencies')}</th>
            <th scope="col">{t('national.provinces.adoptions')}</th>
          </tr>
        </thead>
        <tbody>
          {provinces.map((province) => (
            <tr key={province.code}>
              <th scope="row">{province.name}</th>
              <td>{province.programs}</td>
              <td>{province.adoptingRegencies}</td>
              <td>{province.adoptions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Visits per month as bars drawn on the server, each labelled with its count. */
export function VisitsPerMonth({ months }: { months: NationalPicture['visitsPerMonth'] }) {
  const { t } = useI18n();
  if (months.length === 0) return <p className="muted">{t('national.visits.none')}</p>;
  const most = Math.max(...months.map((month) => month.visits));
  const bar = 28;
  const height = 120;
  return (
    <svg className="visits-chart" viewBox={`0 0 ${months.length * (bar + 8)} ${height + 36}`} role="img" aria-labelledby="visits-chart-title">
      <title id="visits-chart-title">{t('national.visits.described', { months: months.map((month) => `${month.month}: ${month.visits}`).join(', ') })}</title>
      {months.map((month, index) => {
        const barHeight = Math.max(2, (month.visits / most) * height);
        const x = index * (bar + 8);
        return (
          <g key={month.month}>
            <rect x={x} y={height - barHeight + 14} width={bar} height={barHeight} className="visits-chart__bar" />
            <text x={x + bar / 2} y={height - barHeight + 10} textAnchor="middle">
              {month.visits}
            </text>
            <text x={x + bar / 2} y={height + 30} textAnchor="middle" className="visits-chart__month">
              {month.month.slice(2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function MostReplicated({ programs }: { programs: NationalPicture['mostReplicated'] }) {
  const { t } = useI18n();
  if (programs.length === 0) return <p className="muted">{t('national.replicated.none')}</p>;
  return (
    <ol className="ranked-list">
      {programs.map((program) => (
        <li key={program.slug}>
          <Link to={`/programs/${program.slug}`}>{program.title}</Link> <span className="muted">{program.hostRegencyName}</span> —{' '}
          {t('national.replicated.count', { count: program.adoptingRegencies })}
        </li>
      ))}
    </ol>
  );
}

export function UnvisitedRegions({ regions }: { regions: NonNullable<NationalPicture['unvisitedRegions']> }) {
  const { t, language } = useI18n();
  if (regions.length === 0) return <p className="muted">{t('national.unvisited.none')}</p>;
  return (
    <TableScroll label={t('national.unvisited.title')}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('national.unvisited.region')}</th>
            <th scope="col">{t('national.unvisited.requests')}</th>
            <th scope="col">{t('national.unvisited.last')}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => (
            <tr key={region.regencyCode}>
              <th scope="row">
                {region.regencyName} <span className="muted">{region.provinceName}</span>
              </th>
              <td>{region.requests}</td>
              <td>{formatShortDate(region.lastRequestedAt, 'Asia/Jakarta', language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
