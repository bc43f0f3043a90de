import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openOrm, type Orm } from '../db/orm';
import { entities } from '../server/entities';
import { cloneServerDatabase, createMigratedTestDatabase, createTestDatabase, POSTGRES_ADMIN_URL, testDatabaseKind, type TestDatabase } from './test-database';

const kind = testDatabaseKind();
const databases: TestDatabase[] = [];
const opened: Orm[] = [];

afterEach(async () => {
  for (const orm of opened.splice(0)) await orm.close(true);
  for (const database of databases.splice(0)) await database.drop();
});

async function track(database: Promise<TestDatabase>): Promise<TestDatabase> {
  databases.push(await database);
  return databases.at(-1)!;
}

async function open(database: TestDatabase): Promise<Orm> {
  const orm = await openOrm(database.target, { entities });
  opened.push(orm);
  return orm;
}

describe(`a test database copied from the run's template (${kind})`, () => {
  it('starts with every committed migration applied and no rows', async () => {
    const orm = await open(await track(createMigratedTestDatabase()));
    expect(await orm.migrator.getPending()).toEqual([]);
    expect((await orm.migrator.getExecuted()).length).toBeGreaterThan(0);
    const [row] = await orm.em.getConnection().execute<{ count: string }[]>('select count(*) as count from account');
    expect(Number(row?.count)).toBe(0);
  });

  it('is its own: what one copy writes, another copy does not see', async () => {
    const [first, second] = [await open(await track(createMigratedTestDatabase())), await open(await track(createMigratedTestDatabase()))];
    await first.em.getConnection().execute(`create table copy_marker (id int)`);
    await expect(second.em.getConnection().execute('select * from copy_marker')).rejects.toThrow(/copy_marker/);
  });
});

describe.runIf(kind === 'postgresql')('cloning a PostgreSQL template', () => {
  it('gives each of several parallel clones its own database', async () => {
    const clones = await Promise.all(Array.from({ length: 4 }, () => track(createMigratedTestDatabase())));
    expect(new Set(clones.map((clone) => clone.target.kind === 'postgresql' && clone.target.url)).size).toBe(4);
    for (const clone of clones) expect(await (await open(clone)).migrator.getPending()).toEqual([]);
  });

  it('tries again while a session holds the template longer than the server waits for it', async () => {
    const template = await track(createTestDatabase('postgresql'));
    const templateName = new URL((template.target as { url: string }).url).pathname.slice(1);
    const holder = new pg.Client({ connectionString: (template.target as { url: string }).url });
    await holder.connect();
    // The server itself waits 5 s for other sessions to leave the template before refusing the copy.
    const released = new Promise<void>((resolve) => setTimeout(() => void holder.end().then(resolve), 7_000));
    const clone = await track(cloneServerDatabase(templateName));
    await released;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    const { rows } = await admin.query('select 1 from pg_database where datname = $1', [new URL((clone.target as { url: string }).url).pathname.slice(1)]);
    await admin.end();
    expect(rows).toHaveLength(1);
  });
});
