import { type Pool, type PoolClient } from 'pg';

/** How long a client whose connection died may stay checked out before the pool takes it back. */
const GRACE_MS = 1_000;

/**
 * Gives the pool back every client whose connection died while it was checked out.
 *
 * When PostgreSQL drops a connection in the middle of a transaction (a restart, a failover,
 * `pg_terminate_backend`), the rollback that follows fails on the dead connection and Kysely (under
 * MikroORM) never releases it: the pool slot is lost for good, and after `max` such drops every
 * request waits forever for a connection. A dead client cannot be used again, so once whoever
 * holds it had its chance to release it, it is released here, with the error, which makes the
 * pool discard it and open a fresh one.
 */
export function releaseClientsWhoseConnectionDied(pool: Pool): void {
  const checkedOut = new WeakSet<PoolClient>();
  const watched = new WeakSet<PoolClient>();
  const releaseIfStillHeld = (client: PoolClient) => {
    if (checkedOut.has(client)) client.release(new Error('The connection to PostgreSQL ended while the client was checked out.'));
  };
  pool.on('acquire', (client) => {
    checkedOut.add(client);
    if (watched.has(client)) return;
    watched.add(client);
    client.on('end', () => setTimeout(() => releaseIfStillHeld(client), GRACE_MS).unref());
  });
  pool.on('release', (_error, client) => {
    checkedOut.delete(client);
  });
}
