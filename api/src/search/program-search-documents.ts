import { type EntityManager } from '@mikro-orm/core';
import type { Theme } from '../programs';
import { programActivityCounts } from './program-activity-counts';
import { rangeKeyOf, START_YEAR_RANGES, UNIT_COST_RANGES } from './program-facet-ranges';
import type { ProgramActivity, ProgramSearchDocument } from './program-search-document';
import { withoutMatchMarkers } from './search-highlight';
import { selectRows } from '../db';
import { THEME_LABELS_ID } from './theme-labels';

type ProgramRow = {
  id: number;
  slug: string;
  title: string;
  local_name: string | null;
  acronym: string | null;
  summary: string;
  title_en: string | null;
  summary_en: string | null;
  problem: string;
  approach_steps: string[];
  themes: string[];
  activity: ProgramActivity;
  unit_cost_rupiah: string | number | bigint | null;
  unit_cost_unit: string | null;
  total_budget_rupiah: string | number | bigint | null;
  beneficiaries: string | number | bigint | null;
  start_year: number | null;
  updated_at: Date | string;
  version: number;
  regency_code: string;
  regency_name: string;
  province_code: string;
  province_name: string;
};

type OutcomeRow = { program_id: number; indicator: string; baseline: number | null; value: number; unit: string; period: string };

/**
 * The search documents of the given programs as the database holds them now, in a fixed number of
 * queries whatever the number of ids. Programs that are not published (or no longer exist) are left
 * out of the map: their documents must be deleted from the index.
 */
export async function loadProgramSearchDocuments(em: EntityManager, programIds: readonly number[]): Promise<Map<number, ProgramSearchDocument>> {
  if (programIds.length === 0) return new Map();
  const programs = await selectRows<ProgramRow>(
    em,
    `select p.id, p.slug, p.title, p.local_name, p.acronym, p.summary, p.title_en, p.summary_en, p.problem, p.approach_steps, p.themes, p.activity,
            p.unit_cost_rupiah, p.unit_cost_unit, p.total_budget_rupiah, p.beneficiaries, p.start_year, p.updated_at, p.version,
            r.code as regency_code, r.name as regency_name, pr.code as province_code, pr.name as province_name
       from program p
       join regency r on r.code = p.host_regency_code
       join province pr on pr.code = r.province_code
      where p.id in (?) and p.publication = 'PUBLISHED'`,
    [programIds],
  );
  if (programs.length === 0) return new Map();
  const ids = programs.map((program) => Number(program.id));
  const [fundingKinds, outcomes, partners, activity] = await Promise.all([
    groupedValues(em, `select program_id, kind as value from program_funding where program_id in (?) order by program_id, position, id`, ids),
    selectRows<OutcomeRow>(
      em,
      `select program_id, indicator, baseline, value, unit, period from program_outcome where program_id in (?) order by program_id, position, id`,
      [ids],
    ),
    groupedValues(em, `select program_id, name as value from program_partner where program_id in (?) order by program_id, position, id`, ids),
    programActivityCounts(em, ids),
  ]);
  const headlines = groupBy(outcomes, (outcome) => outcomeHeadline(outcome));
  return new Map(
    programs.map((program) => {
      const id = Number(program.id);
      const counts = activity.get(id);
      return [
        id,
        toDocument(program, {
          fundingKinds: [...new Set(fundingKinds.get(id) ?? [])],
          outcomeHeadlines: headlines.get(id) ?? [],
          partners: partners.get(id) ?? [],
          adoptionCount: counts?.adoptions ?? 0,
          visitCount: counts?.visits ?? 0,
        }),
      ];
    }),
  );
}

type DocumentParts = Pick<ProgramSearchDocument, 'fundingKinds' | 'outcomeHeadlines' | 'partners' | 'adoptionCount' | 'visitCount'>;

function toDocument(program: ProgramRow, parts: DocumentParts): ProgramSearchDocument {
  const unitCostRupiah = numberOrNull(program.unit_cost_rupiah);
  const startYear = program.start_year === null ? null : Number(program.start_year);
  const themes = [...program.themes];
  return {
    id: String(program.id),
    slug: program.slug,
    title: withoutMatchMarkers(program.title),
    localName: program.local_name === null ? null : withoutMatchMarkers(program.local_name),
    acronym: program.acronym === null ? null : withoutMatchMarkers(program.acronym),
    summary: withoutMatchMarkers(program.summary),
    titleEn: program.title_en === null ? null : withoutMatchMarkers(program.title_en),
    summaryEn: program.summary_en === null ? null : withoutMatchMarkers(program.summary_en),
    problem: program.problem,
    approachText: program.approach_steps.join(' '),
    themes,
    themeLabels: themes.map((theme) => THEME_LABELS_ID[theme as Theme] ?? theme),
    hostRegencyCode: program.regency_code,
    hostRegencyName: program.regency_name,
    provinceCode: program.province_code,
    provinceName: program.province_name,
    unitCostRupiah,
    unitCostUnit: program.unit_cost_unit,
    unitCostRange: rangeKeyOf(UNIT_COST_RANGES, unitCostRupiah),
    totalBudgetRupiah: numberOrNull(program.total_budget_rupiah),
    beneficiaries: numberOrNull(program.beneficiaries),
    startYear,
    startYearRange: rangeKeyOf(START_YEAR_RANGES, startYear),
    updatedAt: new Date(program.updated_at).getTime(),
    version: program.version,
    activity: program.activity,
    ...parts,
  };
}

const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** e.g. "Persentase penduduk miskin: 11,28% → 11,23% (2023-11-30)". */
export function outcomeHeadline(outcome: Pick<OutcomeRow, 'indicator' | 'baseline' | 'value' | 'unit' | 'period'>): string {
  const withUnit = (value: number) => `${decimal.format(value)}${outcome.unit === '%' ? '%' : ` ${outcome.unit}`}`;
  const change = outcome.baseline === null ? withUnit(outcome.value) : `${withUnit(outcome.baseline)} → ${withUnit(outcome.value)}`;
  return `${outcome.indicator}: ${change} (${outcome.period})`;
}

async function groupedValues(em: EntityManager, sql: string, ids: number[]): Promise<Map<number, string[]>> {
  const rows = await selectRows<{ program_id: number; value: string }>(em, sql, [ids]);
  return groupBy(rows, (row) => row.value);
}

function groupBy<Row extends { program_id: number }, Value>(rows: Row[], valueOf: (row: Row) => Value): Map<number, Value[]> {
  const grouped = new Map<number, Value[]>();
  for (const row of rows) {
    const id = Number(row.program_id);
    const values = grouped.get(id);
    if (values) values.push(valueOf(row));
    else grouped.set(id, [valueOf(row)]);
  }
  return grouped;
}

function numberOrNull(value: string | number | bigint | null): number | null {
  return value === null ? null : Number(value);
}
