import { type Orm } from '@tiru/api/db';
import { connectMeilisearch, type MeilisearchConnection } from '@tiru/api/search';
import { PROGRAM_INDEX_UID } from '@tiru/api/search';
import { applyProgramIndexSettings, deleteIndexIfPresent, loadProgramSearchDocuments, reindexPrograms } from '@tiru/api/search';
import { selectRows } from '@tiru/api/db';

export type IndexingReport = { documents: number; seconds: number; documentsPerSecond: number };

/**
 * The run's Meilisearch: MEILI_URL when given (its `programs` index is REPLACED), else the bundled
 * binary on the run's data folder. The bench starts it (not the API) so that the API and the direct
 * baseline query the same server, and so its memory can be read.
 */
export function startRunMeilisearch(dataDir: string): Promise<MeilisearchConnection> {
  return connectMeilisearch({ meiliUrl: process.env.MEILI_URL, meiliMasterKey: process.env.MEILI_MASTER_KEY, dataDir });
}

export function meilisearchEnv(connection: MeilisearchConnection): Record<string, string> {
  return { MEILI_URL: connection.url, ...(connection.server ? { MEILI_MASTER_KEY: connection.server.masterKey } : {}) };
}

export function meilisearchMasterKey(connection: MeilisearchConnection): string | undefined {
  return connection.server?.masterKey ?? process.env.MEILI_MASTER_KEY;
}

/** The end-to-end rebuild `npm run reindex` does: database → documents → new index → atomic swap. */
export async function indexPrograms(orm: Orm, connection: MeilisearchConnection): Promise<IndexingReport> {
  const summary = await reindexPrograms(orm.em.fork(), { client: connection.client, indexUid: PROGRAM_INDEX_UID }, {
    onBatch: (indexed, total) => {
      process.stdout.write(`\r  indexing ${indexed}/${total}`);
    },
  });
  process.stdout.write('\n');
  return { documents: summary.documents, seconds: Math.round(summary.seconds * 100) / 100, documentsPerSecond: Math.round(summary.documentsPerSecond) };
}


// Meilisearch refuses payloads above 100 MB; 5 000 documents are ~10 MB.
const DIRECT_CHUNK = 5_000;

/**
 * The baseline of the reindex: the same documents, built beforehand (not timed), sent straight to the same
 * Meilisearch into a fresh index with the same settings — all chunks queued at once, so Meilisearch indexes
 * them at its own pace — timed from the first request to the last task's success.
 */
export async function ingestDocumentsDirectly(orm: Orm, connection: MeilisearchConnection): Promise<IndexingReport> {
  const em = orm.em.fork();
  const rows = await selectRows<{ id: number }>(em, `select id from program where publication = 'PUBLISHED' order by id`);
  const ids = rows.map((row) => Number(row.id));
  const documents = [];
  for (let start = 0; start < ids.length; start += DIRECT_CHUNK) documents.push(...(await loadProgramSearchDocuments(em, ids.slice(start, start + DIRECT_CHUNK))).values());
  const indexUid = `${PROGRAM_INDEX_UID}_direct_${Date.now()}`;
  try {
    const startedAt = performance.now();
    await applyProgramIndexSettings(connection.client, indexUid);
    const index = connection.client.index(indexUid);
    const tasks = [];
    for (let start = 0; start < documents.length; start += DIRECT_CHUNK) tasks.push(await index.addDocuments(documents.slice(start, start + DIRECT_CHUNK), { primaryKey: 'id' }));
    for (const task of tasks) {
      const done = await connection.client.tasks.waitForTask(task.taskUid, { timeout: 600_000 });
      if (done.status !== 'succeeded') throw new Error(`direct ingest: task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`);
    }
    const seconds = (performance.now() - startedAt) / 1000;
    return { documents: documents.length, seconds: Math.round(seconds * 100) / 100, documentsPerSecond: Math.round(documents.length / seconds) };
  } finally {
    await deleteIndexIfPresent(connection.client, indexUid);
  }
}
