import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeStatement } from '../db/raw-sql';
import { startTestApi, type TestApi } from '../testing/test-api';
import { FailureBackoff, FixedWindowCounter } from './client-counters';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** Moves a counter's clock back instead of waiting for it. */
async function backdate(table: 'rate_limit_window' | 'sign_in_failure', key: string, seconds: number) {
  const column = table === 'rate_limit_window' ? 'ends_at' : 'last_failed_at';
  await executeStatement(api.em(), `update ${table} set ${column} = ${column} - ? * interval '1 second' where key = ?`, [seconds, key]);
}

describe('FixedWindowCounter', () => {
  it('counts hits per key within a window and starts again after it', async () => {
    const counter = new FixedWindowCounter(60);
    expect(await counter.hit(api.em(), 'a')).toMatchObject({ count: 1, secondsLeft: expect.closeTo(60, 0) });
    expect((await counter.hit(api.em(), 'a', 2)).count).toBe(3);
    expect((await counter.hit(api.em(), 'b')).count).toBe(1);
    await backdate('rate_limit_window', 'a', 60);
    expect((await counter.hit(api.em(), 'a')).count).toBe(1);
  });

  it('counts hits sent at once exactly', async () => {
    const counter = new FixedWindowCounter(60);
    await Promise.all(Array.from({ length: 20 }, () => counter.hit(api.orm.em.fork(), 'racing')));
    expect((await counter.hit(api.em(), 'racing')).count).toBe(21);
  });
});

describe('FailureBackoff', () => {
  const backoff = () => new FailureBackoff(3, 900_000);

  it('lets the first failures go, then doubles the wait after each further one', async () => {
    const failures = backoff();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await failures.waitMs(api.em(), 'x')).toBe(0);
      await failures.recordFailure(api.em(), 'x');
    }
    expect(await failures.waitMs(api.em(), 'x')).toBeGreaterThan(0);
    await backdate('sign_in_failure', 'x', 1);
    expect(await failures.waitMs(api.em(), 'x')).toBe(0);
    await failures.recordFailure(api.em(), 'x');
    expect(await failures.waitMs(api.em(), 'x')).toBeGreaterThan(1_000);
    expect(await failures.waitMs(api.em(), 'other')).toBe(0);
    expect([3, 4, 5].map((count) => failures.delayAfter(count))).toEqual([1_000, 2_000, 4_000]);
  });

  it('never waits longer than the maximum, and forgets after a quiet maximum', async () => {
    const failures = backoff();
    for (let attempt = 0; attempt < 40; attempt += 1) await failures.recordFailure(api.em(), 'y');
    expect(await failures.waitMs(api.em(), 'y')).toBeGreaterThan(899_000);
    await backdate('sign_in_failure', 'y', 901);
    expect(await failures.waitMs(api.em(), 'y')).toBe(0);
    await failures.recordFailure(api.em(), 'y');
    expect(await failures.waitMs(api.em(), 'y')).toBe(0);
  });

  it('forgets a key on success', async () => {
    const failures = backoff();
    for (let attempt = 0; attempt < 5; attempt += 1) await failures.recordFailure(api.em(), 'z');
    await failures.forget(api.em(), 'z');
    expect(await failures.waitMs(api.em(), 'z')).toBe(0);
  });
});
