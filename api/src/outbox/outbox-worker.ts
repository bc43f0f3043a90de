import { type EntityManager } from '@mikro-orm/core';
import { type Orm } from '../db';
import { selectRows } from '../db';
import { outboxEventsHandled } from '../observability';
import { type OutboxTopic } from './enqueue';
import { OutboxEvent } from './outbox-event.entity';

export type ClaimedEvent = { id: number; key: string; payload: Record<string, unknown>; attempts: number; createdAt: Date };

/** Handles a batch; returns the ids that failed (with why), every other id counts as done. */
export type OutboxHandler = (events: ClaimedEvent[], em: EntityManager) => Promise<{ failed: { id: number; error: string }[] }>;

export type OutboxWorkerOptions = {
  orm: Orm;
  topic: OutboxTopic;
  handle: OutboxHandler;
  batchSize?: number;
  idleDelayMs?: number;
  maxBackoffMs?: number;
  /** How long a claimed event is hidden from other workers; after it, a crashed worker's events come back. */
  leaseMs?: number;
  logger?: { debug?(object: object, message?: string): void; warn(object: object, message?: string): void; error(object: object, message?: string): void };
};

export function retryDelayMs(attempts: number, maxBackoffMs: number): number {
  return Math.min(maxBackoffMs, 500 * 2 ** Math.min(attempts, 20));
}

type ClaimedRow = { id: string | number; key: string; payload: Record<string, unknown> | string; attempts: number; created_at: Date };

/**
 * Claims up to `batchSize` due events of one topic by leasing them: a short transaction moves their
 * `available_at` past the lease. FOR UPDATE SKIP LOCKED lets several workers (several API replicas)
 * claim at once without sharing a row, and no transaction stays open while Meilisearch or SMTP works.
 */
async function claimBatch(orm: Orm, topic: OutboxTopic, batchSize: number, leaseMs: number): Promise<ClaimedEvent[]> {
  const rows = await orm.em.fork().transactional((tx) =>
    selectRows<ClaimedRow>(
      tx,
      `update outbox_event set available_at = ? where id in (
         select id from outbox_event
          where topic = ? and processed_at is null and available_at <= ?
          order by id limit ? for update skip locked)
       returning id, key, payload, attempts, created_at`,
      [new Date(Date.now() + leaseMs), topic, new Date(), batchSize],
    ),
  );
  return rows
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((row) => ({
      id: Number(row.id),
      key: row.key,
      payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
      attempts: row.attempts,
      createdAt: new Date(row.created_at),
    }));
}

async function settle(orm: Orm, events: ClaimedEvent[], failed: { id: number; error: string }[], maxBackoffMs: number): Promise<void> {
  const failedIds = new Set(failed.map((failure) => failure.id));
  const done = events.filter((event) => !failedIds.has(event.id)).map((event) => event.id);
  await orm.em.fork().transactional(async (tx) => {
    if (done.length > 0) await tx.nativeUpdate(OutboxEvent, { id: { $in: done } }, { processedAt: new Date(), lastError: null });
    for (const failure of failed) {
      const attempts = (events.find((event) => event.id === failure.id)?.attempts ?? 0) + 1;
      await tx.nativeUpdate(
        OutboxEvent,
        { id: failure.id },
        { attempts, lastError: failure.error.slice(0, 2000), availableAt: new Date(Date.now() + retryDelayMs(attempts, maxBackoffMs)) },
      );
    }
  });
}

/** Claims a batch, hands it to the handler outside any transaction, then records what succeeded and what must be retried. */
export async function processOutboxBatch(options: OutboxWorkerOptions): Promise<number> {
  const { orm, topic, handle, batchSize = 100, maxBackoffMs = 60_000, leaseMs = 5 * 60_000 } = options;
  const events = await claimBatch(orm, topic, batchSize, leaseMs);
  if (events.length === 0) return 0;
  let failed: { id: number; error: string }[];
  try {
    ({ failed } = await handle(events, orm.em.fork()));
  } catch (error) {
    failed = events.map((event) => ({ id: event.id, error: error instanceof Error ? error.message : String(error) }));
  }
  await settle(orm, events, failed, maxBackoffMs);
  outboxEventsHandled.inc({ topic, outcome: 'done' }, events.length - failed.length);
  if (failed.length > 0) outboxEventsHandled.inc({ topic, outcome: 'failed' }, failed.length);
  // Which replica handled how many events: the production test adds these up across replicas.
  options.logger?.debug?.({ topic, handled: events.length - failed.length }, 'outbox events handled');
  if (failed.length > 0) options.logger?.warn({ topic, failed: failed.length, error: failed[0]?.error }, 'outbox batch partly failed; will retry');
  return events.length;
}

export type OutboxWorker = { stop(): Promise<void>; drain(): Promise<void>; wake(): void };

/**
 * Polls one topic until stopped. `wake()` skips the idle wait (call it after a commit that enqueued
 * something); `stop()` lets the batch in flight finish, so no claimed row is abandoned half-done.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const idleDelayMs = options.idleDelayMs ?? 500;
  let running = true;
  let wakeUp: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    while (running) {
      let processed = 0;
      try {
        processed = await processOutboxBatch(options);
      } catch (error) {
        options.logger?.error({ err: error, topic: options.topic }, 'outbox batch failed');
      }
      if (processed === 0 && running) await sleep(idleDelayMs);
    }
  })();
  return {
    wake: () => wakeUp?.(),
    async drain() {
      while ((await processOutboxBatch(options)) > 0) {
        /* keep going until nothing is due */
      }
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
    },
  };
}

export async function outboxLag(em: EntityManager, topic: OutboxTopic): Promise<{ pending: number; oldestPendingAt: Date | null }> {
  const rows = await selectRows<{ pending: string; oldest: Date | null }>(
    em,
    'select count(*) as pending, min(created_at) as oldest from outbox_event where topic = ? and processed_at is null',
    [topic],
  );
  const row = rows[0];
  return { pending: Number(row?.pending ?? 0), oldestPendingAt: row?.oldest ? new Date(row.oldest) : null };
}
