import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { createViewer } from '../testing/factories';
import { type TestApi } from '../testing/test-api';
import { Program } from '../programs/program.entities';
import { searchPrograms, similarProgramsTo } from './search.service';
import { selectRows } from '../db/raw-sql';
import { startSearchFixtureApi } from './testing/search-fixtures';
import { eventually, startTestProgramSearch, type TestProgramSearch } from './testing/search-test-kit';

let api: TestApi;
let search: TestProgramSearch;
let admin: Viewer;
let prabumulihEditor: Viewer;

beforeAll(async () => {
  ({ api, admin } = await startSearchFixtureApi());
  prabumulihEditor = await createViewer(api.em(), 'HOST_EDITOR', { regencyCode: '16.74' });
  // The fixtures bypass the outbox; the service fills its empty index from the database at start.
  search = await startTestProgramSearch(api.orm);
});
afterAll(async () => {
  await search?.close();
  await api?.close();
});

const SEARCH = `query Search($query: String!, $filters: ProgramSearchFilter, $sort: ProgramSearchSort, $page: Int, $pageSize: Int) {
  searchPrograms(query: $query, filters: $filters, sort: $sort, page: $page, pageSize: $pageSize) {
    total page pageSize totalPages processingTimeMs degraded
    hits { id slug title acronym provinceCode provinceName hostRegencyName themes fundingKinds unitCostRupiah unitCostUnit startYear adoptionCount visitCount titleHighlighted summarySnippet }
    facets {
      provinces { code name count }
      themes { theme count }
      fundingKinds { kind count }
      startYears { key from to count }
      unitCosts { key min max count }
      counted { provinces themes fundingKinds startYears unitCosts }
      notStated { provinces themes fundingKinds startYears unitCosts }
    }
  }
}`;

type Hit = { slug: string; provinceCode: string; unitCostRupiah: string | null; startYear: number | null; titleHighlighted: string; summarySnippet: string };
type Facets = {
  provinces: { code: string; name: string; count: number }[];
  themes: { theme: string; count: number }[];
  fundingKinds: { kind: string; count: number }[];
  startYears: { key: string; count: number }[];
  unitCosts: { key: string; min: string | null; max: string | null; count: number }[];
};
type SearchResult = { total: number; pageSize: number; degraded: boolean; hits: Hit[]; facets: Facets };

