/**
 * Something that runs beside the HTTP server for the life of the process (the Meilisearch child, outbox workers,
 * the retention purge). Features build theirs; `server/start-api.ts` starts and stops them.
 */
export type BackgroundService = {
  name: string;
  /** Extra facts for /readyz, e.g. search lag. */
  readiness?: () => Promise<Record<string, unknown>>;
  stop(): Promise<void>;
};
