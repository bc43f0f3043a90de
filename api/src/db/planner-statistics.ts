import { type DatabaseTarget, type Orm } from './orm';

/**
 * Tables with rows whose statistics are missing (never analysed) or stale: their size in pages moved by
 * more than a fifth since the last ANALYZE (`relpages`). The planner scales its row estimates by the
 * current size itself, so smaller drifts do not change plans.
 */
const TABLES_TO_ANALYZE = `
select c.relname as "table"
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where c.relkind = 'r' and n.nspname = current_schema() and pg_relation_size(c.oid) > 0
  and (not exists (select 1 from pg_statistic s where s.starelid = c.oid)
       or abs(pg_relation_size(c.oid) / current_setting('block_size')::int - c.relpages) > greatest(c.relpages / 5, 8))
order by c.relname`;

/**
 * PGlite has no autovacuum: its planner statistics are as old as the last ANALYZE, and a database
 * filled since (a seed, a restore) would be planned as if its tables were empty. The API analyses at
 * start only the tables that need it: re-reading every unchanged table at every start is work that grows
 * with the catalog. A PostgreSQL server's autovacuum keeps statistics fresh itself.
 */
export async function refreshEmbeddedPlannerStatistics(orm: Orm, target: DatabaseTarget): Promise<string[]> {
  if (target.kind !== 'pglite') return [];
  const connection = orm.em.getConnection();
  const stale: { table: string }[] = await connection.execute(TABLES_TO_ANALYZE);
  const tables = stale.map((row) => row.table);
  if (tables.length > 0) await connection.execute(`analyze ${tables.map((table) => orm.em.getPlatform().quoteIdentifier(table)).join(', ')}`);
  return tables;
}
