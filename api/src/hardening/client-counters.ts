/**
 * Per-client counters kept in this process's memory. With several API replicas each keeps its own,
 * so a client gets at most replicas × the limit: still a limit, and no shared store to go down.
 */
const MAX_KEYS = 100_000;

/** Drops the oldest keys once there are too many, so a flood of fresh addresses cannot exhaust memory. */
function keepBounded<V>(map: Map<string, V>): void {
  for (const key of map.keys()) {
    if (map.size <= MAX_KEYS) return;
    map.delete(key);
  }
}

/** Hits per key in fixed windows. */
export class FixedWindowCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly windowMs: number) {}

  /** Counts one hit and returns the hits so far in the current window and when it ends. */
  hit(key: string, now = Date.now()): { count: number; resetAt: number } {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.delete(key);
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
      keepBounded(this.windows);
    }
    window.count += 1;
    return { ...window };
  }
}

/**
 * Failed attempts per key. After `freeFailures` of them each further attempt must wait twice as
 * long as the one before (1 s, 2 s, 4 s … up to `maxDelayMs`); a quiet `maxDelayMs` forgets them.
 */
export class FailureBackoff {
  private readonly failures = new Map<string, { count: number; lastAt: number }>();

  constructor(
    private readonly freeFailures: number,
    private readonly maxDelayMs: number,
  ) {}

  private delayAfter(count: number): number {
    if (count < this.freeFailures) return 0;
    return Math.min(this.maxDelayMs, 1000 * 2 ** Math.min(count - this.freeFailures, 30));
  }

  private current(key: string, now: number) {
    const entry = this.failures.get(key);
    if (entry && now - entry.lastAt > this.maxDelayMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  /** How long (ms) `key` must still wait before trying again; 0 when free to try. */
  waitMs(key: string, now = Date.now()): number {
    const entry = this.current(key, now);
    return entry ? Math.max(0, entry.lastAt + this.delayAfter(entry.count) - now) : 0;
  }

  recordFailure(key: string, now = Date.now()): void {
    const count = (this.current(key, now)?.count ?? 0) + 1;
    this.failures.delete(key);
    this.failures.set(key, { count, lastAt: now });
    keepBounded(this.failures);
  }

  forget(key: string): void {
    this.failures.delete(key);
  }
}
