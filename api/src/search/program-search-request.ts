import { assertStorableRupiah } from '../core';
import { InvalidInput } from '../errors';
import { type FundingKind, type Theme } from '../programs';
import { type FacetRange, START_YEAR_RANGES, UNIT_COST_RANGES } from './program-facet-ranges';

export const PROGRAM_SEARCH_SORTS = ['RELEVANCE', 'NEWEST', 'UNIT_COST_ASC', 'UNIT_COST_DESC', 'MOST_ADOPTED'] as const;
export type ProgramSearchSort = (typeof PROGRAM_SEARCH_SORTS)[number];

export type ProgramSearchFilters = {
  provinceCodes?: string[] | null;
  regencyCodes?: string[] | null;
  themes?: Theme[] | null;
  fundingKinds?: FundingKind[] | null;
  startYearFrom?: number | null;
  startYearTo?: number | null;
  unitCostMin?: bigint | null;
  unitCostMax?: bigint | null;
};

export type ProgramSearchRequest = {
  query: string;
  filters: ProgramSearchFilters;
  sort: ProgramSearchSort;
  page: number;
  pageSize: number;
};

const MAX_PAGE_SIZE = 50;
const MAX_QUERY_LENGTH = 200;
const PROVINCE_CODE = /^\d{2}$/;
const REGENCY_CODE = /^\d{2}\.\d{2}$/;

/**
 * The facets, each narrowed by its own filter. A facet's counts ignore its own filter (and honour
 * all the others), so a person who picked one province still sees how many programs the others hold.
 */
export const FACET_GROUPS = ['province', 'theme', 'fundingKind', 'startYear', 'unitCost'] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];
/** Filters that narrow the results but have no facet of their own. */
export type FilterGroup = FacetGroup | 'regency';

export const FACET_RANGES: Partial<Record<FacetGroup, readonly FacetRange[]>> = { startYear: START_YEAR_RANGES, unitCost: UNIT_COST_RANGES };

/** Checks what a person typed or picked, and caps the page size. */
export function normalizeSearchRequest(request: ProgramSearchRequest): ProgramSearchRequest {
  const query = request.query.trim();
  if (query.length > MAX_QUERY_LENGTH) throw new InvalidInput('query', `Search with at most ${MAX_QUERY_LENGTH} characters.`);
  if (!Number.isSafeInteger(request.page) || request.page < 1) throw new InvalidInput('page', 'Pages are numbered from 1.');
  const { provinceCodes, regencyCodes, startYearFrom, startYearTo, unitCostMin, unitCostMax } = request.filters;
  if (provinceCodes?.some((code) => !PROVINCE_CODE.test(code))) throw new InvalidInput('filters.provinceCodes', 'Province codes look like "64".');
  if (regencyCodes?.some((code) => !REGENCY_CODE.test(code))) throw new InvalidInput('filters.regencyCodes', 'Regency codes look like "64.74".');
  if (startYearFrom != null && startYearTo != null && startYearTo < startYearFrom) {
    throw new InvalidInput('filters.startYearTo', 'The last start year cannot come before the first.');
  }
  assertStorableRupiah(unitCostMin, 'filters.unitCostMin');
  assertStorableRupiah(unitCostMax, 'filters.unitCostMax');
  if (unitCostMin != null && unitCostMax != null && unitCostMax < unitCostMin) {
    throw new InvalidInput('filters.unitCostMax', 'The highest unit cost cannot be below the lowest.');
  }
  return { ...request, query, pageSize: Math.min(Math.max(1, Math.trunc(request.pageSize)), MAX_PAGE_SIZE) };
}

/** The filter groups a request narrows by. */
export function activeFilterGroups(filters: ProgramSearchFilters): Set<FilterGroup> {
  const active = new Set<FilterGroup>();
  if (filters.provinceCodes?.length) active.add('province');
  if (filters.regencyCodes?.length) active.add('regency');
  if (filters.themes?.length) active.add('theme');
  if (filters.fundingKinds?.length) active.add('fundingKind');
  if (filters.startYearFrom != null || filters.startYearTo != null) active.add('startYear');
  if (filters.unitCostMin != null || filters.unitCostMax != null) active.add('unitCost');
  return active;
}
