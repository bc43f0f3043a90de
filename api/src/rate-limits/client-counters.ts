import { type EntityManager } from '@mikro-orm/core';
import { executeStatement, selectRows } from '../db';

/**
 * Per-client counters kept in PostgreSQL (tables `rate_limit_window`, `sign_in_failure`), so every API
 * replica reads and writes the same ones: a client gets each budget once, however many replicas it
 * reaches. Each change is one statement and times come from the database's clock, not the replicas'.
 * A row that has run out is reset by its key's next hit; the retention purge (`retention/`) deletes the rest.
 */

/** Hits per key in fixed windows. */
export class FixedWindowCounter {
  constructor(private readonly windowSeconds: number) {}

  /** Counts `hits` more for `key` and returns the hits so far in the current window and the seconds until it ends. */
  async hit(em: EntityManager, key: string, hits = 1): Promise<{ count: number; secondsLeft: number }> {
    const [row] = await selectRows<{ hits: number; seconds_left: number | string }>(
      em,
      `insert into rate_limit_window (key, hits, ends_at) values (?, ?, now() + ? * interval '1 second')
       on conflict (key) do update set
         hits = case when rate_limit_window.ends_at <= now() then excluded.hits else rate_limit_window.hits + excluded.hits end,
         ends_at = case when rate_limit_window.ends_at <= now() then excluded.ends_at else rate_limit_window.ends_at end
       returning hits, extract(epoch from ends_at - now()) as seconds_left`,
      [key, hits, this.windowSeconds],
    );
    return { count: Number(row!.hits), secondsLeft: Number(row!.seconds_left) };
  }
}

/**
 * Failed attempts per key. After `freeFailures` of them each further attempt must wait twice as
 * long as the one before (1 s, 2 s, 4 s … up to `maxDelayMs`); a quiet `maxDelayMs` forgets them.
 */
export class FailureBackoff {
  constructor(
    private readonly freeFailures: number,
    private readonly maxDelayMs: number,
  ) {}

  delayAfter(failures: number): number {
    if (failures < this.freeFailures) return 0;
    return Math.min(this.maxDelayMs, 1000 * 2 ** Math.min(failures - this.freeFailures, 30));
  }

  /** How long (ms) `key` must still wait before trying again; 0 when free to try. */
  async waitMs(em: EntityManager, key: string): Promise<number> {
    const [row] = await selectRows<{ failures: number; ago_ms: number | string }>(
      em,
      `select failures, extract(epoch from now() - last_failed_at) * 1000 as ago_ms from sign_in_failure where key = ?`,
      [key],
    );
    if (!row || Number(row.ago_ms) > this.maxDelayMs) return 0;
    return Math.max(0, this.delayAfter(Number(row.failures)) - Number(row.ago_ms));
  }

  async recordFailure(em: EntityManager, key: string): Promise<void> {
    await executeStatement(
      em,
      `insert into sign_in_failure (key, failures, last_failed_at) values (?, 1, now())
       on conflict (key) do update set
         failures = case when sign_in_failure.last_failed_at < now() - ? * interval '1 millisecond' then 1 else sign_in_failure.failures + 1 end,
         last_failed_at = now()`,
      [key, this.maxDelayMs],
    );
  }

  async forget(em: EntityManager, key: string): Promise<void> {
    await executeStatement(em, 'delete from sign_in_failure where key = ?', [key]);
  }
}
