import { type EntityManager } from '@mikro-orm/core';

/**
 * The rows of raw SQL (a SELECT, or a statement with RETURNING), run in the caller's transaction when
 * it has one. On PGlite there is a single connection: a query sent outside the open transaction would
 * wait for it to end, and the transaction waits for the query. An array bound to one `?` becomes a list
 * (`in (?)`, `array[?]`): MikroORM inlines the values itself, the same way on PostgreSQL and PGlite.
 */
export function selectRows<Row>(em: EntityManager, sql: string, params: unknown[] = []): Promise<Row[]> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
}

/** Runs a raw INSERT, UPDATE or DELETE in the caller's transaction when it has one (see `selectRows`). */
export async function executeStatement(em: EntityManager, sql: string, params: unknown[] = []): Promise<void> {
  await em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
}
