import { type EntityManager } from '@mikro-orm/core';
import { OutboxEvent } from './outbox-event.entity';

export const OUTBOX_TOPICS = { searchProgram: 'search.program', mail: 'mail' } as const;
export type OutboxTopic = (typeof OUTBOX_TOPICS)[keyof typeof OUTBOX_TOPICS];

/** Records a side effect in the caller's unit of work: it commits or rolls back with the change itself. */
export function enqueueOutboxEvent(em: EntityManager, topic: OutboxTopic, key: string, payload: Record<string, unknown> = {}): void {
  em.create(OutboxEvent, { topic, key, payload });
}
