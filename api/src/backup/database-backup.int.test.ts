import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseTarget, openMigratedOrm, type Orm } from '../db/orm';
import { Program } from '../programs/program.entities';
import { sharedMeilisearchClient, uniqueIndexUid } from '../meilisearch-server/testing/injected-meilisearch';
import { createHostCalendar, createProgram, createViewer, seedTestRegions } from '../testing/factories';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../testing/test-database';
import { backupDatabase, defaultBackupFile } from './database-backup';
import { restoreAndReindex } from './restore-and-reindex';
import { entities } from '../server/entities';

let folder: string;
let target: DatabaseTarget;
let serverDatabase: TestDatabase | undefined;

/** Every row of every table (migrations' own included), as one digest per table: equal digests, equal data. */
async function fingerprint(orm: Orm): Promise<Record<string, string>> {
  const connection = orm.em.fork().getConnection();
  const tables: { name: string }[] = await connection.execute(`select tablename as name from pg_tables where schemaname = 'public' order by tablename`);
  const digests = await Promise.all(
    tables.map(async ({ name }) => {
      const [row] = await connection.execute<{ digest: string }[]>(`select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`);
      return [name, row!.digest] as const;
    }),
  );
  return Object.fromEntries(digests);
}

/** What a backup or restore reported: tables in all, and the last count of tables copied. */
function tableProgressRecorder() {
  let total: number | undefined;
  let done = 0;
  return {
    onStart: (tables: number) => void (total = tables),
    onTable: (copied: number) => void (done = copied),
    reported: () => ({ total: total!, done }),
  };
}

async function withOrm<T>(work: (orm: Orm) => Promise<T>): Promise<T> {
  const orm = await openMigratedOrm(target, { entities });
  try {
    return await work(orm);
  } finally {
    await orm.close();
  }
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'tiru-backup-'));
  if (testDatabaseKind() === 'postgresql') {
    serverDatabase = await createTestDatabase('postgresql');
    target = serverDatabase.target;
  } else {
    target = { kind: 'pglite', dataDir: path.join(folder, 'pglite') };
  }
});
afterAll(async () => {
  await serverDatabase?.drop();
  await rm(folder, { recursive: true, force: true });
});

describe('npm run backup / npm run restore', () => {
  it('round-trips the whole database and rebuilds the search index from what was restored', async () => {
    const original = await withOrm(async (orm) => {
      const em = orm.em.fork();
      await seedTestRegions(em);
      await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
      await createHostCalendar(em, '64.74');
      await createProgram(em, { slug: 'prolita', title: 'Program Lima Puluh Juta per RT', hostRegencyCode: '64.74', totalBudgetRupiah: 60_000_000_000n });
      await createProgram(em, { slug: 'ritta', title: 'Rumah Inti Tumbuh Tahan Gempa', hostRegencyCode: '16.74' });
      return fingerprint(orm);
    });
    const file = defaultBackupFile(folder, target);
    const backedUp = tableProgressRecorder();
    await backupDatabase(target, file, backedUp);
    expect(backedUp.reported()).toEqual({ total: expect.any(Number), done: backedUp.reported().total });
    expect(backedUp.reported().total).toBeGreaterThanOrEqual(target.kind === 'postgresql' ? Object.keys(original).length : 1);

    await withOrm(async (orm) => {
      const em = orm.em.fork();
      await createProgram(em, { slug: 'after-the-backup', hostRegencyCode: '36.74' });
      await em.nativeDelete(Program, { slug: 'ritta' });
      expect(await fingerprint(orm)).not.toEqual(original);
    });

    const client = sharedMeilisearchClient();
    const indexUid = uniqueIndexUid('restore');
    const restored = tableProgressRecorder();
    const reindexed: number[] = [];
    const { search } = await restoreAndReindex(target, file, async () => ({ client, indexUid, close: async () => {} }), { entities }, {
      database: restored,
      search: { onBatch: (indexed) => void reindexed.push(indexed) },
    });
    expect(restored.reported()).toEqual(backedUp.reported());
    expect(reindexed.at(-1)).toBe(2);

    expect(await withOrm(fingerprint)).toEqual(original);
    expect(search).toMatchObject({ indexUid, documents: 2 });
    const { hits } = await client.index(indexUid).search('', { limit: 10 });
    expect(hits.map((hit) => hit.slug).sort()).toEqual(['prolita', 'ritta']);
    await client.deleteIndex(indexUid);
  });
});

describe.runIf(testDatabaseKind() === 'postgresql')('a failed backup', () => {
  it("says why without repeating the connection URL's password", async () => {
    const url = new URL((target as { url: string }).url);
    url.password = 'not-to-be-printed';
    url.pathname = '/tiru_no_such_database';
    const failure = await backupDatabase({ kind: 'postgresql', url: url.toString() }, path.join(folder, 'failed.dump')).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/tiru_no_such_database|does not exist/);
    expect((failure as Error).message).not.toContain('not-to-be-printed');
  });
});
