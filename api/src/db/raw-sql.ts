import { type EntityManager } from '@mikro-orm/core';

/**
 * The rows of raw SQL (a SELECT, or a statement with RETURNING), run in the caller's transaction when
 * it has one. On PGlite there is a single connection: a query sent outside the open transaction would
 * wait for it to end, and the transaction waits for the query.
 */
export function selectRows<Row>(em: EntityManager, sql: string, params: unknown[] = []): Promise<Row[]> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
}

/** Runs a raw INSERT, UPDATE or DELETE in the caller's transaction when it has one (see `selectRows`). */
export async function executeStatement(em: EntityManager, sql: string, params: unknown[] = []): Promise<void> {
  await em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
}

/** Placeholders for `in (…)`: one `?` per value, since a single `?` bound to an array is driver-specific. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}
