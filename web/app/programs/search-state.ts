import { programThemes, type ProgramTheme } from '../lib/program-themes';
import { compareParam } from './compare-selection';
import { fundingKinds, type FundingKind } from './program-vocabulary';

export const searchSorts = ['RELEVANCE', 'NEWEST', 'UNIT_COST_ASC', 'UNIT_COST_DESC', 'MOST_ADOPTED'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** Both ends inclusive; null is open. Years are numbers, rupiah BigInt strings. */
export interface Range<Bound> {
  from: Bound | null;
  to: Bound | null;
}

/**
 * Everything that decides a search result, as it travels in the address so a search can be shared:
 * `/programs?q=bedah+rumah&province=16&theme=HOUSING&funding=ZAKAT_INFAQ&year=2020-2022&cost=10000000-49999999&sort=NEWEST&page=2`.
 */
export interface SearchState {
  query: string;
  provinces: string[];
  themes: ProgramTheme[];
  fundingKinds: FundingKind[];
  startYear: Range<number> | null;
  unitCost: Range<string> | null;
  sort: SearchSort;
  page: number;
}

export const searchParams = {
  query: 'q',
  province: 'province',
  theme: 'theme',
  funding: 'funding',
  startYear: 'year',
  unitCost: 'cost',
  sort: 'sort',
  page: 'page',
} as const;

const provinceCode = /^\d{2}$/;

function oneOf<Option extends string>(options: readonly Option[], values: string[]): Option[] {
  return options.filter((option) => values.includes(option));
}

/** `2010-2014`, `-2009`, `2023-` → a range; anything else → null. */
function rangeOf(text: string | null): Range<string> | null {
  const match = /^(\d*)-(\d*)$/.exec(text ?? '');
  if (!match || (!match[1] && !match[2])) return null;
  return { from: match[1] || null, to: match[2] || null };
}

export function rangeParam(range: Range<string | number>): string {
  return `${range.from ?? ''}-${range.to ?? ''}`;
}

export function searchStateOf(params: URLSearchParams): SearchState {
  const years = rangeOf(params.get(searchParams.startYear));
  const page = Number(params.get(searchParams.page));
  const sort = searchSorts.find((candidate) => candidate === params.get(searchParams.sort));
  return {
    query: (params.get(searchParams.query) ?? '').trim().slice(0, 200),
    provinces: [...new Set(params.getAll(searchParams.province).filter((code) => provinceCode.test(code)))],
    themes: oneOf(programThemes, params.getAll(searchParams.theme)),
    fundingKinds: oneOf(fundingKinds, params.getAll(searchParams.funding)),
    startYear: years
      ? { from: years.from === null ? null : Number(years.from), to: years.to === null ? null : Number(years.to) }
      : null,
    unitCost: rangeOf(params.get(searchParams.unitCost)),
    sort: sort ?? 'RELEVANCE',
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of a search, carrying the compare selection along. */
export function searchHref(state: SearchState, selection: readonly string[] = []): string {
  const params = new URLSearchParams();
  if (state.query) params.set(searchParams.query, state.query);
  for (const code of state.provinces) params.append(searchParams.province, code);
  for (const theme of state.themes) params.append(searchParams.theme, theme);
  for (const kind of state.fundingKinds) params.append(searchParams.funding, kind);
  if (state.startYear) params.set(searchParams.startYear, rangeParam(state.startYear));
  if (state.unitCost) params.set(searchParams.unitCost, rangeParam(state.unitCost));
  if (state.sort !== 'RELEVANCE') params.set(searchParams.sort, state.sort);
  if (state.page > 1) params.set(searchParams.page, String(state.page));
  for (const slug of selection) params.append(compareParam, slug);
  const query = params.toString();
  return query ? `/programs?${query}` : '/programs';
}

/** The API's ProgramSearchFilter for a state (only what is set). */
export function searchFilterOf(state: SearchState) {
  return {
    ...(state.provinces.length > 0 ? { provinceCodes: state.provinces } : {}),
    ...(state.themes.length > 0 ? { themes: state.themes } : {}),
    ...(state.fundingKinds.length > 0 ? { fundingKinds: state.fundingKinds } : {}),
    ...(state.startYear?.from != null ? { startYearFrom: state.startYear.from } : {}),
    ...(state.startYear?.to != null ? { startYearTo: state.startYear.to } : {}),
    ...(state.unitCost?.from != null ? { unitCostMin: state.unitCost.from } : {}),
    ...(state.unitCost?.to != null ? { unitCostMax: state.unitCost.to } : {}),
  };
}

/** How many filters (not the query or sort) narrow the search. */
export function activeFilterCount(state: SearchState): number {
  return (
    state.provinces.length +
    state.themes.length +
    state.fundingKinds.length +
    (state.startYear ? 1 : 0) +
    (state.unitCost ? 1 : 0)
  );
}
