import { type EntityManager } from '@mikro-orm/core';
import type { MultiSearchParams, MultiSearchQuery, SearchResponse } from 'meilisearch';
import { withClientSpan } from '../observability';
import { type SearchableProgramIndex } from './program-index';
import type { ProgramSearchDocument } from './program-search-document';
import {
  activeFilterGroups,
  FACET_GROUPS,
  type FacetGroup,
  type FilterGroup,
  type ProgramSearchFilters,
  type ProgramSearchRequest,
  type ProgramSearchSort,
} from './program-search-request';
import { type FacetCounts, facetsOf, hitOf, type ProgramSearchResult } from './program-search-result';
import { CROP_MARKER, MATCH_END, MATCH_START, SNIPPET_WORDS } from './search-highlight';

const FACET_ATTRIBUTES: Record<FacetGroup, keyof ProgramSearchDocument> = {
  province: 'provinceCode',
  theme: 'themes',
  fundingKind: 'fundingKinds',
  startYear: 'startYearRange',
  unitCost: 'unitCostRange',
};

const SORTS: Record<ProgramSearchSort, string[] | undefined> = {
  RELEVANCE: undefined,
  NEWEST: ['startYear:desc', 'updatedAt:desc'],
  UNIT_COST_ASC: ['unitCostRupiah:asc'],
  UNIT_COST_DESC: ['unitCostRupiah:desc'],
  MOST_ADOPTED: ['adoptionCount:desc'],
};

// A Meilisearch that hangs must not hang the page: past this, search answers from the database.
const SEARCH_TIMEOUT_MS = 3_000;

/** Facets a program may hold several values of: the programs holding none are counted by a query of their own. */
const MULTI_VALUED: ReadonlySet<FacetGroup> = new Set(['theme', 'fundingKind']);

/**
 * One multi-search request: the page of hits with the facets no filter narrows, one hitless query per
 * narrowed facet that leaves out that facet's own filter, and one per multi-valued facet counting the
 * programs without a value. A single-valued facet's unstated programs are those its values leave over.
 */
export async function searchProgramIndex(em: EntityManager, target: SearchableProgramIndex, request: ProgramSearchRequest): Promise<ProgramSearchResult> {
  const clauses = filterClauses(request.filters);
  const narrowed = activeFilterGroups(request.filters);
  const facetsNarrowedByOwnFilter = FACET_GROUPS.filter((group) => narrowed.has(group));
  const multiValued = FACET_GROUPS.filter((group) => MULTI_VALUED.has(group));
  const countOnly = (filter: string[], facets: string[] = []): MultiSearchQuery => ({ indexUid: target.indexUid, q: request.query, filter, facets, page: 1, hitsPerPage: 0 });
  const main: MultiSearchQuery = {
    indexUid: target.indexUid,
    q: request.query,
    filter: clausesExcept(clauses),
    facets: FACET_GROUPS.filter((group) => !narrowed.has(group)).map((group) => FACET_ATTRIBUTES[group]),
    page: request.page,
    hitsPerPage: request.pageSize,
    sort: SORTS[request.sort],
    attributesToHighlight: ['title', 'summary'],
    attributesToCrop: ['summary'],
    cropLength: SNIPPET_WORDS,
    cropMarker: CROP_MARKER,
    highlightPreTag: MATCH_START,
    highlightPostTag: MATCH_END,
  };
  const facetQueries = facetsNarrowedByOwnFilter.map((group) => countOnly(clausesExcept(clauses, group), [FACET_ATTRIBUTES[group]]));
  const unstatedQueries = multiValued.map((group) => countOnly([...clausesExcept(clauses, narrowed.has(group) ? group : undefined), `${FACET_ATTRIBUTES[group]} IS EMPTY`]));
  const { results } = await withClientSpan('meilisearch multiSearch', { 'db.system.name': 'meilisearch', 'db.operation.name': 'multiSearch' }, () =>
    target.searchClient.multiSearch<MultiSearchParams, ProgramSearchDocument>(
      { queries: [main, ...facetQueries, ...unstatedQueries] },
      { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) },
    ),
  );
  const [page, ...rest] = results as SearchResponse<ProgramSearchDocument>[];
  const facetPages = rest.slice(0, facetQueries.length);
  const unstated = new Map(multiValued.map((group, at) => [group, rest[facetQueries.length + at]!.totalHits ?? 0]));
  const countingPage = (group: FacetGroup) => (narrowed.has(group) ? facetPages[facetsNarrowedByOwnFilter.indexOf(group)]! : page!);
  const counts = Object.fromEntries(
    FACET_GROUPS.map((group) => {
      const counting = countingPage(group);
      const values = new Map(Object.entries(counting.facetDistribution?.[FACET_ATTRIBUTES[group]] ?? {}));
      const counted = counting.totalHits ?? 0;
      const notStated = unstated.get(group) ?? counted - [...values.values()].reduce((sum, count) => sum + count, 0);
      return [group, { values, counted, notStated }];
    }),
  ) as FacetCounts;
  const total = page!.totalHits ?? 0;
  return {
    hits: page!.hits.map((hit) => hitOf(hit, { title: hit._formatted?.title ?? hit.title, summary: hit._formatted?.summary ?? hit.summary })),
    total,
    page: request.page,
    pageSize: request.pageSize,
    totalPages: Math.ceil(total / request.pageSize),
    facets: await facetsOf(em, counts),
    processingTimeMs: page!.processingTimeMs,
    degraded: false,
  };
}

/** Meilisearch filter expressions per group; codes and enums are validated, numbers are numbers. */
function filterClauses(filters: ProgramSearchFilters): Partial<Record<FilterGroup, string>> {
  const anyOf = (attribute: keyof ProgramSearchDocument, values: readonly string[] | null | undefined) =>
    values?.length ? `${attribute} IN [${values.map((value) => JSON.stringify(value)).join(', ')}]` : undefined;
  return {
    province: anyOf('provinceCode', filters.provinceCodes),
    regency: anyOf('hostRegencyCode', filters.regencyCodes),
    theme: anyOf('themes', filters.themes),
    fundingKind: anyOf('fundingKinds', filters.fundingKinds),
    startYear: between('startYear', filters.startYearFrom, filters.startYearTo),
    unitCost: between('unitCostRupiah', filters.unitCostMin, filters.unitCostMax),
  };
}

function between(attribute: keyof ProgramSearchDocument, from: number | bigint | null | undefined, to: number | bigint | null | undefined): string | undefined {
  const bounds = [from != null ? `${attribute} >= ${from}` : undefined, to != null ? `${attribute} <= ${to}` : undefined].filter(Boolean);
  return bounds.length > 0 ? bounds.join(' AND ') : undefined;
}

function clausesExcept(clauses: Partial<Record<FilterGroup, string>>, left?: FilterGroup): string[] {
  return Object.entries(clauses).flatMap(([group, clause]) => (group !== left && clause ? [clause] : []));
}
