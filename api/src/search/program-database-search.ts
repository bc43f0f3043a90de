import { type EntityManager } from '@mikro-orm/core';
import { indonesianStopWords, indonesianSynonyms } from './indonesian-vocabulary';
import { type FacetRange } from './program-facet-ranges';
import { loadProgramSearchDocuments } from './program-search-documents';
import {
  activeFilterGroups,
  FACET_GROUPS,
  FACET_RANGES,
  type FacetGroup,
  type FilterGroup,
  type ProgramSearchFilters,
  type ProgramSearchRequest,
  type ProgramSearchSort,
} from './program-search-request';
import { type FacetCount, type FacetCounts, facetsOf, hitOf, type ProgramSearchResult } from './program-search-result';
import { cropAroundFirstMatch, markWordsStartingWith } from './search-highlight';
import { selectRows } from '../db';

// The same expression as the GIN index of migration "program_search_indonesian": the planner uses the
// index only for this exact text. The functions stem Indonesian where the server has the 'indonesian'
// configuration and fall back to 'simple' where it does not; the migration chose once per database.
const SEARCH_VECTOR = `program_search_vector(p.title, p.acronym, p.local_name, p.summary)`;
const FROM = `from program p join regency r on r.code = p.host_regency_code join province pr on pr.code = r.province_code`;
const ADOPTIONS = '(select count(*) from adoption ad where ad.program_id = p.id)';
const MAX_QUERY_TERMS = 10;

type Sql = { text: string; params: unknown[] };
const sql = (text: string, ...params: unknown[]): Sql => ({ text, params });
const joined = (parts: Sql[], separator: string): Sql => sql(parts.map((part) => part.text).join(separator), ...parts.flatMap((part) => part.params));

/**
 * Search from PostgreSQL when Meilisearch cannot answer: full-text search over title, acronym, local
 * name and summary (all query words, else any), plus a substring match on acronym and title so
 * "Prolita" is found however it is written; the same filters and facets; `degraded: true`.
 */
export async function searchProgramsInDatabase(em: EntityManager, request: ProgramSearchRequest): Promise<ProgramSearchResult> {
  const started = performance.now();
  const terms = queryTerms(request.query);
  let text = textMatch(request.query, terms, ' & ');
  let total = await count(em, matching(text, request.filters));
  if (total === 0 && terms.length > 1) {
    text = textMatch(request.query, terms, ' | ');
    total = await count(em, matching(text, request.filters));
  }
  const where = matching(text, request.filters);
  const page = joined([sql(`select p.id ${FROM} where`), where, sql('order by'), ordering(request.sort, text), sql('limit ? offset ?', request.pageSize, (request.page - 1) * request.pageSize)], ' ');
  const [ids, counts] = await Promise.all([
    selectRows<{ id: number }>(em, page.text, page.params).then((rows) => rows.map((row) => Number(row.id))),
    facetCounts(em, text, request.filters),
  ]);
  const documents = await loadProgramSearchDocuments(em, ids);
  const highlighted = terms.map((term) => term.word);
  return {
    hits: ids.flatMap((id) => {
      const document = documents.get(id);
      if (!document) return [];
      const summary = cropAroundFirstMatch(markWordsStartingWith(document.summary, highlighted));
      return [hitOf(document, { title: markWordsStartingWith(document.title, highlighted), summary })];
    }),
    total,
    page: request.page,
    pageSize: request.pageSize,
    totalPages: Math.ceil(total / request.pageSize),
    facets: await facetsOf(em, counts),
    processingTimeMs: Math.round(performance.now() - started),
    degraded: true,
  };
}

type QueryTerm = { word: string; synonyms: string[][] };

/** Letters and digits only (nothing reaches to_tsquery that it could parse as an operator), stop words dropped. */
function queryTerms(query: string): QueryTerm[] {
  const stopWords = new Set(indonesianStopWords());
  const synonyms = indonesianSynonyms();
  const words = query.toLocaleLowerCase('id').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)]
    .filter((word) => !stopWords.has(word))
    .slice(0, MAX_QUERY_TERMS)
    .map((word) => ({ word, synonyms: (synonyms[word] ?? []).map((phrase) => phrase.match(/[\p{L}\p{N}]+/gu) ?? []) }));
}

/** A term matches words starting with it, or any of its synonyms spelled out. */
function tsQuery(terms: QueryTerm[], operator: ' & ' | ' | '): string {
  return terms
    .map((term) => {
      const alternatives = [`${term.word}:*`, ...term.synonyms.filter((words) => words.length > 0).map((words) => `(${words.join(' & ')})`)];
      return `(${alternatives.join(' | ')})`;
    })
    .join(operator);
}

type TextMatch = { condition: Sql; rank: Sql; acronym: string } | undefined;

function textMatch(query: string, terms: QueryTerm[], operator: ' & ' | ' | '): TextMatch {
  if (!query) return undefined;
  const needle = `%${query.replace(/[\\%_]/g, '')}%`;
  const substring = sql('p.acronym ilike ? or p.title ilike ?', needle, needle);
  if (terms.length === 0) return { condition: joined([sql('('), substring, sql(')')], ''), rank: sql('0'), acronym: query.toLocaleLowerCase('id') };
  const ts = tsQuery(terms, operator);
  return {
    condition: joined([sql(`(${SEARCH_VECTOR} @@ program_search_query(?) or`, ts), substring, sql(')')], ' '),
    rank: sql(`ts_rank(${SEARCH_VECTOR}, program_search_query(?))`, ts),
    acronym: query.toLocaleLowerCase('id'),
  };
}

