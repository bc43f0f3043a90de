import type { LiveProgramIndex } from './program-index';

// One API process serves one programs index. The search background service sets it once Meilisearch
// is connected and its index is set up, and clears it when it stops; resolvers read it per request.
// Without it, search answers from the database (degraded mode).
let liveIndex: LiveProgramIndex | undefined;
let lastError: { message: string; at: Date } | undefined;

export function setLiveProgramIndex(index: LiveProgramIndex | undefined): void {
  liveIndex = index;
}

export function liveProgramIndex(): LiveProgramIndex | undefined {
  return liveIndex;
}

/** Kept for admins and /readyz: the last thing that went wrong between this process and Meilisearch. */
export function recordSearchError(error: unknown, at = new Date()): void {
  lastError = { message: error instanceof Error ? error.message : String(error), at };
}

export function lastSearchError(): { message: string; at: Date } | undefined {
  return lastError;
}
