import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNDING_KINDS, Program, THEMES } from '../programs/program.entities';
import { selectRows } from '../db/raw-sql';
import { type TestApi } from '../testing/test-api';
import { START_YEAR_RANGES, UNIT_COST_RANGES } from './program-facet-ranges';
import { type ProgramSearchFilters } from './program-search-request';
import { type FacetName, type ProgramSearchResult } from './program-search-result';
import { searchPrograms } from './search.service';
import { liveProgramIndex } from './search-runtime';
import { startSearchFixtureApi } from './testing/search-fixtures';
import { startTestProgramSearch, type TestProgramSearch } from './testing/search-test-kit';

let api: TestApi;
let search: TestProgramSearch;

beforeAll(async () => {
  ({ api } = await startSearchFixtureApi());
  // A published program stating nothing a facet reads: no theme, funding, start year or unit cost.
  const em = api.em();
  em.create(Program, { slug: 'tanpa-keterangan-bontang', title: 'Program Tanpa Keterangan', hostRegency: '64.74', themes: [], summary: 'Belum lengkap.', problem: 'Belum diisi.', publication: 'PUBLISHED' });
  await em.flush();
  search = await startTestProgramSearch(api.orm);
});
afterAll(async () => {
  await search?.close();
  await api?.close();
});

const PROVINCES = ['16', '17', '64'];
const filtersArbitrary: fc.Arbitrary<ProgramSearchFilters> = fc.record(
  {
    provinceCodes: fc.subarray(PROVINCES, { minLength: 1 }),
    themes: fc.subarray([...THEMES], { minLength: 1, maxLength: 3 }),
    fundingKinds: fc.subarray([...FUNDING_KINDS], { minLength: 1, maxLength: 2 }),
    startYearFrom: fc.constantFrom(...START_YEAR_RANGES.flatMap((range) => (range.from === null ? [] : [range.from]))),
    unitCostMax: fc.constantFrom(...UNIT_COST_RANGES.flatMap((range) => (range.to === null ? [] : [BigInt(range.to)]))),
  },
  { requiredKeys: [] },
);

type Condition = { text: string; params: unknown[] };

/** The published programs under the filters, written plainly and independently of either search path. */
function conditionsOf(filters: ProgramSearchFilters, leftOut?: FacetName): Condition[] {
  const conditions: Condition[] = [{ text: `p.publication = 'PUBLISHED'`, params: [] }];
  if (filters.provinceCodes && leftOut !== 'provinces') conditions.push({ text: 'r.province_code in (?)', params: [filters.provinceCodes] });
  if (filters.themes && leftOut !== 'themes') conditions.push({ text: 'p.themes && ?::text[]', params: [`{${filters.themes.join(',')}}`] });
  if (filters.fundingKinds && leftOut !== 'fundingKinds')
    conditions.push({ text: 'p.id in (select program_id from program_funding where kind in (?))', params: [filters.fundingKinds] });
  if (filters.startYearFrom != null && leftOut !== 'startYears') conditions.push({ text: 'p.start_year >= ?', params: [filters.startYearFrom] });
  if (filters.unitCostMax != null && leftOut !== 'unitCosts') conditions.push({ text: 'p.unit_cost_rupiah <= ?', params: [String(filters.unitCostMax)] });
  return conditions;
}

async function countInDatabase(filters: ProgramSearchFilters, leftOut?: FacetName, extra?: string): Promise<number> {
  const conditions = [...conditionsOf(filters, leftOut), ...(extra ? [{ text: extra, params: [] }] : [])];
  const [row] = await selectRows<{ count: string | number }>(
    api.em(),
    `select count(*) as count from program p join regency r on r.code = p.host_regency_code where ${conditions.map((condition) => condition.text).join(' and ')}`,
    conditions.flatMap((condition) => condition.params),
  );
  return Number(row!.count);
}

const NOT_STATED: Record<FacetName, string> = {
  provinces: 'false',
  themes: 'cardinality(p.themes) = 0',
  fundingKinds: 'not exists (select 1 from program_funding f where f.program_id = p.id)',
  startYears: 'p.start_year is null',
  unitCosts: 'p.unit_cost_rupiah is null',
};
const FACET_NAMES = Object.keys(NOT_STATED) as FacetName[];
const OWN_FILTER: Record<FacetName, keyof ProgramSearchFilters> = {
  provinces: 'provinceCodes',
  themes: 'themes',
  fundingKinds: 'fundingKinds',
  startYears: 'startYearFrom',
  unitCosts: 'unitCostMax',
};

const valueCounts = (result: ProgramSearchResult, facet: FacetName): number[] => result.facets[facet].map((value) => value.count);
const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);

async function expectHonestFacets(result: ProgramSearchResult, filters: ProgramSearchFilters): Promise<void> {
  expect(result.total).toBe(await countInDatabase(filters));
  for (const facet of FACET_NAMES) {
    const counted = await countInDatabase(filters, facet);
    expect(result.facets.counted[facet], facet).toBe(counted);
    if (filters[OWN_FILTER[facet]] == null) expect(result.facets.counted[facet], facet).toBe(result.total);
    expect(result.facets.notStated[facet], `${facet} not stated`).toBe(await countInDatabase(filters, facet, NOT_STATED[facet]));
    if (facet === 'themes' || facet === 'fundingKinds') {
      for (const count of valueCounts(result, facet)) expect(count).toBeLessThanOrEqual(counted);
    } else {
      expect(sum(valueCounts(result, facet)) + result.facets.notStated[facet], `${facet} adds up`).toBe(counted);
    }
  }
  for (const { theme, count } of result.facets.themes) {
    expect(count, theme).toBe(await countInDatabase(filters, 'themes', `'${theme}' = any(p.themes)`));
  }
}

const request = (filters: ProgramSearchFilters) => ({ query: '', filters, sort: 'RELEVANCE' as const, page: 1, pageSize: 5 });

describe('facet counts add up to the hits, for random filters', () => {
  it('on Meilisearch', async () => {
    expect(liveProgramIndex()).toBeDefined();
    await fc.assert(
      fc.asyncProperty(filtersArbitrary, async (filters) => {
        const result = await searchPrograms(api.em(), liveProgramIndex(), request(filters));
        expect(result.degraded).toBe(false);
        await expectHonestFacets(result, filters);
      }),
      { numRuns: 25 },
    );
  });

  it('on the database (degraded mode)', async () => {
    await fc.assert(
      fc.asyncProperty(filtersArbitrary, async (filters) => {
        const result = await searchPrograms(api.em(), undefined, request(filters));
        expect(result.degraded).toBe(true);
        await expectHonestFacets(result, filters);
      }),
      { numRuns: 25 },
    );
  });

  it('counts the program stating nothing as not stated in every facet but the province', async () => {
    for (const index of [liveProgramIndex(), undefined]) {
      const result = await searchPrograms(api.em(), index, request({ provinceCodes: ['64'] }));
      expect(result.facets.notStated).toMatchObject({ themes: 1, fundingKinds: 1, startYears: 1, unitCosts: 1, provinces: 0 });
    }
  });
});
