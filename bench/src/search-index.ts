import { type Orm } from '@tiru/api/db';
import { connectMeilisearch, type MeilisearchConnection } from '@tiru/api/search';
import { PROGRAM_INDEX_UID } from '@tiru/api/search';
import { reindexPrograms } from '@tiru/api/search';

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

