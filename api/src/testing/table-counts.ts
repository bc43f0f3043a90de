import { type Orm } from '../db/orm';

/** The number of rows in every table of every entity, in one round trip. */
export async function tableRowCounts(orm: Orm): Promise<Record<string, number>> {
  const tables = [...new Set(Object.values(orm.getMetadata().getAll()).map((meta) => meta.tableName))].filter(Boolean).sort();
  const select = tables.map((table) => `select '${table}' as name, count(*) as rows from "${table}"`).join(' union all ');
  const rows: { name: string; rows: string | number }[] = await orm.em.fork().getConnection().execute(select);
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.rows)]));
}
