import { describe, expect, it } from 'vitest';
import { costPerBeneficiary, fundingMix, yearsRunning, type ComparableProgram } from './program-comparison';
import { firstFreeSlug, slugify } from './program-slug';
import { isStale } from './programs.service';

const base: ComparableProgram = { activity: 'RUNNING', funding: [] };

describe('comparison figures', () => {
  it('divides the budget by beneficiaries in whole rupiah, beyond 2^53', () => {
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 60_000_000_000n, beneficiaries: 1_200 })).toBe(50_000_000n);
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 90_000_000_000_000_001n, beneficiaries: 1 })).toBe(90_000_000_000_000_001n);
    expect(costPerBeneficiary({ ...base, totalBudgetRupiah: 1n, beneficiaries: 0 })).toBeNull();
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

describe('stale profiles', () => {
  const now = new Date('2026-11-23T00:00:00Z');
  it('flags a profile not verified for twelve months, or never', () => {
    expect(isStale({ lastVerifiedAt: new Date('2025-11-22T00:00:00Z') }, now)).toBe(true);
    expect(isStale({ lastVerifiedAt: new Date('2026-01-01T00:00:00Z') }, now)).toBe(false);
    expect(isStale({ lastVerifiedAt: null }, now)).toBe(true);
  });
});
