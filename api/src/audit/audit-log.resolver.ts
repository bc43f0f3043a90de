import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { type RequestContext } from '../core';
import { encodeAuditCursor, listAuditLog } from './audit-log.service';
import { AuditEntryConnectionGql } from './audit-log.types';

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnectionGql, { description: 'Who changed what, newest first. Administrators only.' })
  async auditLog(
    @Ctx() { em, viewer }: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('entityType', () => String, { nullable: true, description: 'Only changes to this kind of thing, e.g. Program.' }) entityType: string | null,
    @Arg('entityId', () => String, { nullable: true, description: 'Only changes to this one (with entityType).' }) entityId: string | null,
  ): Promise<AuditEntryConnectionGql> {
    const page = await listAuditLog(em, await viewer(), { first, after, entityType, entityId });
    const edges = page.entries.map((entry) => ({ cursor: encodeAuditCursor(entry.id), node: entry }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
