import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../testing/test-database';
import { openOrm } from './orm';

const onServer = testDatabaseKind() === 'postgresql';
let database: TestDatabase;

beforeAll(async () => {
  if (onServer) database = await createTestDatabase();
});
afterAll(async () => {
  if (onServer) await database.drop();
});

function withParameters(parameters: string): { kind: 'postgresql'; url: string } {
  if (database.target.kind !== 'postgresql') throw new Error('a PostgreSQL test database');
  return { kind: 'postgresql', url: `${database.target.url}?${parameters}` };
}

async function firstValue(target: { kind: 'postgresql'; url: string }, sql: string): Promise<unknown> {
  const orm = await openOrm(target);
  try {
    const [row] = await orm.em.getConnection().execute<Record<string, unknown>[]>(sql);
    return Object.values(row ?? {})[0];
  } finally {
    await orm.close(true);
  }
}

describe.runIf(onServer)('DATABASE_URL parameters', () => {
  it('reach the driver: the connection carries them', async () => {
    expect(await firstValue(withParameters('application_name=tiru-url-check'), `select current_setting('application_name')`)).toBe('tiru-url-check');
  });

  it('make sslmode=require refuse a server without TLS instead of connecting in clear', async () => {
    const ssl = await firstValue(withParameters(''), `select current_setting('ssl')`);
    expect(ssl, 'this check needs the local server to run without TLS').toBe('off');
    await expect(firstValue(withParameters('sslmode=require'), 'select 1')).rejects.toThrow(/SSL/i);
  });
});
