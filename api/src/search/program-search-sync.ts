import { type EventSubscriber } from '@mikro-orm/core';
import { type Meilisearch } from 'meilisearch';
import { type Orm } from '../db';
import { OUTBOX_TOPICS } from '../outbox';
import { OutboxEvent } from '../outbox';
import { type OutboxWorker, startOutboxWorker } from '../outbox';
import type { BackgroundService } from '../core';
import { MeilisearchBinaryUnavailableError } from '../meilisearch-server';
import { connectMeilisearch, type MeilisearchConnection } from './meilisearch-connection';
import { type ProgramIndex, programDocuments } from './program-index';
import { applyProgramIndexSettings, PROGRAM_INDEX_UID } from './program-index-settings';
import { programIndexSyncHandler } from './program-index-sync';
import { reindexPrograms } from './program-reindex';
import { searchIndexStatus } from './search.service';
import { type SearchLogger } from '../meilisearch-server';
import { searchOnlyClient } from './search-key';
import { recordSearchError, setLiveProgramIndex } from './search-runtime';
import { selectRows } from '../db';

export type ProgramSearchOptions = {
  orm: Orm;
  /** Opens the connection to Meilisearch (the bundled server or MEILI_URL); retried until it works. */
  connect: () => Promise<MeilisearchConnection>;
  logger: SearchLogger;
  indexUid?: string;
  /** How long the sync worker sleeps when nothing is pending; commits that enqueue a change wake it at once. */
  idleDelayMs?: number;
  /** Cap of the retry backoff of failed batches: how soon after Meilisearch is back the index catches up. */
  maxBackoffMs?: number;
  reconnectDelayMs?: { initial: number; max: number };
};

export type ProgramSearch = BackgroundService & {
  /** Resolves once Meilisearch is connected, the index set up and an empty index filled; never rejects. */
  ready(): Promise<void>;
};

const DEFAULTS = { idleDelayMs: 250, maxBackoffMs: 5_000, reconnectDelayMs: { initial: 1_000, max: 30_000 } };

/**
 * Keeps the programs index in line with the database: connects to Meilisearch, applies the index
 * settings, then drains the `search.program` outbox. Never fails the API: while Meilisearch cannot be
 * reached it keeps retrying in the background and search answers from the database.
 */
export async function startProgramSearch(options: ProgramSearchOptions): Promise<ProgramSearch> {
  const settings = { ...DEFAULTS, ...options, indexUid: options.indexUid ?? PROGRAM_INDEX_UID };
  const { orm, logger } = settings;
  let connection: MeilisearchConnection | undefined;
  let index: ProgramIndex | undefined;
  let worker: OutboxWorker | undefined;
  let stopped = false;
  let retry: { timer: NodeJS.Timeout; resolve(): void } | undefined;
  let markReady!: () => void;
  const readiness = new Promise<void>((resolve) => (markReady = resolve));

  async function bringUp(): Promise<'up' | 'retry' | 'give-up'> {
    let searchClient: Meilisearch;
    try {
      connection ??= await settings.connect();
      await applyProgramIndexSettings(connection.client, settings.indexUid);
      searchClient = await searchOnlyClient(connection.client, connection.url, settings.indexUid);
    } catch (error) {
      recordSearchError(error);
      if (error instanceof MeilisearchBinaryUnavailableError) {
        logger.error({ err: error }, 'Search runs from the database only');
        return 'give-up';
      }
      logger.warn({ err: error }, 'Meilisearch is not available yet; search answers from the database meanwhile');
      return 'retry';
    }
    index = { client: connection.client, indexUid: settings.indexUid };
    setLiveProgramIndex({ ...index, searchClient });
    worker = startOutboxWorker({
      orm,
      topic: OUTBOX_TOPICS.searchProgram,
      handle: recordingFailures(programIndexSyncHandler(index)),
      logger,
      idleDelayMs: settings.idleDelayMs,
      maxBackoffMs: settings.maxBackoffMs,
    });
    orm.em.getEventManager().registerSubscriber(wakeOnSearchChanges(() => (stopped ? undefined : worker?.wake())));
    await fillEmptyIndex(orm, index, logger);
    return 'up';
  }

  async function keepTrying(): Promise<void> {
    const { initial, max } = settings.reconnectDelayMs;
    for (let attempt = 0; !stopped; attempt++) {
      await new Promise<void>((resolve) => (retry = { timer: setTimeout(resolve, Math.min(initial * 2 ** attempt, max)), resolve }));
      if (stopped) return;
      const outcome = await bringUp();
      if (outcome !== 'retry') break;
    }
    markReady();
  }

  const first = await bringUp();
  if (first === 'retry') void keepTrying();
  else markReady();

  return {
    name: 'search',
    ready: () => readiness,
    readiness: async () => {
      const { healthy, indexUid, documents, pending, oldestPendingAgeSeconds, lastError } = await searchIndexStatus(orm.em.fork(), index);
      return { healthy, indexUid, documents, pending, oldestPendingAgeSeconds, lastError };
    },
    async stop() {
      stopped = true;
      if (retry) {
        clearTimeout(retry.timer);
        retry.resolve();
      }
      await worker?.stop();
      setLiveProgramIndex(undefined);
      await connection?.close();
    },
  };
}

/** The search background service of the API, configured from the environment. */
export function startApiProgramSearch(
  orm: Orm,
  config: { meiliUrl: string | undefined; meiliMasterKey: string | undefined; dataDir: string },
  logger: SearchLogger,
): Promise<ProgramSearch> {
  return startProgramSearch({
    orm,
    logger,
    connect: () => connectMeilisearch({ meiliUrl: config.meiliUrl, meiliMasterKey: config.meiliMasterKey, dataDir: config.dataDir, logger }),
  });
}

function recordingFailures(handle: ReturnType<typeof programIndexSyncHandler>): ReturnType<typeof programIndexSyncHandler> {
  return async (events, em) => {
    try {
      return await handle(events, em);
    } catch (error) {
      recordSearchError(error);
      throw error;
    }
  };
}

/**
 * Wakes the sync worker right after a commit that enqueued a search change, so a program is
 * searchable well within a second of being published. Other replicas' commits are seen at the next
 * idle poll.
 */
function wakeOnSearchChanges(wake: () => void): EventSubscriber {
  let enqueued = false;
  return {
    getSubscribedEntities: () => [OutboxEvent],
    afterCreate: ({ entity }) => {
      if ((entity as OutboxEvent).topic === OUTBOX_TOPICS.searchProgram) enqueued = true;
    },
    afterTransactionCommit: () => {
      if (!enqueued) return;
      enqueued = false;
      wake();
    },
  };
}

/**
 * A new Meilisearch (fresh data folder, or a new MEILI_URL server) starts empty while the database
 * already holds published programs that no outbox row will ever bring over: rebuild it once.
 */
async function fillEmptyIndex(orm: Orm, index: ProgramIndex, logger: SearchLogger): Promise<void> {
  try {
    const [{ numberOfDocuments }, [published]] = await Promise.all([
      programDocuments(index).getStats(),
      selectRows<{ exists: boolean }>(orm.em.fork(), `select exists (select 1 from program where publication = 'PUBLISHED') as exists`),
    ]);
    if (numberOfDocuments > 0 || !published?.exists) return;
    const summary = await reindexPrograms(orm.em.fork(), index);
    logger.info({ ...summary }, 'Filled the empty search index from the database');
  } catch (error) {
    recordSearchError(error);
    logger.warn({ err: error }, 'Could not fill the empty search index; run `npm run reindex` or the reindexPrograms mutation');
  }
}
