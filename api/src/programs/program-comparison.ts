import { type FundingKind } from './program.entities';

export type ComparableProgram = {
  totalBudgetRupiah?: bigint | null;
  beneficiaries?: number | null;
  startYear?: number | null;
  endYear?: number | null;
  activity: 'RUNNING' | 'STOPPED';
  funding: { kind: FundingKind; sharePercent?: number | null; amountRupiah?: bigint | null }[];
};

export type FundingShare = { kind: FundingKind; percent: number };

export function costPerBeneficiary(program: ComparableProgram): bigint | null {
  if (program.totalBudgetRupiah == null || !program.beneficiaries) return null;
  return program.totalBudgetRupiah / BigInt(program.beneficiaries);
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
