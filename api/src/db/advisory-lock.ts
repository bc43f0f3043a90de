import { type EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type SqlEntityManager } from '@mikro-orm/sql';
import { sql } from 'kysely';

/** Work that must not run twice at once across every API replica and CLI on one database. */
export const ADVISORY_LOCKS = { migrate: 13_001, reindex: 13_002, retention: 13_003 } as const;
export type AdvisoryLock = keyof typeof ADVISORY_LOCKS;

// PGlite allows one process per database (see `lockDataFolder`), so a lock inside that process suffices there.
// Keyed by the ORM's configuration, which every fork of its EntityManager shares.
const heldInProcess = new WeakMap<object, Map<AdvisoryLock, Promise<unknown>>>();

function isPostgreSql(em: EntityManager): boolean {
  return em.getDriver() instanceof PostgreSqlDriver;
}

/**
 * Runs `work` holding a PostgreSQL session advisory lock on one connection reserved for the run (the work
 * itself uses the rest of the pool). `wait` queues behind a holder; `try` gives up at once and returns
 * `{ acquired: false }`. A holder that dies releases the lock with its connection.
 */
export async function withAdvisoryLock<T>(em: EntityManager, lock: AdvisoryLock, mode: 'wait' | 'try', work: () => Promise<T>): Promise<{ acquired: true; result: T } | { acquired: false }> {
  if (!isPostgreSql(em)) return withInProcessLock(em.config, lock, mode, work);
  const key = ADVISORY_LOCKS[lock];
  return (em as SqlEntityManager)
    .getConnection()
    .getClient()
    .connection()
    .execute(async (connection) => {
      if (mode === 'wait') await sql`select pg_advisory_lock(${key})`.execute(connection);
      else {
        const { rows } = await sql<{ acquired: boolean }>`select pg_try_advisory_lock(${key}) as acquired`.execute(connection);
        if (!rows[0]?.acquired) return { acquired: false as const };
      }
      try {
        return { acquired: true as const, result: await work() };
      } finally {
        await sql`select pg_advisory_unlock(${key})`.execute(connection);
      }
    });
}

async function withInProcessLock<T>(owner: object, lock: AdvisoryLock, mode: 'wait' | 'try', work: () => Promise<T>) {
  const held = heldInProcess.get(owner) ?? new Map<AdvisoryLock, Promise<unknown>>();
  heldInProcess.set(owner, held);
  if (held.has(lock) && mode === 'try') return { acquired: false as const };
  while (held.has(lock)) await held.get(lock)!.catch(() => undefined);
  // Started on the next microtask, so the lock is held before `work` runs (work that tries it again is refused).
  const running = Promise.resolve().then(work);
  held.set(lock, running);
  try {
    return { acquired: true as const, result: await running };
  } finally {
    held.delete(lock);
  }
}
