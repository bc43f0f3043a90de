import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api';
import { enqueueOutboxEvent, OUTBOX_TOPICS } from './enqueue';
import { OutboxEvent } from './outbox-event.entity';
import { outboxLag, processOutboxBatch } from './outbox-worker';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function enqueue(count: number) {
  const em = api.em();
  for (let index = 0; index < count; index += 1) enqueueOutboxEvent(em, OUTBOX_TOPICS.mail, `k${index}`, { index });
  await em.flush();
}

describe('outbox worker', () => {
  it('marks handled events done and reschedules failures with their error', async () => {
    await enqueue(3);
    expect((await outboxLag(api.em(), 'mail')).pending).toBe(3);
    const processed = await processOutboxBatch({
      orm: api.orm,
      topic: 'mail',
      handle: async (events) => ({ failed: events.filter((event) => event.key === 'k1').map((event) => ({ id: event.id, error: 'smtp down' })) }),
    });
    expect(processed).toBe(3);
    const lag = await outboxLag(api.em(), 'mail');
    expect(lag.pending).toBe(1);
    const failed = await api.em().findOneOrFail(OutboxEvent, { key: 'k1' });
    expect(failed).toMatchObject({ attempts: 1, lastError: 'smtp down', processedAt: null });
    expect(failed.availableAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('never hands the same event to two concurrent workers', async () => {
    await api.em().nativeDelete(OutboxEvent, {});
    await enqueue(40);
    const seen: number[] = [];
    const worker = () =>
      processOutboxBatch({
        orm: api.orm,
        topic: 'mail',
        batchSize: 10,
        handle: async (events) => {
          seen.push(...events.map((event) => event.id));
          await new Promise((resolve) => setTimeout(resolve, 20));
          return { failed: [] };
        },
      });
    while ((await outboxLag(api.em(), 'mail')).pending > 0) await Promise.all([worker(), worker(), worker()]);
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
  });

  it("hands a stalled worker's events to another one only once their lease has run out", async () => {
    await api.em().nativeDelete(OutboxEvent, {});
    await enqueue(2);
    let releaseStalled!: () => void;
    const stalledHolds = new Promise<void>((resolve) => (releaseStalled = resolve));
    let stalledGot: (ids: number[]) => void;
    const stalledClaimed = new Promise<number[]>((resolve) => (stalledGot = resolve));
    const stalled = processOutboxBatch({
      orm: api.orm,
      topic: 'mail',
      leaseMs: 60_000,
      handle: async (events) => {
        stalledGot(events.map((event) => event.id));
        await stalledHolds;
        return { failed: [] };
      },
    });
    const claimedIds = await stalledClaimed;
    const rescuedIds: number[] = [];
    const rescuer = () =>
      processOutboxBatch({
        orm: api.orm,
        topic: 'mail',
        handle: async (events) => {
          rescuedIds.push(...events.map((event) => event.id));
          return { failed: [] };
        },
      });

    expect(await rescuer()).toBe(0);
    // As if the minute of the lease had passed with the first worker gone.
    await api.em().nativeUpdate(OutboxEvent, { id: { $in: claimedIds } }, { availableAt: new Date(Date.now() - 1_000) });
    expect(await rescuer()).toBe(2);
    expect(rescuedIds.sort()).toEqual([...claimedIds].sort());
    expect((await outboxLag(api.em(), 'mail')).pending).toBe(0);
    releaseStalled();
    await stalled;
  });
});
