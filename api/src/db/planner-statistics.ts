import { type DatabaseTarget, type Orm } from './orm';

/**
 * PGlite has no autovacuum: its planner statistics are as old as the last ANALYZE, and a database
 * filled since (a seed, a restore) would be planned as if its tables were empty. The API runs one
 * at start; a PostgreSQL server's autovacuum keeps them fresh itself.
 */
export async function refreshEmbeddedPlannerStatistics(orm: Orm, target: DatabaseTarget): Promise<void> {
  if (target.kind !== 'pglite') return;
  await orm.em.getConnection().execute('analyze');
}
