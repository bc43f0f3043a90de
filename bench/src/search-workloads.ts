import { type Meilisearch } from 'meilisearch';
import { searchProgramIndex } from '@tiru/api/search';
import { normalizeSearchRequest, type ProgramSearchFilters, type ProgramSearchRequest, type ProgramSearchSort } from '@tiru/api/search';
import { graphqlBody } from './graphql-workloads';
import { type HttpTarget } from './http-load';

type SearchCase = { query: string; filters?: ProgramSearchFilters; sort?: ProgramSearchSort; page?: number };

/**
 * What people type into the search box, against the synthetic catalog's vocabulary: plain words,
 * Indonesian synonyms and acronyms the index settings expand, typos, and facet filters and sorts.
 */
const SEARCH_CASES: SearchCase[] = [
  { query: 'bedah rumah' },
  { query: 'rehab rumah' },
  { query: 'RTLH' },
  { query: 'tengkes' },
  { query: 'stuntng' },
  { query: 'kemiskinan ekstrim' },
  { query: 'sanitsi komunal' },
  { query: 'drainase', filters: { provinceCodes: ['35'] } },
  { query: 'posyandu', filters: { themes: ['HEALTH_AND_STUNTING'] } },
  { query: 'air bersih', filters: { fundingKinds: ['APBD'] }, sort: 'NEWEST' },
  { query: '', filters: { themes: ['HOUSING'], provinceCodes: ['32'] } },
  { query: 'umkm', sort: 'UNIT_COST_ASC' },
  { query: 'gempa', filters: { startYearFrom: 2018 } },
  { query: 'kampung siaga bencana' },
  { query: 'jalan lingkungan', page: 2 },
  { query: 'banjir', filters: { provinceCodes: ['64', '16'], themes: ['DISASTER_RESILIENCE'] } },
];

const PAGE_SIZE = 20;

const SEARCH_QUERY = `query Search($query: String!, $filters: ProgramSearchFilter, $sort: ProgramSearchSort!, $page: Int!, $pageSize: Int!) {
  searchPrograms(query: $query, filters: $filters, sort: $sort, page: $page, pageSize: $pageSize) {
    total totalPages processingTimeMs degraded
    hits { slug title acronym hostRegencyName provinceName themes fundingKinds unitCostRupiah unitCostUnit startYear adoptionCount titleHighlighted summarySnippet }
    facets { provinces { code name count } themes { theme count } fundingKinds { kind count } startYears { key count } unitCosts { key count } }
  }
}`;

function requestOf(searchCase: SearchCase): ProgramSearchRequest {
  return { query: searchCase.query, filters: searchCase.filters ?? {}, sort: searchCase.sort ?? 'RELEVANCE', page: searchCase.page ?? 1, pageSize: PAGE_SIZE };
}

export function searchBodies(): string[] {
  return SEARCH_CASES.map((searchCase) => graphqlBody(SEARCH_QUERY, { ...requestOf(searchCase), filters: searchCase.filters ?? null }));
}

/**
 * The exact multi-search body the API sends to Meilisearch for a request, taken from the API's own
 * code: a stand-in client records the body and stops there, before any database work.
 */
async function multiSearchBody(indexUid: string, request: ProgramSearchRequest): Promise<string> {
  let body: unknown;
  const recorder = {
    multiSearch: async (sent: unknown) => {
      body = sent;
      throw new Error('recorded');
    },
  } as unknown as Meilisearch;
  await searchProgramIndex(undefined as never, { searchClient: recorder, indexUid }, normalizeSearchRequest(request)).catch(() => undefined);
  if (body === undefined) throw new Error(`the API sent no multi-search for "${request.query}"`);
  return JSON.stringify(body);
}

/** The same searches straight to Meilisearch's HTTP API: the baseline of `searchPrograms`. */
export async function directMeilisearchTarget(meilisearch: { url: string; masterKey: string | undefined }, indexUid: string): Promise<HttpTarget> {
  return {
    url: `${meilisearch.url.replace(/\/$/, '')}/multi-search`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(meilisearch.masterKey ? { authorization: `Bearer ${meilisearch.masterKey}` } : {}) },
    bodies: await Promise.all(SEARCH_CASES.map((searchCase) => multiSearchBody(indexUid, requestOf(searchCase)))),
  };
}
