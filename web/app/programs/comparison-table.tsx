import { Link } from '@remix-run/react';
import { type ReactNode } from 'react';
import { Badge } from '../components/badge';
import { FundingMixChart } from './funding-mix-chart';
import { TableScroll } from '../components/table-scroll';
import { useI18n } from '../i18n/i18n-context';
import { type Language } from '../i18n/languages';
import { type PlainMessageKey, type Translate } from '../i18n/translate';
import { formatMeasure, formatNumber, formatPeriod, formatRupiah } from '../lib/format';
import { compareHref, programHref, withoutProgram } from './compare-selection';
import { extremeColumns, valuesDiffer, type Extreme } from './comparison-highlights';
import { type Comparison } from './comparison.server';
import { DerivedNote, type RupiahFigure } from './derived-figure';

interface Row {
  id: string;
  label: PlainMessageKey;
  cells: ReactNode[];
  /** Plain text per program, to tell whether the row differs. */
  keys: string[];
  /** The columns holding the extreme value, and how that extreme is called. */
  extreme?: { columns: boolean[]; label: PlainMessageKey };
}

function numericRow(values: (bigint | number | null)[], extreme: Extreme, label: PlainMessageKey): Pick<Row, 'keys' | 'extreme'> {
  return {
    keys: values.map((value) => String(value ?? '')),
    extreme: { columns: extremeColumns(values, extreme), label },
  };
}

const bigintOrNull = (value: string | null | undefined) => (value ? BigInt(value) : null);

function rowsFor(comparisons: readonly Comparison[], t: Translate, language: Language): Row[] {
  const none = <span className="muted">{t('compare.none')}</span>;
  const programs = comparisons.map((comparison) => comparison.program);
  const rupiah = (amount: string | null | undefined, unit?: string | null) => (amount ? `${formatRupiah(amount, language)}${unit ? ` ${unit}` : ''}` : none);
  const figure = (value: RupiahFigure | null) =>
    value ? (
      <>
        {formatRupiah(value.rupiah, language)}
        <DerivedNote figure={value} />
      </>
    ) : (
      none
    );

  return [
    {
      id: 'host',
      label: 'compare.row.host',
      cells: programs.map((program) => t('regency.inProvince', { regency: program.hostRegency.name, province: program.hostRegency.province.name })),
      keys: programs.map((program) => program.hostRegency.name),
    },
    {
      id: 'themes',
      label: 'compare.row.themes',
      cells: programs.map((program) => program.themes.map((theme) => t(`theme.${theme}`)).join(', ')),
      keys: programs.map((program) => [...program.themes].sort().join(',')),
    },
    {
      id: 'status',
      label: 'compare.row.status',
      cells: programs.map((program) => t(`activity.${program.activity}`)),
      keys: programs.map((program) => program.activity),
    },
    {
      id: 'cost-per-beneficiary',
      label: 'compare.row.costPerBeneficiary',
      cells: comparisons.map((comparison) => figure(comparison.costPerBeneficiary)),
      ...numericRow(
        comparisons.map((comparison) => bigintOrNull(comparison.costPerBeneficiary?.rupiah)),
        'min',
        'compare.lowest',
      ),
    },
    {
      id: 'unit-cost',
      label: 'compare.row.unitCost',
      cells: programs.map((program) => rupiah(program.unitCostRupiah, program.unitCostUnit)),
      ...numericRow(
        programs.map((program) => bigintOrNull(program.unitCostRupiah)),
        'min',
        'compare.lowest',
      ),
    },
    {
      id: 'total-budget',
      label: 'compare.row.totalBudget',
      cells: comparisons.map((comparison) => figure(comparison.totalBudget)),
      ...numericRow(
        comparisons.map((comparison) => bigintOrNull(comparison.totalBudget?.rupiah)),
        'min',
        'compare.lowest',
      ),
    },
    {
      id: 'funding-mix',
      label: 'compare.row.fundingMix',
      cells: comparisons.map((comparison) => (comparison.fundingMix.length > 0 ? <FundingMixChart mix={comparison.fundingMix} /> : none)),
      keys: comparisons.map((comparison) => comparison.fundingMix.map((share) => `${share.kind}:${share.percent}`).join(',')),
    },
    {
      id: 'beneficiaries',
      label: 'compare.row.beneficiaries',
      cells: programs.map((program) =>
        program.beneficiaries != null ? `${formatNumber(program.beneficiaries, language)} ${program.beneficiaryUnit ?? ''}`.trim() : none,
      ),
      ...numericRow(
        programs.map((program) => program.beneficiaries ?? null),
        'max',
        'compare.most',
      ),
    },
    {
      id: 'units-built',
      label: 'compare.row.unitsBuilt',
      cells: programs.map((program) => (program.unitsBuilt != null ? formatNumber(program.unitsBuilt, language) : none)),
      ...numericRow(
        programs.map((program) => program.unitsBuilt ?? null),
        'max',
        'compare.most',
      ),
    },
    {
      id: 'duration',
      label: 'compare.row.duration',
      cells: comparisons.map(({ yearsRunning, program }) =>
        yearsRunning != null && program.startYear != null
          ? t('compare.durationValue', {
              years: yearsRunning,
              period: program.endYear
                ? t('program.period', { start: program.startYear, end: program.endYear })
                : t('program.since', { year: program.startYear }),
            })
          : none,
      ),
      ...numericRow(
        comparisons.map((comparison) => comparison.yearsRunning ?? null),
        'max',
        'compare.longest',
      ),
    },
    {
      id: 'outcomes',
      label: 'compare.row.outcomes',
      cells: programs.map((program) =>
        program.outcomes.length > 0 ? (
          <ul className="compact-list">
            {program.outcomes.map((outcome) => (
              <li key={outcome.id}>
                {outcome.indicator}: {outcome.baseline != null ? `${formatMeasure(outcome.baseline, outcome.unit, language)} → ` : null}
                <strong>{formatMeasure(outcome.value, outcome.unit, language)}</strong> ({formatPeriod(outcome.period, language)})
              </li>
            ))}
          </ul>
        ) : (
          none
        ),
      ),
      keys: programs.map((program) => program.outcomes.map((outcome) => outcome.id).join(',')),
    },
    {
      id: 'adoptions',
      label: 'compare.row.adoptions',
      cells: comparisons.map(({ adoptionCount, program }) =>
        adoptionCount > 0 ? (
          <>
            <strong>{t('program.adoptions.count', { count: adoptionCount })}</strong>
            <ul className="compact-list">
              {program.adoptions.map((adoption) => (
                <li key={adoption.id}>
                  {adoption.adopterRegency.name} ({t(`adoptionStage.${adoption.stage}`)})
                </li>
              ))}
            </ul>
          </>
        ) : (
          t('program.adoptions.count', { count: 0 })
        ),
      ),
      ...numericRow(
        comparisons.map((comparison) => comparison.adoptionCount),
        'max',
        'compare.most',
      ),
    },
    {
      id: 'legal-basis',
      label: 'compare.row.legalBasis',
      cells: programs.map((program) => program.legalBasis ?? none),
      keys: programs.map((program) => program.legalBasis ?? ''),
    },
    {
      id: 'partners',
      label: 'compare.row.partners',
      cells: programs.map((program) => (program.partners.length > 0 ? program.partners.map((partner) => partner.name).join(', ') : none)),
      keys: programs.map((program) => program.partners.map((partner) => partner.name).join(',')),
    },
  ];
}

