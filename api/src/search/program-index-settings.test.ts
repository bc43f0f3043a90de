import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awaitTaskSuccess } from './meilisearch-task';
import { applyProgramIndexSettings, programIndexSettings } from './program-index-settings';
import type { ProgramSearchDocument } from './program-search-document';
import { sharedMeilisearchClient, uniqueIndexUid } from '../meilisearch-server/testing/injected-meilisearch';

function programDocument(overrides: Partial<ProgramSearchDocument> & Pick<ProgramSearchDocument, 'id' | 'slug' | 'title'>): ProgramSearchDocument {
  return {
    localName: null,
    acronym: null,
    summary: '',
    titleEn: null,
    summaryEn: null,
    problem: '',
    approachText: '',
    themes: [],
    themeLabels: [],
    hostRegencyCode: '16.74',
    hostRegencyName: 'Kota Prabumulih',
    provinceCode: '16',
    provinceName: 'Sumatera Selatan',
    fundingKinds: ['APBD'],
    unitCostRupiah: null,
    unitCostUnit: null,
    unitCostRange: null,
    totalBudgetRupiah: null,
    beneficiaries: null,
    startYear: null,
    startYearRange: null,
    outcomeHeadlines: [],
    partners: [],
    adoptionCount: 0,
    visitCount: 0,
    updatedAt: Date.UTC(2024, 1, 16),
    version: 1,
    activity: 'RUNNING',
    ...overrides,
  };
}

const ritta = programDocument({
  id: 'p-ritta',
  slug: 'ritta-prabumulih',
  title: 'Rumah Inti Tumbuh Tahan Gempa',
  acronym: 'RITTA',
  summary: 'Rumah inti tahan gempa untuk keluarga kurang mampu yang dapat dikembangkan sendiri.',
  titleEn: 'Earthquake-Resistant Growing Core Houses',
  summaryEn: 'Earthquake-resistant core houses for low-income families, which they can extend themselves.',
  themes: ['HOUSING'],
  themeLabels: ['Perumahan'],
  startYear: 2023,
});

const bedahRumah = programDocument({
  id: 'p-bedah-rumah',
  slug: 'bedah-rumah-infaq-prabumulih',
  title: 'Bedah Rumah dari Infaq Pegawai',
  summary: 'Perbaikan rumah tidak layak huni milik warga miskin, dibiayai infaq pegawai melalui BAZNAS.',
  themes: ['HOUSING', 'EXTREME_POVERTY'],
  themeLabels: ['Perumahan', 'Kemiskinan ekstrem'],
  fundingKinds: ['BAZNAS'],
  partners: ['BAZNAS Kota Prabumulih'],
  adoptionCount: 2,
});

const kotaku = programDocument({
  id: 'p-kotaku',
  slug: 'kotaku-muara-enim',
  title: 'Penanganan Kawasan Kumuh',
  localName: 'Kota Tanpa Kumuh',
  summary: 'Penataan permukiman kumuh bersama Pokja PKP dan Lembaga Keswadayaan Masyarakat.',
  themes: ['SLUM_UPGRADING'],
  themeLabels: ['Penataan kawasan kumuh'],
  hostRegencyCode: '16.03',
  hostRegencyName: 'Kabupaten Muara Enim',
  startYear: 2021,
});

const prolita = programDocument({
  id: 'p-prolita',
  slug: 'prolita-bontang',
  title: 'Program Lima Puluh Juta per RT',
  acronym: 'Prolita',
  summary: 'Bantuan Rp50.000.000 per RT setiap tahun untuk fasilitas umum yang dipilih warga.',
  themes: ['COMMUNITY_INFRASTRUCTURE'],
  themeLabels: ['Infrastruktur lingkungan'],
  hostRegencyCode: '64.74',
  hostRegencyName: 'Kota Bontang',
  provinceCode: '64',
  provinceName: 'Kalimantan Timur',
  unitCostRupiah: 50_000_000,
  unitCostUnit: 'per RT',
  adoptionCount: 1,
});

const indexUid = uniqueIndexUid('program_index_settings');
let client: Meilisearch;

async function searchSlugs(query: string, filter?: string): Promise<string[]> {
  const result = await client.index<ProgramSearchDocument>(indexUid).search(query, { filter });
  return result.hits.map((hit) => hit.slug);
}

beforeAll(async () => {
  client = sharedMeilisearchClient();
  await applyProgramIndexSettings(client, indexUid);
  const programs = client.index<ProgramSearchDocument>(indexUid);
  await awaitTaskSuccess(programs.addDocuments([ritta, bedahRumah, kotaku, prolita]), 'index the test programs');
});

afterAll(async () => {
  await client?.deleteIndexIfExists(indexUid);
});

describe('the programs index', () => {
  it('takes the settings again without error and keeps them', async () => {
    await applyProgramIndexSettings(client, indexUid);

    const index = await client.getRawIndex(indexUid);
    const settings = await client.index(indexUid).getSettings();
    const expected = programIndexSettings();
    expect(index.primaryKey).toBe('id');
    expect(settings.searchableAttributes).toEqual(expected.searchableAttributes);
    expect([...(settings.filterableAttributes ?? [])].sort()).toEqual([...(expected.filterableAttributes ?? [])].sort());
    expect(settings.rankingRules).toEqual(expected.rankingRules);
    expect(settings.synonyms).toEqual(expected.synonyms);
  });

  it('ranks RITTA first for "rumah gemppa" despite the typo', async () => {
    expect(await searchSlugs('gemppa')).toEqual(['ritta-prabumulih']);
    expect((await searchSlugs('rumah gemppa'))[0]).toBe('ritta-prabumulih');
  });

  it('finds the housing rehabilitation that never says "RTLH" through its synonym', async () => {
    expect(JSON.stringify(bedahRumah).toLowerCase()).not.toContain('rtlh');
    expect(await searchSlugs('RTLH')).toContain('bedah-rumah-infaq-prabumulih');
  });

  it("finds a program by the host's English title and summary", async () => {
    expect(await searchSlugs('earthquake')).toEqual(['ritta-prabumulih']);
    expect(await searchSlugs('low-income families')).toEqual(['ritta-prabumulih']);
  });

  it('finds Kotaku by its acronym through the spelled-out name', async () => {
    expect(await searchSlugs('kotaku')).toEqual(['kotaku-muara-enim']);
  });

  it('narrows results to one province with a provinceCode filter', async () => {
    expect((await searchSlugs('')).sort()).toEqual(
      ['bedah-rumah-infaq-prabumulih', 'kotaku-muara-enim', 'prolita-bontang', 'ritta-prabumulih'],
    );
    expect(await searchSlugs('', 'provinceCode = "64"')).toEqual(['prolita-bontang']);
    expect(await searchSlugs('kumuh')).toEqual(['kotaku-muara-enim']);
    expect(await searchSlugs('kumuh', 'provinceCode = "64"')).toEqual([]);
  });

  it('ignores stop words in the query', async () => {
    const withStopWords = await searchSlugs('program yang untuk RT');
    expect(withStopWords[0]).toBe('prolita-bontang');
    expect(withStopWords).toEqual(await searchSlugs('program RT'));
  });
});
