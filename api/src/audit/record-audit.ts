import { type EntityManager } from '@mikro-orm/core';
import { type Viewer } from '../core';
import { currentRequest } from '../core';
import { AuditEntry } from './audit-entry.entity';

/** The kinds of things whose changes are audited; add yours. */
export const AUDITED_ENTITIES = ['Program', 'StudyVisit', 'HostCalendar', 'Account', 'Invitation', 'OutboxMail'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

export type AuditedChange = {
  /** Who made the change; null for the system (a seeder, a worker). */
  actor: Pick<Viewer, 'accountId' | 'displayName'> | null;
  entityType: AuditedEntity;
  entityId: string | number;
  /** What happened, in the entity's own words: CREATED, UPDATED, ADDED_COST, ACCEPTED… */
  action: string;
  changedFields?: string[];
  /** Small facts worth keeping (a version, a state moved from and to); no contact details. */
  details?: Record<string, unknown>;
  /** When it happened, for a caller that runs on a clock it is given; left out: the moment it is recorded. */
  occurredAt?: Date;
};

/**
 * Adds an audit entry to `em`'s unit of work: call it inside the change's transaction, before its
 * flush, and the entry is written or rolled back with the change.
 */
export function recordAudit(em: EntityManager, change: AuditedChange): void {
  em.create(AuditEntry, {
    actorAccountId: change.actor?.accountId ?? null,
    actorName: change.actor?.displayName ?? null,
    entityType: change.entityType,
    entityId: String(change.entityId),
    action: change.action,
    changedFields: change.changedFields ?? [],
    details: change.details ?? {},
    requestId: currentRequest()?.requestId ?? null,
    occurredAt: change.occurredAt,
  });
}
