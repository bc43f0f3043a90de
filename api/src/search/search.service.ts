import { type EntityManager } from '@mikro-orm/core';
import { assertAdmin } from '../accounts';
import { type Viewer } from '../core';
import { NotFound, ServiceUnavailable } from '../errors';
import { outboxLag } from '../outbox';
import { OUTBOX_TOPICS } from '../outbox';
import { Program } from '../programs';
import { findVisibleProgram } from '../programs';
import { searchProgramsInDatabase } from './program-database-search';
import { type ProgramIndex, programDocuments, type SearchableProgramIndex } from './program-index';
import { searchProgramIndex } from './program-index-search';
import { reindexPrograms, type ReindexSummary } from './program-reindex';
import { normalizeSearchRequest, type ProgramSearchRequest } from './program-search-request';
import { type ProgramSearchResult } from './program-search-result';
import { lastSearchError, recordSearchError } from './search-runtime';
import { type SimilarityBasis, similarProgramIdsInDatabase, similarProgramIdsInIndex } from './similar-programs';

/** Searches Meilisearch; when it is missing, down or failing, the database answers with `degraded: true`. */
export async function searchPrograms(em: EntityManager, index: SearchableProgramIndex | undefined, request: ProgramSearchRequest): Promise<ProgramSearchResult> {
  const normalized = normalizeSearchRequest(request);
  if (index) {
    try {
      return await searchProgramIndex(em, index, normalized);
    } catch (error) {
      recordSearchError(error);
    }
  }
  return searchProgramsInDatabase(em, normalized);
}

const MAX_SIMILAR_PROGRAMS = 12;

export async function similarPrograms(em: EntityManager, index: SearchableProgramIndex | undefined, viewer: Viewer | null, slug: string, limit: number): Promise<Program[]> {
  const program = await findVisibleProgram(em, viewer, slug);
  if (!program) throw new NotFound('Program', slug, 'slug');
  return similarProgramsTo(em, index, program, limit);
}

/** Published programs sharing the program's themes and words, most alike first; never the program itself. */
export async function similarProgramsTo(em: EntityManager, index: SearchableProgramIndex | undefined, program: SimilarityBasis, limit: number): Promise<Program[]> {
  const wanted = Math.min(Math.max(1, Math.trunc(limit)), MAX_SIMILAR_PROGRAMS);
  let ids: number[] | undefined;
  if (index) {
    try {
      ids = await similarProgramIdsInIndex(index, program, wanted);
    } catch (error) {
      recordSearchError(error);
    }
  }
  ids ??= await similarProgramIdsInDatabase(em, program, wanted);
  if (ids.length === 0) return [];
  const programs = await em.find(Program, { id: { $in: ids }, publication: 'PUBLISHED' });
  return ids.flatMap((id) => programs.find((candidate) => candidate.id === id) ?? []);
}

export type SearchIndexStatus = {
  healthy: boolean;
  indexUid: string | null;
  documents: number | null;
  pending: number;
  oldestPendingAt: Date | null;
  oldestPendingAgeSeconds: number | null;
  lastError: string | null;
  lastErrorAt: Date | null;
};

const STATUS_TIMEOUT_MS = 2_000;

/** Whether Meilisearch answers, and how far the index lags behind the database (for admins and /readyz). */
export async function searchIndexStatus(em: EntityManager, index: ProgramIndex | undefined, now = new Date()): Promise<SearchIndexStatus> {
  const [documents, lag] = await Promise.all([index ? documentCount(index) : undefined, outboxLag(em, OUTBOX_TOPICS.searchProgram)]);
  const error = lastSearchError();
  return {
    healthy: documents !== undefined,
    indexUid: index?.indexUid ?? null,
    documents: documents ?? null,
    pending: lag.pending,
    oldestPendingAt: lag.oldestPendingAt,
    oldestPendingAgeSeconds: lag.oldestPendingAt ? Math.max(0, (now.getTime() - lag.oldestPendingAt.getTime()) / 1000) : null,
    lastError: error?.message ?? null,
    lastErrorAt: error?.at ?? null,
  };
}

async function documentCount(index: ProgramIndex): Promise<number | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), STATUS_TIMEOUT_MS).unref());
  const stats = programDocuments(index)
    .getStats()
    .then((found) => found.numberOfDocuments)
    .catch(() => undefined);
  return Promise.race([stats, timeout]);
}

export async function searchIndexStatusForAdmin(em: EntityManager, index: ProgramIndex | undefined, viewer: Viewer | null): Promise<SearchIndexStatus> {
  assertAdmin(viewer);
  return searchIndexStatus(em, index);
}

/** The `npm run reindex` rebuild, run by the API itself (with PGlite no other process may open the database). */
export async function reindexProgramsForAdmin(em: EntityManager, index: ProgramIndex | undefined, viewer: Viewer | null): Promise<ReindexSummary> {
  assertAdmin(viewer);
  if (!index) throw new ServiceUnavailable('Search is not connected to Meilisearch right now, so the index cannot be rebuilt. Try again once it is back.');
  return reindexPrograms(em, index);
}
