import { type FundingKind } from './program.entities';

export type ComparableProgram = {
  totalBudgetRupiah?: bigint | null;
  unitCostRupiah?: bigint | null;
  unitCostUnit?: string | null;
  beneficiaries?: number | null;
  beneficiaryUnit?: string | null;
  startYear?: number | null;
  endYear?: number | null;
  activity: 'RUNNING' | 'STOPPED';
  funding: { kind: FundingKind; sharePercent?: number | null; amountRupiah?: bigint | null }[];
};

export type FundingShare = { kind: FundingKind; percent: number };

/** The inputs a derived rupiah figure was worked out from; the profile names them next to the figure. */
export const FIGURE_BASES = ['ENTERED', 'TOTAL_BUDGET_BY_BENEFICIARIES', 'UNIT_COST_PER_BENEFICIARY', 'UNIT_COST_TIMES_BENEFICIARIES'] as const;
export type FigureBasis = (typeof FIGURE_BASES)[number];
export type RupiahFigure = { rupiah: bigint; basis: FigureBasis; derived: boolean };

function figure(rupiah: bigint, basis: FigureBasis): RupiahFigure {
  return { rupiah, basis, derived: basis !== 'ENTERED' };
}

/** `per keluarga`, `/keluarga`, `Keluarga` → `keluarga`: the thing one amount pays for. */
function unitName(unit: string | null | undefined): string | null {
  const name = unit?.trim().toLowerCase().replace(/^(per\s+|\/\s*)/, '').trim();
  return name ? name : null;
}

/** True when the unit cost is stated per beneficiary (`per keluarga` with beneficiaries counted in `keluarga`). */
function unitCostIsPerBeneficiary(program: ComparableProgram): program is ComparableProgram & { unitCostRupiah: bigint } {
  const costUnit = unitName(program.unitCostUnit);
  return program.unitCostRupiah != null && costUnit !== null && costUnit === unitName(program.beneficiaryUnit);
}

/** Whole rupiah, rounded to the nearest rupiah, halves up (amounts are never negative). */
function divideRounded(amount: bigint, count: bigint): bigint {
  return (amount * 2n + count) / (count * 2n);
}

/**
 * Cost per beneficiary, never entered by hand: the unit cost when it is stated per beneficiary unit, else the total
 * budget divided by the number of beneficiaries (rounded to the nearest rupiah); null without those inputs or with
 * zero beneficiaries.
 */
export function costPerBeneficiary(program: ComparableProgram): RupiahFigure | null {
  if (unitCostIsPerBeneficiary(program)) return figure(program.unitCostRupiah, 'UNIT_COST_PER_BENEFICIARY');
  if (program.totalBudgetRupiah == null || !program.beneficiaries || program.beneficiaries < 0) return null;
  return figure(divideRounded(program.totalBudgetRupiah, BigInt(program.beneficiaries)), 'TOTAL_BUDGET_BY_BENEFICIARIES');
}

/**
 * The total budget as entered, or else the unit cost times the beneficiaries when the unit cost is stated per
 * beneficiary unit; null otherwise.
 */
export function totalBudget(program: ComparableProgram): RupiahFigure | null {
  if (program.totalBudgetRupiah != null) return figure(program.totalBudgetRupiah, 'ENTERED');
  if (program.beneficiaries == null || program.beneficiaries < 0 || !unitCostIsPerBeneficiary(program)) return null;
  return figure(program.unitCostRupiah * BigInt(program.beneficiaries), 'UNIT_COST_TIMES_BENEFICIARIES');
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Shares per funding kind, in percent. Stated shares win; otherwise they are derived from amounts.
 * Several rows of one kind are summed.
 */
export function fundingMix(program: ComparableProgram): FundingShare[] {
  const byKind = new Map<FundingKind, number>();
  const add = (kind: FundingKind, share: number) => byKind.set(kind, (byKind.get(kind) ?? 0) + share);
  const stated = program.funding.filter((row) => row.sharePercent != null);
  if (stated.length > 0) {
    for (const row of stated) add(row.kind, row.sharePercent ?? 0);
  } else {
    const total = program.funding.reduce((sum, row) => sum + (row.amountRupiah ?? 0n), 0n);
    if (total === 0n) return [];
    for (const row of program.funding) add(row.kind, Number(((row.amountRupiah ?? 0n) * 10_000n) / total) / 100);
  }
  return [...byKind].map(([kind, percent]) => ({ kind, percent: roundToTenth(percent) })).sort((a, b) => b.percent - a.percent);
}

export function yearsRunning(program: ComparableProgram, currentYear: number): number | null {
  if (program.startYear == null) return null;
  const lastYear = program.activity === 'STOPPED' && program.endYear != null ? program.endYear : currentYear;
  return Math.max(0, lastYear - program.startYear + 1);
}
