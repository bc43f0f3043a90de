export type ProgramActivity = 'RUNNING' | 'STOPPED';

/**
 * One published program as stored in the `programs` search index.
 * Money is whole rupiah; absent figures are null, never 0.
 */
export interface ProgramSearchDocument {
  /** The program's id; primary key of the index. */
  id: string;
  slug: string;
  title: string;
  /** e.g. "Program Lima Puluh Juta per RT". */
  localName: string | null;
  /** e.g. "Prolita", "RITTA". */
  acronym: string | null;
  summary: string;
  /** The host's English title and summary, when it wrote them. */
  titleEn: string | null;
  summaryEn: string | null;
  /** The problem the program answers: "rumah tidak layak huni" often appears only here. */
  problem: string;
  /** The approach steps joined into one text. */
  approachText: string;
  /** Theme codes, for filtering. */
  themes: string[];
  /** Indonesian labels of `themes`, so "perumahan" finds housing programs. */
  themeLabels: string[];
  /** Kemendagri code, e.g. "16.74" (Kota Prabumulih). */
  hostRegencyCode: string;
  hostRegencyName: string;
  /** Kemendagri code, e.g. "16" (Sumatera Selatan). */
  provinceCode: string;
  provinceName: string;
  /** e.g. "APBD", "BAZNAS", "CSR". */
  fundingKinds: string[];
  unitCostRupiah: number | null;
  /** What one unit is, e.g. "per RT", "per rumah". */
  unitCostUnit: string | null;
  /** Key of the UNIT_COST_RANGES bucket holding `unitCostRupiah`, for the facet. */
  unitCostRange: string | null;
  totalBudgetRupiah: number | null;
  beneficiaries: number | null;
  startYear: number | null;
  /** Key of the START_YEAR_RANGES bucket holding `startYear`, for the facet. */
  startYearRange: string | null;
  /** One line per outcome, e.g. "Kemiskinan 11,28% → 11,23% (Nov 2023)". */
  outcomeHeadlines: string[];
  partners: string[];
  adoptionCount: number;
  visitCount: number;
  /** Epoch milliseconds. */
  updatedAt: number;
  /** The program's revision when the document was built (adoptions change the document, not the version). */
  version: number;
  activity: ProgramActivity;
}
