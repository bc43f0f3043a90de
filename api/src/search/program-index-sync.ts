import { type EntityManager } from '@mikro-orm/core';
import type { OutboxHandler } from '../outbox';
import { awaitTaskSuccess } from './meilisearch-task';
import { type ProgramIndex, programDocuments } from './program-index';
import type { ProgramSearchDocument } from './program-search-document';
import { loadProgramSearchDocuments } from './program-search-documents';

// A program edited this many times while its document is being written is retried later by the outbox.
const CONFIRM_ROUNDS = 5;

/** Brings the index in line with the database for these programs: published ones upserted, others deleted. */
export async function syncProgramDocuments(em: EntityManager, target: ProgramIndex, programIds: readonly number[]): Promise<void> {
  await indexProgramDocuments(em, target, programIds, await loadProgramSearchDocuments(em, programIds));
}

/**
 * Writes documents built from the database earlier (absent ones are deleted), then reads the
 * database again and writes once more whatever changed meanwhile. Meilisearch applies writes in the
 * order they were enqueued, so every worker's last write was current after it landed: a worker (an
 * API replica) that built an older version and wrote it late cannot leave that version in the index.
 */
export async function indexProgramDocuments(
  em: EntityManager,
  target: ProgramIndex,
  programIds: readonly number[],
  documents: Map<number, ProgramSearchDocument>,
): Promise<void> {
  let pending = [...new Set(programIds)];
  let written = documents;
  for (let round = 0; round < CONFIRM_ROUNDS && pending.length > 0; round++) {
    await writeProgramDocuments(target, pending, written);
    const current = await loadProgramSearchDocuments(em, pending);
    pending = pending.filter((id) => !sameDocument(written.get(id), current.get(id)));
    written = current;
  }
  if (pending.length > 0) throw new Error(`Programs ${pending.join(', ')} kept changing while they were indexed.`);
}

async function writeProgramDocuments(target: ProgramIndex, programIds: number[], documents: Map<number, ProgramSearchDocument>): Promise<void> {
  const index = programDocuments(target);
  const upserts = programIds.flatMap((id) => documents.get(id) ?? []);
  const deletions = programIds.filter((id) => !documents.has(id)).map(String);
  await Promise.all([
    upserts.length > 0 && awaitTaskSuccess(index.addDocuments(upserts, { primaryKey: 'id' }), `index ${upserts.length} programs`),
    deletions.length > 0 && awaitTaskSuccess(index.deleteDocuments(deletions), `remove ${deletions.length} programs from the index`),
  ]);
}

function sameDocument(a: ProgramSearchDocument | undefined, b: ProgramSearchDocument | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Handles a batch of `search.program` outbox events (key = program id). Several events for one
 * program collapse into one write of its current state; if Meilisearch fails, the whole batch is
 * retried by the outbox with backoff, so nothing is lost while it is down.
 */
export function programIndexSyncHandler(target: ProgramIndex): OutboxHandler {
  return async (events, em) => {
    const programIds = [...new Set(events.map((event) => Number(event.key)).filter(Number.isSafeInteger))];
    await syncProgramDocuments(em, target, programIds);
    return { failed: [] };
  };
}