async function searchFor(query: string, variables: Record<string, unknown> = {}): Promise<SearchResult> {
  const result = await api.execute<{ searchPrograms: SearchResult }>(SEARCH, { query, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data!.searchPrograms;
}

const slugsOf = (result: SearchResult) => result.hits.map((hit) => hit.slug);

async function publishedCountsBy(groupSql: string): Promise<Record<string, number>> {
  const rows = await selectRows<{ value: string; count: string | number }>(
    api.em(),
    `select ${groupSql} as value, count(*) as count from program p join regency r on r.code = p.host_regency_code
      where p.publication = 'PUBLISHED' group by 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.value, Number(row.count)]));
}

describe('searchPrograms on Meilisearch', () => {
  it('finds RITTA first for "rumah gemppa", typo and all, with the match marked in its title', async () => {
    const result = await searchFor('rumah gemppa');
    expect(result.degraded).toBe(false);
    expect(result.hits[0]?.slug).toBe('ritta-prabumulih');
    expect(result.hits[0]?.titleHighlighted).toBe('<mark>Rumah</mark> Inti Tumbuh Tahan <mark>Gempa</mark>');
  });

  it('finds the housing rehabilitation programs for "RTLH" through the synonym, and nothing else', async () => {
    const result = await searchFor('RTLH');
    expect(slugsOf(result).sort()).toEqual([
      'bedah-rumah-infaq-pegawai-prabumulih',
      'penanganan-kawasan-kumuh-mukomuko',
      'ritta-prabumulih',
      'rumah-komunitas-prabumulih',
    ]);
  });

  it('narrows to a province, and counts every facet as the database does', async () => {
    const all = await searchFor('');
    const inSumateraSelatan = await searchFor('', { filters: { provinceCodes: ['16'] } });

    const byProvince = await publishedCountsBy('r.province_code');
    expect(inSumateraSelatan.total).toBe(byProvince['16']);
    expect(new Set(inSumateraSelatan.hits.map((hit) => hit.provinceCode))).toEqual(new Set(['16']));
    // The province facet ignores the province filter, so the other provinces stay pickable.
    for (const result of [all, inSumateraSelatan]) {
      expect(Object.fromEntries(result.facets.provinces.map((facet) => [facet.code, facet.count]))).toEqual(byProvince);
    }
    expect(all.facets.provinces.find((facet) => facet.code === '64')?.name).toBe('Kalimantan Timur');
    const themesInProvince = await selectRows<{ theme: string; count: string | number }>(
      api.em(),
      `select t.theme, count(*) as count from program p join regency r on r.code = p.host_regency_code, unnest(p.themes) as t(theme)
        where p.publication = 'PUBLISHED' and r.province_code = '16' group by t.theme`,
    );
    expect(Object.fromEntries(inSumateraSelatan.facets.themes.map((facet) => [facet.theme, facet.count]))).toEqual(
      Object.fromEntries(themesInProvince.map((row) => [row.theme, Number(row.count)])),
    );
  });

  it('filters by theme, funding, start year and unit cost, and buckets costs and years', async () => {
    const result = await searchFor('', {
      filters: { themes: ['HOUSING'], fundingKinds: ['ZAKAT_INFAQ'], startYearFrom: 2022, unitCostMax: '45000000' },
    });
    expect(slugsOf(result).sort()).toEqual(['bedah-rumah-infaq-pegawai-prabumulih', 'ritta-prabumulih']);

    const all = await searchFor('');
    const prolitaBucket = all.facets.unitCosts.find((bucket) => bucket.key === 'FROM_50_TO_100_JUTA');
    expect(prolitaBucket).toEqual({ key: 'FROM_50_TO_100_JUTA', min: '50000000', max: '99999999', count: 2 });
    expect(all.facets.startYears.find((bucket) => bucket.key === 'FROM_2023')?.count).toBe(3);
  });

  it('sorts by unit cost, programs without one last', async () => {
    const costs = (await searchFor('rumah', { sort: 'UNIT_COST_ASC' })).hits.map((hit) => Number(hit.unitCostRupiah));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    const descending = (await searchFor('', { sort: 'UNIT_COST_DESC' })).hits.map((hit) => hit.slug);
    expect(descending[0]).toBe('kotaku-muara-enim');
  });

  it('caps the page size at 50 and refuses page 0', async () => {
    expect((await searchFor('', { pageSize: 500 })).pageSize).toBe(50);
    const refused = await api.execute(SEARCH, { query: '', page: 0 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page' });
  });

  it('suggests only themes and searches that find published programs', async () => {
    const SUGGEST = '{ searchSuggestions { themes { theme count } terms } }';
    // A draft holding a theme no published program holds must not make it offered.
    const em = api.em();
    const draft = await em.findOneOrFail(Program, { slug: 'verifikasi-data-p3ke-mukomuko' });
    const draftThemes = draft.themes;
    draft.themes = [...draftThemes, 'HEALTH_AND_STUNTING'];
    await em.flush();
    const result = await api.execute<{ searchSuggestions: { themes: { theme: string; count: number }[]; terms: string[] } }>(SUGGEST);
    expect(result.errors).toBeUndefined();
    const { themes, terms } = result.data!.searchSuggestions;
    const offered = themes.map((facet) => facet.theme);
    draft.themes = draftThemes;
    await em.flush();
    // Only the draft P3KE program holds HEALTH_AND_STUNTING; no program at all holds ECONOMIC_EMPOWERMENT.
    expect(offered).not.toContain('HEALTH_AND_STUNTING');
    expect(offered).not.toContain('ECONOMIC_EMPOWERMENT');
    expect(offered).toContain('HOUSING');
    expect(themes.map((facet) => facet.count)).toEqual(themes.map((facet) => facet.count).sort((a, b) => b - a));
    for (const { theme, count } of themes) {
      expect(count).toBeGreaterThan(0);
      expect((await searchFor('', { filters: { themes: [theme] } })).total, theme).toBe(count);
    }
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect((await searchFor(term)).total, term).toBeGreaterThan(0);
  });

  it('makes a published program searchable and removes it when unpublished', async () => {
    const draftVersion = (await api.em().findOneOrFail(Program, { slug: 'verifikasi-data-p3ke-mukomuko' })).version;
    const publish = await api.execute<{ publishProgram: { version: number } }>(
      `mutation { publishProgram(slug: "verifikasi-data-p3ke-mukomuko", version: ${draftVersion}) { version } }`,
      {},
      admin,
    );
    expect(publish.errors).toBeUndefined();
    await eventually(() => searchFor('P3KE'), (result) => slugsOf(result).includes('verifikasi-data-p3ke-mukomuko'), 'the published program to be found');

    const version = publish.data!.publishProgram.version;
    const unpublish = await api.execute(`mutation { unpublishProgram(slug: "verifikasi-data-p3ke-mukomuko", version: ${version}) { version } }`, {}, admin);
    expect(unpublish.errors).toBeUndefined();
    await eventually(() => searchFor('P3KE'), (result) => !slugsOf(result).includes('verifikasi-data-p3ke-mukomuko'), 'the unpublished program to go');
  });

  it('escapes program text in highlights, so only <mark> elements reach the page', async () => {
    const created = await api.execute<{ createProgram: { slug: string; version: number } }>(
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) { slug version } }`,
      { input: { title: 'Lampu <script>alert(1)</script> Jalan & Gang', hostRegencyCode: '16.74', themes: ['COMMUNITY_INFRASTRUCTURE'], summary: 'Penerangan jalan gang <b>oleh</b> warga "sendiri".' } },
      prabumulihEditor,
    );
    expect(created.errors).toBeUndefined();
    const { slug, version } = created.data!.createProgram;
    await api.execute(`mutation { publishProgram(slug: "${slug}", version: ${version}) { version } }`, {}, prabumulihEditor);

    const found = await eventually(() => searchFor('lampu'), (result) => result.total === 1, 'the program with markup');
    expect(found.hits[0]?.titleHighlighted).toBe('<mark>Lampu</mark> &lt;script&gt;alert(1)&lt;/script&gt; Jalan &amp; Gang');
    expect(found.hits[0]?.summarySnippet).toBe('Penerangan jalan gang &lt;b&gt;oleh&lt;/b&gt; warga &quot;sendiri&quot;.');
  });

  it('answers similarPrograms with other published programs sharing a theme', async () => {
    const result = await api.execute<{ similarPrograms: { slug: string }[]; program: { similarPrograms: { slug: string }[] } }>(
      `{ similarPrograms(slug: "ritta-prabumulih", limit: 3) { slug } program(slug: "ritta-prabumulih") { similarPrograms(limit: 3) { slug } } }`,
    );
    expect(result.errors).toBeUndefined();
    const slugs = result.data!.similarPrograms.map((program) => program.slug);
    expect(slugs).toHaveLength(3);
    expect(slugs).not.toContain('ritta-prabumulih');
    expect(slugs).toContain('rumah-komunitas-prabumulih');
    expect(result.data!.program.similarPrograms).toEqual(result.data!.similarPrograms);
  });

  it('shows admins how far the index lags, and nobody else', async () => {
    const STATUS = '{ searchIndexStatus { healthy indexUid documents pending oldestPendingAgeSeconds lastError } }';
    const status = await eventually(
      async () => (await api.execute<{ searchIndexStatus: { healthy: boolean; pending: number; documents: number } }>(STATUS, {}, admin)).data!.searchIndexStatus,
      (current) => current.pending === 0,
      'the outbox to drain',
    );
    expect(status).toMatchObject({ healthy: true, indexUid: search.indexUid, pending: 0, oldestPendingAgeSeconds: null });
    expect(status.documents).toBe(Object.values(await publishedCountsBy("'all'"))[0]);
    expect((await api.execute(STATUS, {}, prabumulihEditor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('searchPrograms from the database (degraded mode)', () => {
  const degraded = (query: string, filters = {}) => searchPrograms(api.em(), undefined, { query, filters, sort: 'RELEVANCE', page: 1, pageSize: 20 });

  it('finds Prolita by its acronym, however it is written, and says it is degraded', async () => {
    for (const query of ['Prolita', 'prolit', 'PROLITA']) {
      const result = await degraded(query);
      expect(result.degraded).toBe(true);
      expect(result.hits[0]?.slug).toBe('prolita-bontang');
    }
  });

  it('matches words of the title and summary, and marks them', async () => {
    const result = await degraded('kumuh');
    expect(result.hits.map((hit) => hit.slug).sort()).toEqual(['kotaku-muara-enim', 'penanganan-kawasan-kumuh-mukomuko']);
    expect(result.hits.find((hit) => hit.slug === 'penanganan-kawasan-kumuh-mukomuko')?.titleHighlighted).toBe('Penanganan Kawasan <mark>Kumuh</mark> di 28 Lokasi');
  });

  it('stems Indonesian: "membangun" finds the program about "pembangunan", and nothing without the word', async () => {
    const [config] = await selectRows<{ config: string }>(api.em(), `select case when exists (select 1 from pg_ts_config where cfgname = 'indonesian') then 'indonesian' else 'simple' end as config`);
    expect(config?.config).toBe('indonesian');
    expect((await degraded('membangun')).hits.map((hit) => hit.slug)).toContain('rumah-komunitas-prabumulih');
    expect((await degraded('membangun')).hits.map((hit) => hit.slug)).not.toContain('verifikasi-data-p3ke-mukomuko');
  });

  it('counts facets and applies filters exactly as the Meilisearch path does', async () => {
    const filters = { provinceCodes: ['16'], themes: ['HOUSING', 'EXTREME_POVERTY'] };
    const fromDatabase = await degraded('', filters);
    const fromIndex = await searchFor('', { filters });
    expect(fromDatabase.total).toBe(fromIndex.total);
    expect(fromDatabase.hits.map((hit) => hit.slug).sort()).toEqual(fromIndex.hits.map((hit) => hit.slug).sort());
    expect(JSON.parse(JSON.stringify(fromDatabase.facets, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)))).toEqual(fromIndex.facets);
  });

  it('filters by funding kind as the Meilisearch path does', async () => {
    const filters = { fundingKinds: ['ZAKAT_INFAQ', 'CSR'] };
    const fromDatabase = await degraded('', filters);
    expect(fromDatabase.total).toBeGreaterThan(0);
    expect(fromDatabase.hits.map((hit) => hit.slug).sort()).toEqual((await searchFor('', { filters })).hits.map((hit) => hit.slug).sort());
  });

  it('finds similar programs from the database: sharing a theme, never the program itself', async () => {
    const ritta = await api.em().findOneOrFail(Program, { slug: 'ritta-prabumulih' });
    const similar = await similarProgramsTo(api.em(), undefined, ritta, 3);
    expect(similar).toHaveLength(3);
    expect(similar.map((program) => program.slug)).not.toContain('ritta-prabumulih');
    for (const program of similar) expect(program.themes.some((theme) => ritta.themes.includes(theme))).toBe(true);
  });
});
