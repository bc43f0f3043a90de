import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type DatabaseTarget, pgliteStartParams } from '@tiru/api/db';
import { CATALOG_PAGE_SIZE, type CatalogPage } from './catalog-pages';

export type SqlQuery = { text: string; values: unknown[] };

/**
 * The whole catalog page as ONE hand-written statement — the programs of the page with their regency,
 * province, lead agency, outcomes and funding as JSON, plus the total count — the floor the API's
 * `programs` query is compared to.
 */
export function catalogPageSql(page: CatalogPage): SqlQuery {
  const values: unknown[] = [];
  const parameter = (value: unknown) => `$${values.push(value)}`;
  const filters = ["p.publication = 'PUBLISHED'"];
  if (page.provinceCode) filters.push(`p.host_regency_code in (select code from regency where province_code = ${parameter(page.provinceCode)})`);
  if (page.theme) filters.push(`p.themes @> array[${parameter(page.theme)}]::text[]`);
  const matching = filters.join(' and ');
  const keyset = page.afterId === null ? '' : ` and p.id < ${parameter(page.afterId)}`;
  const text = `
with page as (
  select p.id, p.slug, p.title, p.acronym, p.themes, p.summary, p.start_year, p.activity, p.unit_cost_rupiah,
         p.unit_cost_unit, p.beneficiaries, p.last_verified_at, p.host_regency_code, p.lead_agency_id
  from program p where ${matching}${keyset}
  order by p.id desc limit ${CATALOG_PAGE_SIZE + 1}
)
select
  (select count(*) from program p where ${matching}) as total_count,
  coalesce(json_agg(json_build_object(
    'id', page.id, 'slug', page.slug, 'title', page.title, 'acronym', page.acronym, 'themes', page.themes,
    'summary', page.summary, 'startYear', page.start_year, 'activity', page.activity,
    'unitCostRupiah', page.unit_cost_rupiah::text, 'unitCostUnit', page.unit_cost_unit, 'beneficiaries', page.beneficiaries,
    'lastVerifiedAt', page.last_verified_at,
    'hostRegency', json_build_object('code', r.code, 'name', r.name, 'province', json_build_object('code', pr.code, 'name', pr.name)),
    'leadAgency', case when a.id is null then null else json_build_object('name', a.name) end,
    'outcomes', (select coalesce(json_agg(json_build_object('indicator', o.indicator, 'baseline', o.baseline, 'value', o.value,
                   'unit', o.unit, 'period', o.period) order by o.position, o.id), '[]') from program_outcome o where o.program_id = page.id),
    'funding', (select coalesce(json_agg(json_build_object('kind', f.kind, 'sharePercent', f.share_percent) order by f.position, f.id), '[]')
                from program_funding f where f.program_id = page.id)
  ) order by page.id desc), '[]') as programs
from page
join regency r on r.code = page.host_regency_code
join province pr on pr.code = r.province_code
left join agency a on a.id = page.lead_agency_id`;
  return { text, values };
}

export type SqlRunner = {
  /** Which client runs the SQL, for the report. */
  client: string;
  query(sql: SqlQuery): Promise<unknown[]>;
  /** EXPLAIN ANALYZE of the statement, for finding where time goes. */
  explain(sql: SqlQuery): Promise<string>;
  close(): Promise<void>;
};

function planText(rows: Record<string, unknown>[]): string {
  return rows.map((row) => String(Object.values(row)[0])).join('\n');
}

/**
 * On PostgreSQL, a `pg` pool as large as the load's concurrency. On PGlite, PGlite's own query API on the
 * same data folder (PGlite is in-process and single-connection: the API must be stopped first).
 */
export async function openSqlRunner(target: DatabaseTarget, connections: number): Promise<SqlRunner> {
  if (target.kind === 'postgresql') {
    const pool = new pg.Pool({ connectionString: target.url, max: connections });
    return {
      client: `pg ${connections} connections`,
      query: async (sql) => (await pool.query(sql.text, sql.values)).rows,
      explain: async (sql) => planText((await pool.query(`explain (analyze, buffers) ${sql.text}`, sql.values)).rows),
      close: () => pool.end(),
    };
  }
  const db = await PGlite.create(target.dataDir, { startParams: await pgliteStartParams() });
  return {
    client: 'PGlite query API (in-process, one connection)',
    query: async (sql) => (await db.query(sql.text, sql.values)).rows,
    explain: async (sql) => planText((await db.query<Record<string, unknown>>(`explain (analyze, buffers) ${sql.text}`, sql.values)).rows),
    close: () => db.close(),
  };
}
