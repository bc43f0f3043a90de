/** A facet bucket over a number; both ends inclusive, null for open. The web turns a bucket into filters as is. */
export type FacetRange = { key: string; from: number | null; to: number | null };

export const START_YEAR_RANGES: readonly FacetRange[] = [
  { key: 'BEFORE_2010', from: null, to: 2009 },
  { key: 'FROM_2010_TO_2014', from: 2010, to: 2014 },
  { key: 'FROM_2015_TO_2019', from: 2015, to: 2019 },
  { key: 'FROM_2020_TO_2022', from: 2020, to: 2022 },
  { key: 'FROM_2023', from: 2023, to: null },
];

const JUTA = 1_000_000;
const MILIAR = 1_000_000_000;

/** Unit costs in whole rupiah: Prolita's Rp50 juta per RT sits in the third bucket. */
export const UNIT_COST_RANGES: readonly FacetRange[] = [
  { key: 'UNDER_10_JUTA', from: 0, to: 10 * JUTA - 1 },
  { key: 'FROM_10_TO_50_JUTA', from: 10 * JUTA, to: 50 * JUTA - 1 },
  { key: 'FROM_50_TO_100_JUTA', from: 50 * JUTA, to: 100 * JUTA - 1 },
  { key: 'FROM_100_JUTA_TO_1_MILIAR', from: 100 * JUTA, to: MILIAR - 1 },
  { key: 'FROM_1_MILIAR', from: MILIAR, to: null },
];

export function rangeKeyOf(ranges: readonly FacetRange[], value: number | null): string | null {
  if (value === null) return null;
  return ranges.find((range) => (range.from === null || value >= range.from) && (range.to === null || value <= range.to))?.key ?? null;
}
