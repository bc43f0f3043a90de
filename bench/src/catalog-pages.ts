import { encodeCursor } from '@tiru/api/programs';

export const CATALOG_PAGE_SIZE = 50;

/** One page the catalog workload asks for: keyset position and facet filter, as a visitor browses. */
export type CatalogPage = { afterId: number | null; provinceCode?: string; theme?: string };

export type SeededProgram = { id: number; slug: string; hostRegencyCode: string };

// Provinces with many kabupaten/kota (Jawa Timur, Jawa Barat) and the two of the reference articles.
const PROVINCES = ['35', '32', '16', '64'];
const THEMES = ['HOUSING', 'SLUM_UPGRADING', 'EXTREME_POVERTY', 'HEALTH_AND_STUNTING'];
const DEEP_PAGES = 15;

/** `count` items spread evenly over the list, first and last included. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_unused, index) => items[Math.round((index * (items.length - 1)) / (count - 1))]!);
}

/**
 * The mix: the first page, pages deep in the catalog (keyset cursors spread over all ids) and first and
 * second pages filtered by province or theme.
 */
export function catalogPages(programs: readonly SeededProgram[]): CatalogPage[] {
  const deepCursors = spread(programs.slice(CATALOG_PAGE_SIZE), DEEP_PAGES).map((program) => program.id);
  const middleId = programs[Math.floor(programs.length / 2)]?.id ?? null;
  return [
    { afterId: null },
    ...deepCursors.map((afterId) => ({ afterId })),
    ...PROVINCES.flatMap((provinceCode) => [{ afterId: null, provinceCode }, { afterId: middleId, provinceCode }]),
    ...THEMES.flatMap((theme) => [{ afterId: null, theme }, { afterId: middleId, theme }]),
  ];
}

export function catalogPageVariables(page: CatalogPage) {
  const filter = { ...(page.provinceCode ? { provinceCode: page.provinceCode } : {}), ...(page.theme ? { theme: page.theme } : {}) };
  return { first: CATALOG_PAGE_SIZE, after: page.afterId === null ? null : encodeCursor(page.afterId), filter };
}
