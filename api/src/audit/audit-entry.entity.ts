import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * One change someone made: who (the account, and their name at the time), what (entity type and
 * key), how (the action and the fields it touched), and the request it came in with, to find its
 * log line. Written in the change's own transaction, so a change that rolls back leaves no entry.
 */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  indexes: [{ name: 'audit_entry_entity_index', properties: ['entityType', 'entityId'] }],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    occurredAt: p.datetime().onCreate(() => new Date()),
    actorAccountId: p.uuid().nullable(),
    actorName: p.string().length(200).nullable(),
    entityType: p.string().length(60),
    entityId: p.string().length(200),
    action: p.string().length(60),
    changedFields: p.array().default([]),
    details: p.json<Record<string, unknown>>(),
    requestId: p.string().length(128).nullable(),
  },
});
export type AuditEntry = InferEntity<typeof AuditEntry>;
