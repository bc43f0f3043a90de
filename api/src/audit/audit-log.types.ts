import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PageInfoGql } from '../core';

@ObjectType('AuditEntry', { description: 'One change someone made, for administrators.' })
export class AuditEntryGql {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The account that made the change; null for the system.' }) actorAccountId!: string | null;
  @Field(() => String, { nullable: true, description: "The actor's name when they made the change." }) actorName!: string | null;
  @Field(() => String, { description: 'Program, StudyVisit, …' }) entityType!: string;
  @Field(() => String, { description: 'Its key (a program id, a visit id).' }) entityId!: string;
  @Field(() => String, { description: 'CREATED, UPDATED, ADDED_COST, PUBLISHED, ACCEPTED, …' }) action!: string;
  @Field(() => [String]) changedFields!: string[];
  @Field(() => GraphQLJSONObject) details!: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: 'The request it came in with, as in the request log.' }) requestId!: string | null;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdgeGql {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEntryGql) node!: object;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnectionGql {
  @Field(() => [AuditEntryEdgeGql]) edges!: AuditEntryEdgeGql[];
  @Field(() => PageInfoGql) pageInfo!: PageInfoGql;
}
