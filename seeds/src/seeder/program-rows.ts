import { type ProgramCost, type ProgramSeed } from '../dataset';

/** A cost with no unit, or one per year, is a total budget; any other unit ("per RT", "per rumah") is a unit cost. */
export function isTotalBudget(cost: ProgramCost): boolean {
  return cost.unit === undefined || cost.unit === 'per tahun';
}

/** The program row's own columns, from the seed: its headline unit cost and total budget come from its cost list. */
const DAY_MS = 86_400_000;

/** The day the profile was last confirmed: relative to the seed day for a host that keeps it current. */
function lastVerifiedOf(seed: ProgramSeed, now: Date): Date {
  if (seed.confirmedDaysBeforeSeeding === undefined) return new Date(seed.lastVerifiedAt);
  return new Date(Date.parse(now.toISOString().slice(0, 10)) - seed.confirmedDaysBeforeSeeding * DAY_MS);
}

export function programColumns(seed: ProgramSeed, leadAgencyId: string | undefined, now = new Date()) {
  const unitCost = seed.costs.find((cost) => !isTotalBudget(cost));
  const totalBudget = seed.costs.find(isTotalBudget);
  return {
    slug: seed.slug,
    title: seed.title,
    localName: seed.localName ?? null,
    acronym: seed.acronym ?? null,
    hostRegency: seed.hostRegencyCode,
    leadAgency: leadAgencyId ?? null,
    themes: seed.themes,
    summary: seed.summary,
    titleEn: seed.titleEn ?? null,
    summaryEn: seed.summaryEn ?? null,
    problem: seed.problem,
    approachSteps: seed.approachSteps,
    legalBasis: seed.legalBasis ?? null,
    startYear: seed.startYear ?? null,
    activity: seed.activity,
    publication: seed.publication,
    publishedAt: seed.publication === 'PUBLISHED' ? new Date(seed.lastVerifiedAt) : null,
    beneficiaries: seed.beneficiaries ?? null,
    unitsBuilt: seed.unitsBuilt ?? null,
    unitCostRupiah: unitCost?.amountRupiah ?? null,
    unitCostUnit: unitCost?.unit ?? null,
    totalBudgetRupiah: totalBudget?.amountRupiah ?? null,
    lastVerifiedAt: lastVerifiedOf(seed, now),
    synthetic: seed.synthetic ?? false,
  };
}