/**
 * The programs side by side, one column each. Rows where they differ carry a marker (and the word "differs" for
 * screen readers and print); the best value of a figure — lowest cost, most beneficiaries — carries a badge.
 */
export function ComparisonTable({
  comparisons,
  selection,
  onlyDifferences,
}: {
  comparisons: readonly Comparison[];
  selection: readonly string[];
  onlyDifferences: boolean;
}) {
  const { t, language } = useI18n();
  const rows = rowsFor(comparisons, t, language).map((row) => ({ ...row, differs: valuesDiffer(row.keys) }));
  const shown = onlyDifferences && comparisons.length > 1 ? rows.filter((row) => row.differs) : rows;

  return (
    <>
      <TableScroll className="compare-scroll" label={t('compare.tableCaption', { count: comparisons.length })}>
        <table className="compare-table">
          <caption className="visually-hidden">{t('compare.tableCaption', { count: comparisons.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className="compare-table__aspect">
                {t('compare.attribute')}
              </th>
              {comparisons.map(({ program }) => (
                <th scope="col" key={program.slug}>
                  {program.acronym ? <Badge tone="accent">{program.acronym}</Badge> : null}
                  <Link className="compare-table__title" to={programHref(program.slug, selection)}>
                    {program.title}
                  </Link>
                  <Link
                    className="compare-table__remove no-print"
                    to={compareHref(withoutProgram(selection, program.slug))}
                    aria-label={t('compare.remove', { title: program.title })}
                    preventScrollReset
                  >
                    {t('compare.removeShort')}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} className={row.differs && comparisons.length > 1 ? 'compare-row--differs' : undefined}>
                <th scope="row" className="compare-table__aspect">
                  {t(row.label)}
                  {row.differs && comparisons.length > 1 ? <span className="compare-table__differs"> ({t('compare.differs')})</span> : null}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={comparisons[index]!.program.slug} className={row.extreme?.columns[index] ? 'compare-best' : undefined}>
                    {cell}
                    {row.extreme?.columns[index] ? (
                      <>
                        {' '}
                        <Badge tone="success">{t(row.extreme.label)}</Badge>
                      </>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {/* On a phone the same rows stack per program (CSS shows one view or the other; both are server-rendered). */}
      <div className="compare-stack">
        {comparisons.map(({ program }, index) => (
          <section key={program.slug} className="compare-stack__program" aria-label={program.title}>
            <h2 className="compare-stack__title">
              {program.acronym ? <Badge tone="accent">{program.acronym}</Badge> : null} <Link to={programHref(program.slug, selection)}>{program.title}</Link>
            </h2>
            <dl>
              {shown.map((row) => (
                <div key={row.id} className={row.extreme?.columns[index] ? 'compare-best' : undefined}>
                  <dt>{t(row.label)}</dt>
                  <dd>
                    {row.cells[index]}
                    {row.extreme?.columns[index] ? (
                      <>
                        {' '}
                        <Badge tone="success">{t(row.extreme.label)}</Badge>
                      </>
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
            <Link className="no-print" to={compareHref(withoutProgram(selection, program.slug))} preventScrollReset>
              {t('compare.remove', { title: program.title })}
            </Link>
          </section>
        ))}
      </div>
    </>
  );
}
