import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseTarget } from '../db/orm';

export type TestDatabaseKind = 'pglite' | 'postgresql';

export const POSTGRES_ADMIN_URL = process.env.TIRU_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TIRU_TEST_DB === 'postgresql' ? 'postgresql' : 'pglite';
}

export type TestDatabase = { target: DatabaseTarget; drop(): Promise<void> };

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database nobody else uses: a fresh in-memory PGlite, or a uniquely named database on the server. */
export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  if (kind === 'pglite') return { target: { kind: 'pglite', dataDir: 'memory://' }, drop: async () => {} };
  const name = `tiru_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgresql', url: url.toString() },
    drop: () => withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
