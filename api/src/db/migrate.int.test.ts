import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../testing/test-database';
import { migrateUnderLock, openCurrentOrm, openOrm, type Orm, SchemaNotCurrent } from './orm';
import { entities } from '../server/entities';

const onServer = testDatabaseKind() === 'postgresql';
let database: TestDatabase | undefined;
const opened: Orm[] = [];

afterEach(async () => {
  for (const orm of opened.splice(0)) await orm.close(true);
  await database?.drop();
});

async function open(): Promise<Orm> {
  const orm = await openOrm(database!.target, { entities });
  opened.push(orm);
  return orm;
}

describe.runIf(onServer)('migrating one PostgreSQL database from several processes', () => {
  it('applies the migrations once when two runs race: the second waits and finds nothing to do', async () => {
    database = await createTestDatabase();
    const [first, second] = [await open(), await open()];
    const runs = await Promise.all([migrateUnderLock(first), migrateUnderLock(second)]);
    const all = (await first.migrator.getExecuted()).map((migration) => migration.name);
    expect(all.length).toBeGreaterThan(0);
    expect(runs.map((applied) => applied.length).sort((a, b) => a - b)).toEqual([0, all.length]);
    expect(await second.migrator.getPending()).toEqual([]);
    const [row] = await first.em.getConnection().execute<{ count: string }[]>('select count(*) as count from account');
    expect(Number(row?.count)).toBe(0);
  });

  it('refuses to open a database whose schema is behind, naming the command that fixes it', async () => {
    database = await createTestDatabase();
    await expect(openCurrentOrm(database.target, { entities })).rejects.toThrow(SchemaNotCurrent);
    await expect(openCurrentOrm(database.target, { entities })).rejects.toThrow(/npm run migrate/);
    await migrateUnderLock(await open());
    opened.push(await openCurrentOrm(database.target, { entities }));
  });
});
