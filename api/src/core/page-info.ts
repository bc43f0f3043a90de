import { Field, ObjectType } from 'type-graphql';

/** Relay's page info, shared by every keyset-paged connection (the catalog, the audit log). */
@ObjectType('PageInfo')
export class PageInfoGql {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}
