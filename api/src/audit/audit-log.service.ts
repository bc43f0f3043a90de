import { type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { assertAdmin } from '../accounts';
import { type Viewer } from '../core';
import { InvalidInput } from '../errors';
import { AuditEntry } from './audit-entry.entity';

const MAX_PAGE_SIZE = 100;

export function encodeAuditCursor(id: number): string {
  return Buffer.from(`audit:${id}`).toString('base64url');
}

function decodeAuditCursor(cursor: string): number {
  const match = /^audit:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) throw new InvalidInput('after', 'This cursor is not one the API gave out.');
  return Number(match[1]);
}

export type AuditPage = { entries: AuditEntry[]; hasNextPage: boolean };

/** Newest first, paged by keyset on the id; administrators only. */
export async function listAuditLog(
  em: EntityManager,
  viewer: Viewer | null,
  options: { first: number; after?: string | null; entityType?: string | null; entityId?: string | null },
): Promise<AuditPage> {
  assertAdmin(viewer);
  if (options.first < 1 || options.first > MAX_PAGE_SIZE) throw new InvalidInput('first', `Ask for between 1 and ${MAX_PAGE_SIZE} entries at a time.`);
  const conditions: FilterQuery<AuditEntry>[] = [];
  if (options.entityType) conditions.push({ entityType: options.entityType });
  if (options.entityId) conditions.push({ entityId: options.entityId });
  if (options.after) conditions.push({ id: { $lt: decodeAuditCursor(options.after) } });
  const entries = await em.find(AuditEntry, { $and: conditions }, { orderBy: { id: 'desc' }, limit: options.first + 1 });
  return { entries: entries.slice(0, options.first), hasNextPage: entries.length > options.first };
}