function filterConditions(filters: ProgramSearchFilters): Partial<Record<FilterGroup, Sql>> {
  const anyOf = (column: string, values: readonly string[] | null | undefined) =>
    values?.length ? sql(`${column} in (?)`, values) : undefined;
  return {
    province: anyOf('pr.code', filters.provinceCodes),
    regency: anyOf('p.host_regency_code', filters.regencyCodes),
    theme: filters.themes?.length ? sql('p.themes && array[?]::text[]', filters.themes) : undefined,
    fundingKind: filters.fundingKinds?.length
      ? sql(`exists (select 1 from program_funding f where f.program_id = p.id and f.kind in (?))`, filters.fundingKinds)
      : undefined,
    startYear: between('p.start_year', filters.startYearFrom, filters.startYearTo),
    unitCost: between('p.unit_cost_rupiah', filters.unitCostMin, filters.unitCostMax),
  };
}

function between(column: string, from: number | bigint | null | undefined, to: number | bigint | null | undefined): Sql | undefined {
  const bounds = [from != null ? sql(`${column} >= ?`, String(from)) : undefined, to != null ? sql(`${column} <= ?`, String(to)) : undefined];
  const present = bounds.filter((bound): bound is Sql => bound !== undefined);
  return present.length > 0 ? joined(present, ' and ') : undefined;
}

/** The where clause of published programs matching the text and every filter but `left` out. */
function matching(text: TextMatch, filters: ProgramSearchFilters, left?: FilterGroup): Sql {
  const conditions = Object.entries(filterConditions(filters)).flatMap(([group, condition]) => (group !== left && condition ? [condition] : []));
  return joined([sql(`p.publication = 'PUBLISHED'`), ...(text ? [text.condition] : []), ...conditions], ' and ');
}

function ordering(sort: ProgramSearchSort, text: TextMatch): Sql {
  const relevance = text
    ? joined([sql(`(lower(coalesce(p.acronym, '')) = ?) desc,`, text.acronym), text.rank, sql(`desc, ${ADOPTIONS} desc, p.id desc`)], ' ')
    : sql(`${ADOPTIONS} desc, p.id desc`);
  const first: Record<ProgramSearchSort, string | undefined> = {
    RELEVANCE: undefined,
    NEWEST: 'p.start_year desc nulls last, p.updated_at desc',
    UNIT_COST_ASC: 'p.unit_cost_rupiah asc nulls last',
    UNIT_COST_DESC: 'p.unit_cost_rupiah desc nulls last',
    MOST_ADOPTED: `${ADOPTIONS} desc`,
  };
  return first[sort] ? joined([sql(`${first[sort]},`), relevance], ' ') : relevance;
}

async function count(em: EntityManager, where: Sql): Promise<number> {
  const [row] = await selectRows<{ count: string | number }>(em, `select count(*) as count ${FROM} where ${where.text}`, where.params);
  return Number(row?.count ?? 0);
}

/**
 * Each facet counted under every filter except its own, as in the Meilisearch path: one GROUP BY ROLLUP per
 * facet gives the programs per value, those without one (value null) and, in the rollup's row, all it counted.
 */
async function facetCounts(em: EntityManager, text: TextMatch, filters: ProgramSearchFilters): Promise<FacetCounts> {
  const narrowed = activeFilterGroups(filters);
  const entries = await Promise.all(
    FACET_GROUPS.map(async (group) => {
      const where = matching(text, filters, narrowed.has(group) ? group : undefined);
      const query = facetQuery(group, where);
      const rows = await selectRows<{ value: string | null; whole: number; count: string | number }>(em, query.text, query.params);
      const count: FacetCount = { values: new Map(), counted: 0, notStated: 0 };
      for (const row of rows) {
        if (Number(row.whole) === 1) count.counted = Number(row.count);
        else if (row.value === null) count.notStated = Number(row.count);
        else count.values.set(row.value, Number(row.count));
      }
      return [group, count] as const;
    }),
  );
  return Object.fromEntries(entries) as FacetCounts;
}

function facetQuery(group: FacetGroup, where: Sql): Sql {
  const grouped = (value: Sql, join = '') =>
    joined([sql('select value, grouping(value) as whole, count(distinct id) as count from (select p.id,'), value, sql(`as value ${FROM} ${join} where`), where, sql(') counted group by rollup(value)')], ' ');
  switch (group) {
    case 'province':
      return grouped(sql('pr.code'));
    case 'theme':
      return grouped(sql('t.value'), 'left join lateral unnest(p.themes) as t(value) on true');
    case 'fundingKind':
      return grouped(sql('f.value'), 'left join lateral (select distinct kind as value from program_funding where program_id = p.id) f on true');
    case 'startYear':
      return grouped(rangeCase('p.start_year', FACET_RANGES.startYear!));
    case 'unitCost':
      return grouped(rangeCase('p.unit_cost_rupiah', FACET_RANGES.unitCost!));
  }
}

function rangeCase(column: string, ranges: readonly FacetRange[]): Sql {
  const branches = ranges.map((range) => {
    const bounds = [range.from !== null ? sql(`${column} >= ?`, range.from) : undefined, range.to !== null ? sql(`${column} <= ?`, range.to) : undefined];
    return joined([sql('when'), joined(bounds.filter((bound): bound is Sql => bound !== undefined), ' and '), sql('then ?', range.key)], ' ');
  });
  return joined([sql('case'), ...branches, sql('end')], ' ');
}
