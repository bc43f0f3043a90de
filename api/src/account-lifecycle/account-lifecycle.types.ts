import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { RoleEnum } from '../accounts';
import { PageInfoGql, type Role } from '../core';

@ObjectType('ManagedMembership', { description: 'A role an account holds, as those who manage accounts see it.' })
export class ManagedMembershipGql {
  @Field(() => ID, { description: 'Names the membership to withdrawMembership.' }) id!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) regencyCode!: string | null;
  @Field(() => String, { nullable: true }) agencyId!: string | null;
  @Field(() => [String]) coveredRegencyCodes!: string[];
  @Field(() => Boolean, { description: 'Whether you may withdraw it.' }) viewerCanWithdraw!: boolean;
}

@ObjectType('ManagedAccount', { description: 'An account, for an admin or for those who grant one of its roles.' })
export class ManagedAccountGql {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Set while the account may not sign in.' }) deactivatedAt!: Date | null;
  @Field(() => [ManagedMembershipGql]) memberships!: ManagedMembershipGql[];
  @Field(() => Boolean, { description: 'Whether you may deactivate it and see and end its sessions.' }) viewerCanManage!: boolean;
}

@ObjectType('ManagedAccountEdge')
export class ManagedAccountEdgeGql {
  @Field(() => String) cursor!: string;
  @Field(() => ManagedAccountGql) node!: ManagedAccountGql;
}

@ObjectType('ManagedAccountConnection')
export class ManagedAccountConnectionGql {
  @Field(() => [ManagedAccountEdgeGql]) edges!: ManagedAccountEdgeGql[];
  @Field(() => PageInfoGql) pageInfo!: PageInfoGql;
}

@ObjectType('AccountSession', { description: 'A signed-in browser.' })
export class AccountSessionGql {
  @Field(() => ID, { description: 'Names the session to endSession.' }) id!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String, { nullable: true, description: 'The address it signed in from.' }) clientAddress!: string | null;
  @Field(() => Boolean, { description: 'Whether it is the session of this request.' }) current!: boolean;
}

@InputType()
export class GrantMembershipInput {
  @Field(() => ID) @MaxLength(64) accountId!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) @MaxLength(10) regencyCode?: string;
  @Field(() => String, { nullable: true }) @MaxLength(64) agencyId?: string;
  @Field(() => [String], { nullable: true }) @ArrayMaxSize(50) coveredRegencyCodes?: string[];
}
