import { FundingMixChart } from './funding-mix-chart';
import { TableScroll } from '../components/table-scroll';
import { useI18n } from '../i18n/i18n-context';
import { formatRupiah } from '../lib/format';
import { unitIn } from '../lib/units';
import { IllustrativeBadge } from './illustrative-badge';
import { type ProgramFigures, type ProgramProfile } from './program-profile.server';

function CostTable({ costs }: { costs: ProgramProfile['costs'] }) {
  const { t, language } = useI18n();
  if (costs.length === 0) return <p className="muted">{t('program.costs.none')}</p>;
  return (
    <TableScroll label={t('program.costs.title')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('program.costs.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('program.costs.item')}</th>
            <th scope="col" className="numeric">
              {t('program.costs.amount')}
            </th>
            <th scope="col">{t('program.costs.unit')}</th>
            <th scope="col">{t('program.costs.year')}</th>
          </tr>
        </thead>
        <tbody>
          {costs.map((cost) => (
            <tr key={cost.id}>
              <th scope="row">
                {cost.label} {cost.illustrative ? <IllustrativeBadge /> : null}
              </th>
              <td className="numeric">{formatRupiah(cost.amountRupiah, language)}</td>
              <td>{cost.unit ? unitIn(cost.unit, language) : '—'}</td>
              <td>{cost.year ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function FundingSources({ funding, figures }: { funding: ProgramProfile['funding']; figures: ProgramFigures | null }) {
  const { t, language } = useI18n();
  if (funding.length === 0) return <p className="muted">{t('program.funding.none')}</p>;
  const mix = figures?.fundingMix ?? [];
  return (
    <>
      {mix.length > 0 ? <FundingMixChart mix={mix} /> : <p className="muted">{t('program.funding.noShares')}</p>}
      <ul className="plain-list">
        {funding.map((source) => (
          <li key={source.id}>
            <strong>{t(`fundingKind.${source.kind}`)}</strong>
            {source.amountRupiah ? ` · ${formatRupiah(source.amountRupiah, language)}` : null}
            {source.note ? ` — ${source.note}` : null} {source.illustrative ? <IllustrativeBadge /> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

export function CostsAndFunding({ program, figures }: { program: ProgramProfile; figures: ProgramFigures | null }) {
  const { t } = useI18n();
  return (
    <div className="money">
      <div className="money__columns">
        <div>
          <h3>{t('program.costs.title')}</h3>
          <CostTable costs={program.costs} />
        </div>
        <div>
          <h3>{t('program.funding.title')}</h3>
          <FundingSources funding={program.funding} figures={figures} />
        </div>
      </div>
    </div>
  );
}
