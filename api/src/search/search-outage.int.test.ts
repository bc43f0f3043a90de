import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { OUTBOX_TOPICS } from '../outbox/enqueue';
import { outboxLag } from '../outbox/outbox-worker';
import { Program } from '../programs/program.entities';
import { updateProgram } from '../programs/program-editing.service';
import { type TestApi } from '../testing/test-api';
import { type MeilisearchProcess, startMeilisearch } from '../meilisearch-server/meilisearch-supervisor';
import { type ProgramIndex, programDocuments } from './program-index';
import { type ProgramSearch, startProgramSearch } from './program-search-sync';
import { startSearchFixtureApi } from './testing/search-fixtures';
import { eventually, silentSearchLogger } from './testing/search-test-kit';

// This file kills its own Meilisearch; the one shared by the test run stays up for the others.
let api: TestApi;
let admin: Viewer;
let dataDir: string;
let server: MeilisearchProcess;
let target: ProgramIndex;
let search: ProgramSearch;

beforeAll(async () => {
  ({ api, admin } = await startSearchFixtureApi());
  dataDir = await mkdtemp(join(tmpdir(), 'tiru-search-outage-'));
  server = await startMeilisearch({ dataDir, logger: silentSearchLogger, restartDelayMs: { initial: 50, max: 500 } });
  const client = new Meilisearch({ host: server.url, apiKey: server.masterKey, timeout: 5_000 });
  target = { client, indexUid: 'programs' };
  search = await startProgramSearch({
    orm: api.orm,
    logger: silentSearchLogger,
    connect: async () => ({ client, url: server.url, server: undefined, close: async () => {} }),
    maxBackoffMs: 1_000,
  });
  await search.ready();
});
afterAll(async () => {
  await search?.stop();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
  await api?.close();
});

type Result = { degraded: boolean; total: number; hits: { slug: string; title: string }[] };

async function searchFor(query: string): Promise<Result> {
  const result = await api.execute<{ searchPrograms: Result }>('query($q: String!) { searchPrograms(query: $q) { degraded total hits { slug title } } }', { q: query });
  expect(result.errors).toBeUndefined();
  return result.data!.searchPrograms;
}

async function publishedPrograms(): Promise<Program[]> {
  return api.em().find(Program, { publication: 'PUBLISHED' }, { orderBy: { id: 'asc' } });
}

/** True when every published program's document holds the program's current version and title. */
async function indexMatchesDatabase(): Promise<boolean> {
  const programs = await publishedPrograms();
  const { results } = await programDocuments(target).getDocuments({ limit: 1_000, fields: ['id', 'version', 'title'] });
  const indexed = new Map(results.map((document) => [Number(document.id), document]));
  return programs.every((program) => indexed.get(program.id)?.version === program.version && indexed.get(program.id)?.title === program.title);
}

describe('search while Meilisearch is down', () => {
  it('answers from the database, keeps all 100 edits made meanwhile and catches up once Meilisearch is back', async () => {
    expect((await searchFor('rumah gemppa')).degraded).toBe(false);
    const port = Number(new URL(server.url).port);
    await server.stop();

    const during = await searchFor('Prolita');
    expect(during.degraded).toBe(true);
    expect(during.hits[0]?.slug).toBe('prolita-bontang');

    const programs = await publishedPrograms();
    for (let edit = 1; edit <= 100; edit++) {
      const { slug } = programs[edit % programs.length]!;
      const current = await api.em().findOneOrFail(Program, { slug });
      await updateProgram(api.em(), admin, slug, current.version, { title: `${current.title.replace(/ \(revisi \d+\)$/, '')} (revisi ${edit})` });
    }
    expect((await outboxLag(api.em(), OUTBOX_TOPICS.searchProgram)).pending).toBeGreaterThan(0);
    const stillDegraded = await searchFor('revisi');
    expect(stillDegraded).toMatchObject({ degraded: true, total: programs.length });

    server = await startMeilisearch({ dataDir, port, logger: silentSearchLogger });
    await eventually(() => outboxLag(api.em(), OUTBOX_TOPICS.searchProgram), (lag) => lag.pending === 0, 'the outbox to drain after the outage', 60_000);
    expect(await indexMatchesDatabase()).toBe(true);
    const after = await searchFor('revisi 100');
    expect(after.degraded).toBe(false);
    expect(after.hits[0]?.title).toMatch(/\(revisi 100\)$/);
  });

  it('carries on after a crash: the supervisor restarts Meilisearch and the edit made meanwhile arrives', async () => {
    const prolita = await api.em().findOneOrFail(Program, { slug: 'prolita-bontang' });
    server.kill();
    await updateProgram(api.em(), admin, prolita.slug, prolita.version, { title: 'Prolita setelah gangguan' });
    await server.ready();

    await eventually(indexMatchesDatabase, (matches) => matches, 'the edit to reach the restarted Meilisearch', 60_000);
    expect((await searchFor('gangguan')).hits.map((hit) => hit.slug)).toEqual(['prolita-bontang']);
  });

  it('reports its health and lag for /readyz', async () => {
    const facts = await eventually(() => search.readiness!(), (current) => current.pending === 0, 'the outbox to drain');
    expect(facts).toMatchObject({ healthy: true, indexUid: 'programs', pending: 0, oldestPendingAgeSeconds: null });
  });
});
