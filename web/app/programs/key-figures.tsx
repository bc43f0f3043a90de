import { DefinitionList } from '../components/definition-list';
import { useI18n } from '../i18n/i18n-context';
import { formatNumber, formatRupiah, formatRupiahShort } from '../lib/format';
import { unitIn } from '../lib/units';
import { DerivedNote, type RupiahFigure } from './derived-figure';
import { type ProgramFigures, type ProgramProfile } from './program-profile.server';

/** The handful of numbers a Bappeda planner looks for first, as a description list. */
export function KeyFigures({ program, figures }: { program: ProgramProfile; figures: ProgramFigures | null }) {
  const { t, language } = useI18n();
  const unknown = <span className="muted">{t('program.figures.unknown')}</span>;
  const rupiah = (figure: RupiahFigure | null | undefined) =>
    figure ? (
      <>
        {formatRupiahShort(figure.rupiah, language)}{' '}
        <span className="muted">({formatRupiah(figure.rupiah, language)})</span>
        <DerivedNote figure={figure} />
      </>
    ) : (
      unknown
    );
  const rows = [
    {
      label: t('program.figures.totalBudget'),
      value: rupiah(figures?.totalBudget),
    },
    {
      label: t('program.figures.unitCost'),
      value: program.unitCostRupiah ? (
        <>
          {formatRupiah(program.unitCostRupiah, language)} {unitIn(program.unitCostUnit ?? '', language)}
        </>
      ) : (
        unknown
      ),
    },
    { label: t('program.figures.costPerBeneficiary'), value: rupiah(figures?.costPerBeneficiary) },
    {
      label: t('program.figures.beneficiaries'),
      value:
        program.beneficiaries != null ? (
          <>
            {formatNumber(program.beneficiaries, language)} {unitIn(program.beneficiaryUnit ?? '', language)}
          </>
        ) : (
          unknown
        ),
    },
    {
      label: t('program.figures.unitsBuilt'),
      value: program.unitsBuilt != null ? formatNumber(program.unitsBuilt, language) : unknown,
    },
    {
      label: t('program.figures.yearsRunning'),
      value: figures?.yearsRunning != null ? t('program.figures.years', { count: figures.yearsRunning }) : unknown,
    },
    { label: t('program.figures.adoptions'), value: formatNumber(program.adoptionCount, language) },
  ];
  return <DefinitionList className="key-figures" rows={rows} />;
}
