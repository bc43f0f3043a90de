import { type Orm } from '../../db/orm';
import { deleteIndexIfPresent } from '../program-index';
import { type ProgramSearch, type ProgramSearchOptions, startProgramSearch } from '../program-search-sync';
import { type SearchLogger } from '../../meilisearch-server/search-logger';
import { sharedMeilisearch, sharedMeilisearchClient, uniqueIndexUid } from '../../meilisearch-server/testing/injected-meilisearch';

export const silentSearchLogger: SearchLogger = { info: () => {}, warn: () => {}, error: () => {} };

export type TestProgramSearch = ProgramSearch & {
  indexUid: string;
  /** Stops the service and deletes its index. */
  close(): Promise<void>;
};

/** The search background service of one test file, on the shared Meilisearch and an index of its own. */
export async function startTestProgramSearch(orm: Orm, options: Partial<Omit<ProgramSearchOptions, 'orm'>> = {}): Promise<TestProgramSearch> {
  const indexUid = options.indexUid ?? uniqueIndexUid('programs');
  const client = sharedMeilisearchClient();
  const search = await startProgramSearch({
    orm,
    logger: silentSearchLogger,
    connect: async () => ({ client, url: sharedMeilisearch().url, server: undefined, close: async () => {} }),
    ...options,
    indexUid,
  });
  await search.ready();
  return Object.assign(search, {
    indexUid,
    async close() {
      await search.stop();
      await deleteIndexIfPresent(client, indexUid);
    },
  });
}

/** Polls `read` until `isDone` holds (the index converges asynchronously); fails after a generous bound. */
export async function eventually<T>(read: () => Promise<T>, isDone: (value: T) => boolean, what: string, boundMs = 30_000): Promise<T> {
  const deadline = Date.now() + boundMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
