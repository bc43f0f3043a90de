import { type EntityManager } from '@mikro-orm/core';
import { type EnqueuedTaskPromise } from 'meilisearch';
import { withAdvisoryLock } from '../db';
import { Conflict } from '../errors';
import { OUTBOX_TOPICS } from '../outbox';
import { awaitTaskSuccess } from './meilisearch-task';
import { deleteIndexIfPresent, type ProgramIndex, programDocuments } from './program-index';
import { applyProgramIndexSettings, createIndexUnlessPresent } from './program-index-settings';
import { syncProgramDocuments } from './program-index-sync';
import { type ProgramSearchDocument } from './program-search-document';
import { loadProgramSearchDocuments } from './program-search-documents';
import { selectRows } from '../db';

export type ReindexProgress = {
  onStart?(total: number): void;
  /** Awaited after each page of documents is in the new index. */
  onBatch?(indexed: number, total: number): void | Promise<void>;
};

export type ReindexSummary = { indexUid: string; documents: number; seconds: number; documentsPerSecond: number };

const PAGE_SIZE = 500;
// Documents per request to Meilisearch, and requests sent before the oldest is waited for. Meilisearch
// pays a fixed cost per indexing batch (facets, settings, the commit), so one page of 500 at a time cost
// several times what Meilisearch needs for the same documents, and it sat idle while the next page was
// read from the database. Now the next pages are read while the previous request is being indexed.
const REQUEST_SIZE = 5_000;
const REQUESTS_IN_FLIGHT = 2;

/** A request of documents sent to the new index, and the sizes of the database pages it holds. */
type SentRequest = { task: EnqueuedTaskPromise; pages: number[] };

// Changes committed while the new index was being built went to the old one; they are written again
// after the swap. The margin covers transactions that began before the reindex and committed after.
const RESYNC_MARGIN_MS = 5 * 60_000;

/**
 * Builds a fresh index (`<live uid>_<timestamp>`) from the database, page by page, then swaps it
 * with the live one in a single Meilisearch task: searches see the complete old index until the
 * swap and the complete new one after it. The old documents, left under the temporary uid by the
 * swap, are deleted.
 */
export async function reindexPrograms(em: EntityManager, target: ProgramIndex, progress: ReindexProgress = {}): Promise<ReindexSummary> {
  // One rebuild at a time across every API replica and CLI: two would swap half-built indexes in turn.
  const run = await withAdvisoryLock(em, 'reindex', 'try', () => rebuildProgramIndex(em, target, progress));
  if (!run.acquired) throw new Conflict('The search index is already being rebuilt (by this or another process); wait for that to finish.');
  return run.result;
}

async function rebuildProgramIndex(em: EntityManager, target: ProgramIndex, progress: ReindexProgress): Promise<ReindexSummary> {
  const startedAt = Date.now();
  const total = await countPublishedPrograms(em);
  progress.onStart?.(total);
  const buildUid = `${target.indexUid}_${startedAt}`;
  let documents = 0;
  try {
    await applyProgramIndexSettings(target.client, buildUid);
    const sent: SentRequest[] = [];
    let pending: { documents: ProgramSearchDocument[]; pages: number[] } = { documents: [], pages: [] };
    const send = () => {
      const task = programDocuments(target, buildUid).addDocuments(pending.documents, { primaryKey: 'id' });
      // Awaited in turn by settleOldest; until then a refused request must not be an unhandled rejection.
      task.catch(() => {});
      sent.push({ task, pages: pending.pages });
      pending = { documents: [], pages: [] };
    };
    const settleOldest = async () => {
      const { task, pages } = sent.shift()!;
      await awaitTaskSuccess(task, `add ${pages.reduce((sum, size) => sum + size, 0)} programs to ${buildUid}`);
      for (const size of pages) {
        documents += size;
        await progress.onBatch?.(documents, total);
      }
    };
    for (let afterId = 0; ; ) {
      const ids = await publishedProgramIdsAfter(em, afterId, PAGE_SIZE);
      if (ids.length === 0) break;
      const page = [...(await loadProgramSearchDocuments(em, ids)).values()];
      pending.documents.push(...page);
      pending.pages.push(page.length);
      afterId = ids.at(-1)!;
      if (pending.documents.length >= REQUEST_SIZE) send();
      if (sent.length >= REQUESTS_IN_FLIGHT) await settleOldest();
    }
    if (pending.pages.length > 0) send();
    while (sent.length > 0) await settleOldest();
    await createIndexUnlessPresent(target.client, target.indexUid);
    await awaitTaskSuccess(
      target.client.swapIndexes([{ indexes: [target.indexUid, buildUid], rename: false }]),
      `swap ${buildUid} in as ${target.indexUid}`,
    );
  } finally {
    await deleteIndexIfPresent(target.client, buildUid);
  }
  await resyncProgramsChangedSince(em, target, new Date(startedAt - RESYNC_MARGIN_MS));
  const seconds = (Date.now() - startedAt) / 1000;
  return { indexUid: target.indexUid, documents, seconds, documentsPerSecond: seconds > 0 ? documents / seconds : documents };
}

async function countPublishedPrograms(em: EntityManager): Promise<number> {
  const [row] = await selectRows<{ count: string | number }>(em, `select count(*) as count from program where publication = 'PUBLISHED'`);
  return Number(row?.count ?? 0);
}

async function publishedProgramIdsAfter(em: EntityManager, afterId: number, limit: number): Promise<number[]> {
  const rows = await selectRows<{ id: number }>(em, `select id from program where publication = 'PUBLISHED' and id > ? order by id limit ?`, [afterId, limit]);
  return rows.map((row) => Number(row.id));
}

async function resyncProgramsChangedSince(em: EntityManager, target: ProgramIndex, since: Date): Promise<void> {
  const rows = await selectRows<{ key: string }>(em, 'select distinct key from outbox_event where topic = ? and created_at >= ?', [
    OUTBOX_TOPICS.searchProgram,
    since,
  ]);
  const ids = rows.map((row) => Number(row.key)).filter(Number.isSafeInteger);
  for (let start = 0; start < ids.length; start += PAGE_SIZE) await syncProgramDocuments(em, target, ids.slice(start, start + PAGE_SIZE));
}
