import { type EntityManager } from '@mikro-orm/core';
import { selectRows } from '../db';
import { OUTBOX_TOPICS } from '../outbox';

/** Rows deleted by one purge, per kind. */
export type PurgeCounts = {
  /** Outbox events (search sync, e-mail) done more than the retention period ago. */
  processedOutboxEvents: number;
  /** E-mail still unsent the retention period after it was queued: given up. */
  unsentMail: number;
  sessions: number;
  invitations: number;
  rateLimitWindows: number;
  signInFailures: number;
};

export type PurgeOptions = {
  /** The application's clock: outbox, session and invitation times are written with it. */
  now: Date;
  retentionDays: number;
  /** SIGN_IN_MAX_DELAY_SECONDS in ms: a failure counter quiet this long is already forgotten by the backoff. */
  signInForgetAfterMs: number;
  /** Stops between batches (shutdown); what is left waits for the next purge. */
  signal?: AbortSignal;
};

/** Rows per DELETE: a statement holds its row locks until it ends, so a large backlog goes in short steps. */
const BATCH_SIZE = 5_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what has outlived its use and names people: processed outbox rows (e-mail addresses, invitation
 * links), e-mail never sent, expired sessions, used or expired invitations and spent client counters
 * (addresses, e-mails). Audit entries are the record and are never deleted. Each kind goes in batches of
 * set-based statements outside any transaction; `for update skip locked` leaves a row a request or an
 * outbox worker holds to the next purge instead of waiting for it.
 */
export async function purgeExpiredData(em: EntityManager, options: PurgeOptions): Promise<PurgeCounts> {
  const cutoff = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const purge = (table: string, key: string, condition: string, params: unknown[]) => deleteInBatches(em, table, key, condition, params, options.signal);
  let processedOutboxEvents = 0;
  // One topic at a time, so each batch is found through the (topic, processed_at, …) index.
  for (const topic of Object.values(OUTBOX_TOPICS)) {
    processedOutboxEvents += await purge('outbox_event', 'id', 'topic = ? and processed_at < ?', [topic, cutoff]);
  }
  return {
    processedOutboxEvents,
    // Search events are never given up: they name no one, and the index would miss the change.
    unsentMail: await purge('outbox_event', 'id', 'topic = ? and processed_at is null and created_at < ?', [OUTBOX_TOPICS.mail, cutoff]),
    // An expired session is refused at once (`viewerForSessionToken`) and proves nothing: no reason to keep it.
    sessions: await purge('session', 'token_hash', 'expires_at <= ?', [options.now]),
    // An invitation is accepted before it expires, so one expired before the cutoff was also accepted before it.
    invitations: await purge('invitation', 'token_hash', 'expires_at < ? or accepted_at < ?', [cutoff, cutoff]),
    // The counters run on the database's clock (`client-counters.ts`); a row past these is reset by its key's next hit.
    rateLimitWindows: await purge('rate_limit_window', 'key', 'ends_at <= now()', []),
    signInFailures: await purge('sign_in_failure', 'key', `last_failed_at < now() - ? * interval '1 millisecond'`, [options.signInForgetAfterMs]),
  };
}

async function deleteInBatches(em: EntityManager, table: string, key: string, condition: string, params: unknown[], signal: AbortSignal | undefined): Promise<number> {
  let total = 0;
  while (!signal?.aborted) {
    const [row] = await selectRows<{ deleted: string | number }>(
      em,
      `with deleted as (
         delete from ${table} where ${key} in (select ${key} from ${table} where (${condition}) limit ? for update skip locked) returning 1)
       select count(*) as deleted from deleted`,
      [...params, BATCH_SIZE],
    );
    const deleted = Number(row?.deleted ?? 0);
    total += deleted;
    if (deleted < BATCH_SIZE) break;
  }
  return total;
}
