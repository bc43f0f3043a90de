import { describe, expect, it } from 'vitest';
import { costPerBeneficiary, fundingMix, totalBudget, yearsRunning, type ComparableProgram } from './program-comparison';
import { firstFreeSlug, slugify } from './program-slug';

const base: ComparableProgram = { activity: 'RUNNING', funding: [] };

describe('comparison figures', () => {
  it('divides the budget by beneficiaries in whole rupiah, beyond 2^53, rounding to the nearest rupiah', () => {
    const byBudget = (rupiah: bigint) => ({ rupiah, basis: 'TOTAL_BUDGET_BY_BENEFICIARIES', derived: true });
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 60_000_000_000n, beneficiaries: 1_200 })).toEqual(byBudget(50_000_000n));
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 90_000_000_000_000_001n, beneficiaries: 1 })).toEqual(byBudget(90_000_000_000_000_001n));
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 10n, beneficiaries: 3 })).toEqual(byBudget(3n));
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 5n, beneficiaries: 2 })).toEqual(byBudget(3n));
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 2n ** 63n - 1n, beneficiaries: 2 ** 31 - 1 })).toEqual(byBudget(4294967298n));
  });

  it('has no cost per beneficiary with zero beneficiaries or a missing input', () => {
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 1n, beneficiaries: 0 })).toBeNull();
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 1n, beneficiaries: -4 })).toBeNull();
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 1n })).toBeNull();
    expect(costPerBeneficiary({ ...base, beneficiaries: 10 })).toBeNull();
    expect(costPerBeneficiary({ ...base, unitCostRupiah: 5n, unitCostUnit: 'per rumah', beneficiaries: 10, beneficiaryUnit: 'keluarga' })).toBeNull();
  });

  it('takes a unit cost stated per beneficiary unit as the cost per beneficiary, and multiplies it into a missing total', () => {
    const program = { ...base, unitCostRupiah: 42_500_000n, unitCostUnit: 'per Keluarga ', beneficiaries: 1_200, beneficiaryUnit: 'keluarga' };
    expect(costPerBeneficiary(program)).toEqual({ rupiah: 42_500_000n, basis: 'UNIT_COST_PER_BENEFICIARY', derived: true });
    expect(costPerBeneficiary({ ...program, unitCostUnit: '/keluarga', totalBudgetRupiah: 1n })).toEqual({ rupiah: 42_500_000n, basis: 'UNIT_COST_PER_BENEFICIARY', derived: true });
    expect(totalBudget(program)).toEqual({ rupiah: 51_000_000_000n, basis: 'UNIT_COST_TIMES_BENEFICIARIES', derived: true });
    expect(totalBudget({ ...program, totalBudgetRupiah: 7n })).toEqual({ rupiah: 7n, basis: 'ENTERED', derived: false });
    expect(totalBudget({ ...program, beneficiaries: null })).toBeNull();
    expect(totalBudget({ ...program, beneficiaryUnit: 'rumah' })).toBeNull();
    expect(totalBudget({ ...program, unitCostUnit: null, beneficiaryUnit: null })).toBeNull();
  });

  it('uses stated shares, else derives them from amounts, summing rows of one kind', () => {
    expect(fundingMix({ ...base, funding: [{ kind: 'APBD', sharePercent: 40 }, { kind: 'ZAKAT_INFAQ', sharePercent: 30 }, { kind: 'APBD', sharePercent: 10 }] })).toEqual([
      { kind: 'APBD', percent: 50 },
      { kind: 'ZAKAT_INFAQ', percent: 30 },
    ]);
    expect(fundingMix({ ...base, funding: [{ kind: 'CSR', amountRupiah: 1n }, { kind: 'APBN', amountRupiah: 2n }] })).toEqual([
      { kind: 'APBN', percent: 66.7 },
      { kind: 'CSR', percent: 33.3 },
    ]);
  });

  it('counts years running up to now, or to the end year of a stopped program', () => {
    expect(yearsRunning({ ...base, startYear: 2021 }, 2026)).toBe(6);
    expect(yearsRunning({ ...base, activity: 'STOPPED', startYear: 2010, endYear: 2014 }, 2026)).toBe(5);
    expect(yearsRunning(base, 2026)).toBeNull();
  });
});

describe('slugs', () => {
  it('makes readable ASCII slugs', () => {
    expect(slugify('Rumah Inti Tumbuh Tahan Gempa (RITTA) — Kota Prabumulih')).toBe('rumah-inti-tumbuh-tahan-gempa-ritta-kota-prabumulih');
    expect(slugify('Café Désa')).toBe('cafe-desa');
  });
  it('finds the first free one', async () => {
    const taken = new Set(['prolita', 'prolita-2']);
    expect(await firstFreeSlug('prolita', async (slug) => taken.has(slug))).toBe('prolita-3');
  });
});
