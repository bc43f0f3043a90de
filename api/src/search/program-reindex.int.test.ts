import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { Program } from '../programs/program.entities';
import { updateProgram } from '../programs/program-editing.service';
import { createViewer } from '../testing/factories';
import { type TestApi } from '../testing/test-api';
import { deleteIndexIfPresent, type ProgramIndex, programDocuments } from './program-index';
import { reindexPrograms } from './program-reindex';
import { setLiveProgramIndex } from './search-runtime';
import { selectRows } from '../db/raw-sql';
import { sharedMeilisearchClient, uniqueIndexUid } from '../meilisearch-server/testing/injected-meilisearch';
import { startSearchFixtureApi } from './testing/search-fixtures';

// Three pages of 500: the live index is checked between pages.
const SYNTHETIC_PROGRAMS = 1_000;

let api: TestApi;
let admin: Viewer;
let target: ProgramIndex;

beforeAll(async () => {
  ({ api, admin } = await startSearchFixtureApi());
  await api.em().getConnection().execute(
    `insert into program (slug, title, host_regency_code, themes, summary, publication, created_at, updated_at)
     select 'sintetis-' || g, 'Program sintetis ' || g, '64.74', '{COMMUNITY_INFRASTRUCTURE}', 'Program sintetis untuk menguji pembangunan ulang indeks.', 'PUBLISHED', now(), now()
       from generate_series(1, ${SYNTHETIC_PROGRAMS}) as g`,
  );
  target = { client: sharedMeilisearchClient(), indexUid: uniqueIndexUid('reindex') };
  await reindexPrograms(api.em(), target);
});
afterAll(async () => {
  setLiveProgramIndex(undefined);
  await deleteIndexIfPresent(target.client, target.indexUid);
  await api?.close();
});

async function publishedCount(): Promise<number> {
  const [row] = await selectRows<{ count: string | number }>(api.em(), `select count(*) as count from program where publication = 'PUBLISHED'`);
  return Number(row!.count);
}

async function liveTotal(): Promise<number> {
  return (await programDocuments(target).search('', { limit: 0 })).estimatedTotalHits ?? -1;
}

describe('reindexPrograms', () => {
  it('swaps in the complete new index while the live one keeps answering in full', async () => {
    const before = await publishedCount();
    expect(await liveTotal()).toBe(before);
    // Published behind the outbox's back: only a rebuild brings it in.
    await api.em().getConnection().execute(`update program set publication = 'PUBLISHED' where slug = 'verifikasi-data-p3ke-mukomuko'`);
    const after = await publishedCount();
    expect(after).toBe(before + 1);

    const totalsSeenBetweenPages: number[] = [];
    const totalsSeenConcurrently: number[] = [];
    let rebuilding = true;
    const watcher = (async () => {
      while (rebuilding) totalsSeenConcurrently.push(await liveTotal());
    })();
    const summary = await reindexPrograms(api.em(), target, {
      onBatch: async () => {
        totalsSeenBetweenPages.push(await liveTotal());
      },
    }).finally(() => (rebuilding = false));
    await watcher;

    expect(summary).toMatchObject({ indexUid: target.indexUid, documents: after });
    expect(summary.documentsPerSecond).toBeGreaterThan(0);
    expect(totalsSeenBetweenPages).toEqual([before, before, before]);
    expect(totalsSeenConcurrently.length).toBeGreaterThan(0);
    expect(totalsSeenConcurrently.every((total) => total === before || total === after)).toBe(true);
    expect(await liveTotal()).toBe(after);
    const { results } = await target.client.getIndexes({ limit: 1_000 });
    expect(results.map((index) => index.uid).filter((uid) => uid.startsWith(`${target.indexUid}_`))).toEqual([]);
  });

  it('brings changes committed during the rebuild into the new index', async () => {
    const prolita = await api.em().findOneOrFail(Program, { slug: 'prolita-bontang' });
    let edited = false;
    await reindexPrograms(api.em(), target, {
      onBatch: async () => {
        if (edited) return;
        edited = true;
        await updateProgram(api.em(), admin, prolita.slug, prolita.version, { title: 'Prolita, diubah saat indeks dibangun ulang' });
      },
    });
    expect((await programDocuments(target).getDocument(String(prolita.id))).title).toBe('Prolita, diubah saat indeks dibangun ulang');
  });

  it('refuses a second rebuild while one runs (a session advisory lock on PostgreSQL, held across replicas)', async () => {
    let started!: () => void;
    const firstHasLock = new Promise<void>((resolve) => (started = resolve));
    const first = reindexPrograms(api.em().fork(), target, { onStart: () => started() });
    await firstHasLock;
    await expect(reindexPrograms(api.em().fork(), target)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(first).resolves.toMatchObject({ documents: await publishedCount() });
    await expect(reindexPrograms(api.em().fork(), target)).resolves.toMatchObject({ indexUid: target.indexUid });
  });

  it('is the reindexPrograms mutation, for administrators only', async () => {
    setLiveProgramIndex({ ...target, searchClient: target.client });
    const REINDEX = 'mutation { reindexPrograms { indexUid documents seconds documentsPerSecond } }';
    const result = await api.execute<{ reindexPrograms: { indexUid: string; documents: number } }>(REINDEX, {}, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.reindexPrograms).toMatchObject({ indexUid: target.indexUid, documents: await publishedCount() });

    const editor = await createViewer(api.em(), 'HOST_EDITOR', { regencyCode: '64.74' });
    expect((await api.execute(REINDEX, {}, editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [first, second] = await Promise.all([api.execute(REINDEX, {}, admin), api.execute(REINDEX, {}, admin)]);
    expect([first.errors?.[0]?.extensions?.code, second.errors?.[0]?.extensions?.code].sort()).toEqual(['CONFLICT', undefined]);
  });
});
