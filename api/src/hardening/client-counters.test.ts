import { describe, expect, it } from 'vitest';
import { FailureBackoff, FixedWindowCounter } from './client-counters';

describe('FixedWindowCounter', () => {
  it('counts hits per key within a window and starts again after it', () => {
    const counter = new FixedWindowCounter(60_000);
    expect(counter.hit('a', 0)).toEqual({ count: 1, resetAt: 60_000 });
    expect(counter.hit('a', 59_999)).toEqual({ count: 2, resetAt: 60_000 });
    expect(counter.hit('b', 59_999)).toEqual({ count: 1, resetAt: 119_999 });
    expect(counter.hit('a', 60_000)).toEqual({ count: 1, resetAt: 120_000 });
  });
});

describe('FailureBackoff', () => {
  const backoff = () => new FailureBackoff(3, 900_000);

  it('lets the first failures go, then doubles the wait after each further one', () => {
    const failures = backoff();
    for (const at of [0, 10, 20]) {
      expect(failures.waitMs('x', at)).toBe(0);
      failures.recordFailure('x', at);
    }
    expect(failures.waitMs('x', 20)).toBe(1_000);
    expect(failures.waitMs('x', 1_020)).toBe(0);
    failures.recordFailure('x', 1_020);
    expect(failures.waitMs('x', 1_020)).toBe(2_000);
    failures.recordFailure('x', 3_020);
    expect(failures.waitMs('x', 3_020)).toBe(4_000);
    expect(failures.waitMs('other', 3_020)).toBe(0);
  });

  it('never waits longer than the maximum, and forgets after a quiet maximum', () => {
    const failures = backoff();
    for (let attempt = 0; attempt < 40; attempt += 1) failures.recordFailure('x', 0);
    expect(failures.waitMs('x', 0)).toBe(900_000);
    expect(failures.waitMs('x', 900_001)).toBe(0);
    failures.recordFailure('x', 900_001);
    expect(failures.waitMs('x', 900_001)).toBe(0);
  });

  it('forgets a key on success', () => {
    const failures = backoff();
    for (let attempt = 0; attempt < 5; attempt += 1) failures.recordFailure('x', 0);
    failures.forget('x');
    expect(failures.waitMs('x', 0)).toBe(0);
  });
});
