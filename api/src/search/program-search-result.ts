import { type EntityManager } from '@mikro-orm/core';
import { FUNDING_KINDS, THEMES } from '../programs';
import { Province } from '../regions';
import { START_YEAR_RANGES, UNIT_COST_RANGES } from './program-facet-ranges';
import { FACET_GROUPS, type FacetGroup } from './program-search-request';
import type { ProgramSearchDocument } from './program-search-document';
import { markedHtml } from './search-highlight';

export type ProgramSearchHit = {
  id: number;
  slug: string;
  title: string;
  /** The host's English title and summary, plain text, when it wrote them. */
  titleEn: string | null;
  summaryEn: string | null;
  localName: string | null;
  acronym: string | null;
  hostRegencyCode: string;
  hostRegencyName: string;
  provinceCode: string;
  provinceName: string;
  themes: string[];
  fundingKinds: string[];
  unitCostRupiah: bigint | null;
  unitCostUnit: string | null;
  totalBudgetRupiah: bigint | null;
  startYear: number | null;
  adoptionCount: number;
  visitCount: number;
  /** Escaped HTML: the title with `<mark>` around the words that matched. */
  titleHighlighted: string;
  /** Escaped HTML: about 30 words of the summary around the first match, matches in `<mark>`. */
  summarySnippet: string;
};

export type ProgramSearchFacets = {
  provinces: { code: string; name: string; count: number }[];
  themes: { theme: string; count: number }[];
  fundingKinds: { kind: string; count: number }[];
  startYears: { key: string; from: number | null; to: number | null; count: number }[];
  unitCosts: { key: string; min: bigint | null; max: bigint | null; count: number }[];
  /** Per facet, the programs it counts: the hits under every filter but the facet's own. */
  counted: Record<FacetName, number>;
  /** Per facet, the counted programs without a value (no start year, no unit cost, no theme, no funding). */
  notStated: Record<FacetName, number>;
};

const FACET_NAMES: Record<FacetGroup, FacetName> = {
  province: 'provinces',
  theme: 'themes',
  fundingKind: 'fundingKinds',
  startYear: 'startYears',
  unitCost: 'unitCosts',
};
export type FacetName = 'provinces' | 'themes' | 'fundingKinds' | 'startYears' | 'unitCosts';

export type ProgramSearchResult = {
  hits: ProgramSearchHit[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  facets: ProgramSearchFacets;
  processingTimeMs: number;
  /** True when Meilisearch could not answer and the database did (no typo tolerance, simpler ranking). */
  degraded: boolean;
};

/**
 * One facet as either engine counted it: programs per value (province code, theme, funding kind, range key),
 * the programs counted in all and those of them without a value, so the counts account for every hit.
 */
export type FacetCount = { values: Map<string, number>; counted: number; notStated: number };
export type FacetCounts = Record<FacetGroup, FacetCount>;

/** `title` and `summary` carry match markers (see search-highlight.ts). */
export function hitOf(document: ProgramSearchDocument, marked: { title: string; summary: string }): ProgramSearchHit {
  return {
    id: Number(document.id),
    slug: document.slug,
    title: document.title,
    titleEn: document.titleEn ?? null,
    summaryEn: document.summaryEn ?? null,
    localName: document.localName,
    acronym: document.acronym,
    hostRegencyCode: document.hostRegencyCode,
    hostRegencyName: document.hostRegencyName,
    provinceCode: document.provinceCode,
    provinceName: document.provinceName,
    themes: document.themes,
    fundingKinds: document.fundingKinds,
    unitCostRupiah: wholeRupiah(document.unitCostRupiah),
    unitCostUnit: document.unitCostUnit,
    totalBudgetRupiah: wholeRupiah(document.totalBudgetRupiah),
    startYear: document.startYear,
    adoptionCount: document.adoptionCount,
    visitCount: document.visitCount,
    titleHighlighted: markedHtml(marked.title),
    summarySnippet: markedHtml(marked.summary),
  };
}

/**
 * Province names by code, per database (the key is the driver every fork of an EntityManager shares).
 * Provinces are reference data the seeder loads once, so they are read once per process; a code not
 * yet known (a database seeded after the API started) reads them again.
 */
const provinceNamesByDatabase = new WeakMap<object, Promise<Map<string, string>>>();

async function provinceNamesFor(em: EntityManager, codes: string[]): Promise<Map<string, string>> {
  const database = em.getDriver();
  const cached = provinceNamesByDatabase.get(database);
  if (cached) {
    const names = await cached;
    if (codes.every((code) => names.has(code))) return names;
  }
  const loading = em
    .find(Province, {}, { fields: ['code', 'name'], disableIdentityMap: true })
    .then((provinces) => new Map(provinces.map((province) => [province.code, province.name])));
  provinceNamesByDatabase.set(database, loading);
  loading.catch(() => {
    if (provinceNamesByDatabase.get(database) === loading) provinceNamesByDatabase.delete(database);
  });
  return loading;
}

/** Turns raw counts into the facets the web shows: provinces named, every range listed (also at 0). */
export async function facetsOf(em: EntityManager, counts: FacetCounts): Promise<ProgramSearchFacets> {
  const provinceCodes = [...counts.province.values.keys()];
  const provinceNames = provinceCodes.length > 0 ? await provinceNamesFor(em, provinceCodes) : new Map<string, string>();
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  const valueCounts = (group: FacetGroup) => counts[group].values;
  const perFacet = (read: (count: FacetCount) => number) =>
    Object.fromEntries(FACET_GROUPS.map((group) => [FACET_NAMES[group], read(counts[group])])) as Record<FacetName, number>;
  return {
    provinces: provinceCodes
      .filter((code) => provinceNames.has(code))
      .map((code) => ({ code, name: provinceNames.get(code)!, count: valueCounts('province').get(code)! }))
      .sort((a, b) => byCount(a, b) || a.name.localeCompare(b.name)),
    themes: THEMES.filter((theme) => valueCounts('theme').has(theme)).map((theme) => ({ theme, count: valueCounts('theme').get(theme)! })).sort(byCount),
    fundingKinds: FUNDING_KINDS.filter((kind) => valueCounts('fundingKind').has(kind))
      .map((kind) => ({ kind, count: valueCounts('fundingKind').get(kind)! }))
      .sort(byCount),
    startYears: START_YEAR_RANGES.map((range) => ({ ...range, count: valueCounts('startYear').get(range.key) ?? 0 })),
    unitCosts: UNIT_COST_RANGES.map((range) => ({
      key: range.key,
      min: range.from === null ? null : BigInt(range.from),
      max: range.to === null ? null : BigInt(range.to),
      count: valueCounts('unitCost').get(range.key) ?? 0,
    })),
    counted: perFacet((count) => count.counted),
    notStated: perFacet((count) => count.notStated),
  };
}

function wholeRupiah(value: number | null): bigint | null {
  return value === null ? null : BigInt(Math.round(value));
}
