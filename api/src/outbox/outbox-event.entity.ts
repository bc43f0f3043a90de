import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A side effect (search sync, e-mail) recorded in the same transaction as the change that causes it,
 * so it can never be lost or sent for a change that rolled back. Workers claim rows with
 * FOR UPDATE SKIP LOCKED, so several API replicas can drain the table at once.
 */
export const OutboxEvent = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  indexes: [{ name: 'outbox_event_pending_index', properties: ['topic', 'processedAt', 'availableAt'] }],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    topic: p.string().length(60),
    key: p.string().length(200),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    availableAt: p.datetime().onCreate(() => new Date()),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
    processedAt: p.datetime().nullable(),
  },
});
export type OutboxEvent = InferEntity<typeof OutboxEvent>;
