import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { OUTBOX_TOPICS } from '../outbox/enqueue';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { type ClaimedEvent, processOutboxBatch } from '../outbox/outbox-worker';
import { Program } from '../programs/program.entities';
import { updateProgram } from '../programs/program-editing.service';
import { changePublication } from '../programs/program-publication.service';
import { type TestApi } from '../testing/test-api';
import { deleteIndexIfPresent, type ProgramIndex, programDocuments } from './program-index';
import { applyProgramIndexSettings } from './program-index-settings';
import { indexProgramDocuments, programIndexSyncHandler, syncProgramDocuments } from './program-index-sync';
import { loadProgramSearchDocuments } from './program-search-documents';
import { sharedMeilisearchClient, uniqueIndexUid } from '../meilisearch-server/testing/injected-meilisearch';
import { startSearchFixtureApi } from './testing/search-fixtures';

let api: TestApi;
let admin: Viewer;
let target: ProgramIndex;
let programIds: number[];

beforeAll(async () => {
  const started = await startSearchFixtureApi();
  ({ api, admin } = started);
  programIds = [...started.programs.values()].map((program) => program.id);
  target = { client: sharedMeilisearchClient(), indexUid: uniqueIndexUid('sync') };
  await applyProgramIndexSettings(target.client, target.indexUid);
  await syncProgramDocuments(api.em(), target, programIds);
});
afterAll(async () => {
  await deleteIndexIfPresent(target.client, target.indexUid);
  await api?.close();
});

async function programBySlug(slug: string): Promise<Program> {
  return api.em().findOneOrFail(Program, { slug });
}

async function indexedVersionAndTitle(programId: number): Promise<{ version: number; title: string }> {
  const { version, title } = await programDocuments(target).getDocument(String(programId));
  return { version, title };
}

async function pendingSearchEvents(): Promise<ClaimedEvent[]> {
  const rows = await api.em().find(OutboxEvent, { topic: OUTBOX_TOPICS.searchProgram, processedAt: null }, { orderBy: { id: 'asc' } });
  return rows.map((row) => ({ id: row.id, key: row.key, payload: row.payload, attempts: row.attempts, createdAt: row.createdAt }));
}

async function markAllSearchEventsDone(): Promise<void> {
  await api.em().nativeUpdate(OutboxEvent, { topic: OUTBOX_TOPICS.searchProgram }, { processedAt: new Date() });
}

describe('the search.program sync', () => {
  it('indexes the current state whatever order the events arrive in', async () => {
    const prolita = await programBySlug('prolita-bontang');
    const second = await updateProgram(api.em(), admin, prolita.slug, prolita.version, { title: 'Prolita: Rp50 juta per RT' });
    const third = await updateProgram(api.em(), admin, prolita.slug, second.version, { title: 'Prolita: bantuan Rp50 juta untuk setiap RT' });
    const [olderEvent, newerEvent] = await pendingSearchEvents();
    expect([olderEvent?.payload.version, newerEvent?.payload.version]).toEqual([second.version, third.version]);

    const handle = programIndexSyncHandler(target);
    await handle([newerEvent!], api.em());
    await handle([olderEvent!], api.em());

    expect(await indexedVersionAndTitle(prolita.id)).toEqual({ version: third.version, title: 'Prolita: bantuan Rp50 juta untuk setiap RT' });
    await markAllSearchEventsDone();
  });

  it('lets no late writer leave an older version in the index', async () => {
    const ritta = await programBySlug('ritta-prabumulih');
    const builtBeforeTheEdit = await loadProgramSearchDocuments(api.em(), [ritta.id]);
    const edited = await updateProgram(api.em(), admin, ritta.slug, ritta.version, { title: 'RITTA: Rumah Inti Tumbuh Tahan Gempa' });
    await syncProgramDocuments(api.em(), target, [ritta.id]);
    expect((await indexedVersionAndTitle(ritta.id)).version).toBe(edited.version);

    // Another replica built its document before the edit and only now gets to write it.
    await indexProgramDocuments(api.em(), target, [ritta.id], builtBeforeTheEdit);

    expect(await indexedVersionAndTitle(ritta.id)).toEqual({ version: edited.version, title: 'RITTA: Rumah Inti Tumbuh Tahan Gempa' });
    await markAllSearchEventsDone();
  });

  it('converges on the database when workers drain while editors keep editing', async () => {
    const slug = 'rumah-komunitas-prabumulih';
    const drain = () => processOutboxBatch({ orm: api.orm, topic: OUTBOX_TOPICS.searchProgram, handle: programIndexSyncHandler(target), batchSize: 3 });
    const edits = (async () => {
      for (let round = 1; round <= 12; round++) {
        const program = await programBySlug(slug);
        await updateProgram(api.em(), admin, slug, program.version, { title: `Pembangunan Rumah Komunitas, tahap ${round}` });
      }
    })();
    const workers = Array.from({ length: 3 }, async () => {
      for (let pass = 0; pass < 12; pass++) await drain();
    });
    await Promise.all([edits, ...workers]);
    while ((await drain()) > 0) {
      /* until nothing is due */
    }

    const program = await programBySlug(slug);
    expect(await indexedVersionAndTitle(program.id)).toEqual({ version: program.version, title: 'Pembangunan Rumah Komunitas, tahap 12' });
  });

  it('deletes the document of a program that is archived', async () => {
    const bedahRumah = await programBySlug('bedah-rumah-infaq-pegawai-prabumulih');
    await changePublication(api.em(), admin, bedahRumah.slug, bedahRumah.version, 'ARCHIVED');
    await processOutboxBatch({ orm: api.orm, topic: OUTBOX_TOPICS.searchProgram, handle: programIndexSyncHandler(target) });
    await expect(programDocuments(target).getDocument(String(bedahRumah.id))).rejects.toThrow(/not found/i);
  });

  it('keeps the events, with the error, while Meilisearch cannot be reached', async () => {
    const kotaku = await programBySlug('kotaku-muara-enim');
    await updateProgram(api.em(), admin, kotaku.slug, kotaku.version, { title: 'Kotaku Muara Enim' });
    const unreachable: ProgramIndex = { client: new Meilisearch({ host: 'http://127.0.0.1:9', timeout: 2_000 }), indexUid: target.indexUid };

    await processOutboxBatch({ orm: api.orm, topic: OUTBOX_TOPICS.searchProgram, handle: programIndexSyncHandler(unreachable) });

    const kept = await api.em().findOneOrFail(OutboxEvent, { topic: OUTBOX_TOPICS.searchProgram, key: String(kotaku.id), processedAt: null });
    expect(kept.attempts).toBe(1);
    expect(kept.lastError).toBeTruthy();
    await api.em().nativeUpdate(OutboxEvent, { id: kept.id }, { availableAt: new Date() });
    await processOutboxBatch({ orm: api.orm, topic: OUTBOX_TOPICS.searchProgram, handle: programIndexSyncHandler(target) });
    expect((await indexedVersionAndTitle(kotaku.id)).title).toBe('Kotaku Muara Enim');
  });
});
