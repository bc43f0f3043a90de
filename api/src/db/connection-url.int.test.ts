import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../testing/test-database';
import { openOrm } from './orm';
import { entities } from '../server/entities';

const onServer = testDatabaseKind() === 'postgresql';
let database: TestDatabase;

beforeAll(async () => {
  if (onServer) database = await createTestDatabase();
});
afterAll(async () => {
  if (onServer) await database.drop();
});

type ServerTarget = { kind: 'postgresql'; url: string; statementTimeoutMs?: number };

function withParameters(parameters: string): ServerTarget {
  if (database.target.kind !== 'postgresql') throw new Error('a PostgreSQL test database');
  return { kind: 'postgresql', url: `${database.target.url}?${parameters}` };
}

async function firstValue(target: ServerTarget, sql: string): Promise<unknown> {
  const orm = await openOrm(target, { entities });
  try {
    const [row] = await orm.em.getConnection().execute<Record<string, unknown>[]>(sql);
    return Object.values(row ?? {})[0];
  } finally {
    await orm.close(true);
  }
}

describe.runIf(onServer)('the API connections to PostgreSQL', () => {
  it('carry DATABASE_STATEMENT_TIMEOUT_MS as statement_timeout, and end a statement that runs longer', async () => {
    const target = { ...withParameters(''), statementTimeoutMs: 300 };
    expect(await firstValue(target, 'show statement_timeout')).toBe('300ms');
    await expect(firstValue(target, 'select pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    expect(await firstValue(withParameters(''), 'show statement_timeout')).toBe('0');
  });
});

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
