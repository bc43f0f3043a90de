import { beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticPrograms, syntheticAgenciesFor } from './synthetic-programs';
import { loadIndonesiaRegions, type RegencySeed } from '@tiru/api/regions';
import { demoDataset } from './demo/index';

describe('generateSyntheticPrograms', () => {
  let regencies: RegencySeed[];
  beforeAll(async () => {
    regencies = (await loadIndonesiaRegions()).regencies;
  });

  it('gives identical output for the same seed', () => {
    expect(generateSyntheticPrograms(500, 42, regencies)).toEqual(generateSyntheticPrograms(500, 42, regencies));
  });

  it('gives different output for a different seed', () => {
    const first = generateSyntheticPrograms(50, 42, regencies);
    const second = generateSyntheticPrograms(50, 43, regencies);
    expect(second.map((program) => program.slug)).not.toEqual(first.map((program) => program.slug));
  });

  it('returns exactly the requested count', () => {
    expect(generateSyntheticPrograms(0, 1, regencies)).toEqual([]);
    expect(generateSyntheticPrograms(7, 1, regencies)).toHaveLength(7);
  });

  describe('at 10 000 programs', () => {
    let programs: ReturnType<typeof generateSyntheticPrograms>;
    beforeAll(() => {
      programs = generateSyntheticPrograms(10_000, 2026, regencies);
    });

    it('has unique slugs, also against the demo programs', () => {
      const slugs = [...programs, ...demoDataset.programs].map((program) => program.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(programs.filter((program) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(program.slug))).toEqual([]);
    });

    it('gives every program a funding mix of distinct kinds whose positive shares sum to 100', () => {
      const wrong = programs.filter((program) => {
        const shares = program.funding.map((funding) => funding.sharePercent ?? 0);
        const kinds = new Set(program.funding.map((funding) => funding.kind));
        return shares.reduce((sum, share) => sum + share, 0) !== 100 || shares.some((share) => share <= 0) || kinds.size !== shares.length;
      });
      expect(wrong).toEqual([]);
    });

    it('marks every program synthetic, published and wholly illustrative', () => {
      const wrong = programs.filter((program) => {
        const figures = [...program.costs, ...program.funding, ...program.outcomes, ...program.contacts];
        return program.synthetic !== true || program.publication !== 'PUBLISHED' || figures.some((figure) => !figure.illustrative || figure.source);
      });
      expect(wrong).toEqual([]);
    });

    it('keeps costs as positive whole rupiah with the total equal to unit cost times units', () => {
      const wrong = programs.filter((program) => {
        const [unitCost, total] = program.costs;
        if (typeof unitCost?.amountRupiah !== 'bigint' || unitCost.amountRupiah <= 0n) return true;
        return total?.amountRupiah !== unitCost.amountRupiah * BigInt(program.unitsBuilt ?? 0);
      });
      expect(wrong).toEqual([]);
    });

    it('keeps percentages within 0–100 and counts whole', () => {
      const outcomes = programs.flatMap((program) => program.outcomes);
      const wrong = outcomes.filter((outcome) =>
        outcome.unit === '%'
          ? [outcome.baseline ?? 0, outcome.value].some((value) => value < 0 || value > 100)
          : ['rumah', 'keluarga', 'pelaku usaha', 'desa/kelurahan'].includes(outcome.unit) && !Number.isInteger(outcome.value),
      );
      expect(wrong).toEqual([]);
    });

    it('starts programs between 2005 and 2026 and verifies them no earlier than they start', () => {
      const wrong = programs.filter(
        ({ startYear = 0, lastVerifiedAt }) => startYear < 2005 || startYear > 2026 || Number(lastVerifiedAt.slice(0, 4)) < startYear,
      );
      expect(wrong).toEqual([]);
    });

    it('varies titles, themes and hosts', () => {
      expect(new Set(programs.map((program) => program.title)).size).toBeGreaterThan(500);
      expect(new Set(programs.map((program) => program.themes[0])).size).toBe(8);
      expect(new Set(programs.map((program) => program.hostRegencyCode)).size).toBeGreaterThan(500);
    });

    it('names lead agencies and hosts that exist', () => {
      const agencyKeys = new Set(syntheticAgenciesFor(regencies).map((agency) => agency.key));
      const regencyCodes = new Set(regencies.map((regency) => regency.code));
      const wrong = programs.filter(
        (program) => !agencyKeys.has(program.leadAgencyKey) || !regencyCodes.has(program.hostRegencyCode),
      );
      expect(wrong).toEqual([]);
    });
  });

  it('refuses to place programs without regencies', () => {
    expect(() => generateSyntheticPrograms(1, 1, [])).toThrow(/at least one regency/);
  });
});

describe('syntheticAgenciesFor', () => {
  it('gives each regency its government and offices, with unique keys', async () => {
    const { regencies } = await loadIndonesiaRegions();
    const agencies = syntheticAgenciesFor(regencies);
    expect(new Set(agencies.map((agency) => agency.key)).size).toBe(agencies.length);
    expect(agencies).toContainEqual({
      key: 'sintetis-pemda-16.74',
      name: 'Pemerintah Kota Prabumulih',
      regencyCode: '16.74',
      type: 'CITY_GOVERNMENT',
    });
    expect(agencies.find((agency) => agency.key === 'sintetis-pemda-16.03')?.type).toBe('REGENCY_GOVERNMENT');
  });
});
