import { type EntityManager } from '@mikro-orm/core';
import { OutboxEvent } from './outbox-event.entity';

export const OUTBOX_TOPICS = { searchProgram: 'search.program', mail: 'mail' } as const;
export type OutboxTopic = (typeof OUTBOX_TOPICS)[keyof typeof OUTBOX_TOPICS];

/** Records a side effect in the caller's unit of work: it commits or rolls back with the change itself. */
export function enqueueOutboxEvent(em: EntityManager, topic: OutboxTopic, key: string, payload: Record<string, unknown> = {}): void {
  em.create(OutboxEvent, { topic, key, payload });
}

/**
 * Takes back events of `topic` for these keys that no worker has handled yet, in the caller's
 * transaction: for changes replayed from the past (the demo's history), whose side effects are no
 * longer due. Returns how many it took back.
 */
export function withdrawPendingOutboxEvents(em: EntityManager, topic: OutboxTopic, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return Promise.resolve(0);
  return em.nativeDelete(OutboxEvent, { topic, key: { $in: [...keys] }, processedAt: null });
}
