import type { Index, Meilisearch } from 'meilisearch';
import { MeilisearchTaskFailedError } from './meilisearch-task';
import type { ProgramSearchDocument } from './program-search-document';

/** Where program documents live: a Meilisearch server and the uid of the live programs index. */
export type ProgramIndex = { client: Meilisearch; indexUid: string };

/** Where searches go: a client holding only a search key on that index (see search-key.ts). */
export type SearchableProgramIndex = { searchClient: Meilisearch; indexUid: string };

/** The index the API's resolvers use: written and administered with the master key, searched with the search key. */
export type LiveProgramIndex = ProgramIndex & SearchableProgramIndex;

export function programDocuments(target: ProgramIndex, indexUid = target.indexUid): Index<ProgramSearchDocument> {
  return target.client.index<ProgramSearchDocument>(indexUid);
}

/** Deletes an index and waits for it; an index that is already gone is fine. */
export async function deleteIndexIfPresent(client: Meilisearch, indexUid: string): Promise<void> {
  const task = await client.deleteIndex(indexUid).waitTask();
  if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') throw new MeilisearchTaskFailedError(task, `delete index ${indexUid}`);
}
