import { ArrayMaxSize, IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../core';
import { ROLES, type Role } from '../core';

export const RoleEnum = graphqlEnum(ROLES, 'Role');

@ObjectType('Membership')
export class MembershipGql {
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) regencyCode!: string | null;
  @Field(() => String, { nullable: true }) agencyId!: string | null;
  @Field(() => [String], { description: 'Regencies a coordinator acts for.' }) coveredRegencyCodes!: string[];
}

@ObjectType('InvitationScope', { description: 'A place someone may be invited into: a regency, an agency, or both.' })
export class InvitationScopeGql {
  @Field(() => String, { nullable: true }) regencyCode!: string | null;
  @Field(() => String, { nullable: true }) agencyId!: string | null;
}

@ObjectType('InvitationChoices', { description: 'Whom and where you may invite; the invite mutation applies the same rules.' })
export class InvitationChoicesGql {
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field(() => Boolean, { description: 'True for an admin, who may pick any regency or agency.' }) anyScope!: boolean;
  @Field(() => [InvitationScopeGql], { description: 'Where you may invite, unless anyScope.' }) scopes!: InvitationScopeGql[];
  @Field(() => Boolean, { description: 'Whether you name the regencies a new coordinator covers (admins only).' }) namesCoveredRegencies!: boolean;
}

@ObjectType('Capabilities', { description: 'What your roles open on the site; the API applies the same rules to every change.' })
export class CapabilitiesGql {
  @Field(() => Boolean, { description: 'Whether you keep program profiles.' }) editsPrograms!: boolean;
  @Field(() => [String], { nullable: true, description: 'Regencies whose programs you keep; null for an admin, who keeps them all.' })
  programRegencyCodes!: string[] | null;
  @Field(() => [String], { description: 'Agencies whose programs you keep as their lead agency, whatever regency hosts them.' })
  programAgencyIds!: string[];
  @Field(() => Boolean, { description: 'Whether you answer visit requests as a host (host editors; admins speak for neither side).' })
  answersVisitRequests!: boolean;
  @Field(() => [String], { description: 'Regencies you may bring on a study visit; empty when you request none.' })
  travelsForRegencyCodes!: string[];
  @Field(() => Boolean, { description: 'Whether you see the phone numbers and e-mail addresses of program contacts (anyone with a role).' })
  seesContactDetails!: boolean;
  @Field(() => Boolean, { description: 'Whether you manage accounts: an admin all of them, anyone else those holding a role you could grant.' })
  managesAccounts!: boolean;
  @Field(() => Boolean, { description: 'Whether you read the mail outbox and resend its messages (administrators).' }) managesMailOutbox!: boolean;
  @Field(() => Boolean, { description: 'Whether the national picture shows you the regions that asked for visits and were not visited (coordinators, administrators).' })
  seesNationalDetails!: boolean;
}

@ObjectType('Viewer', { description: 'The signed-in account.' })
export class ViewerGql {
  @Field(() => ID) accountId!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => [MembershipGql]) memberships!: MembershipGql[];
}

@ObjectType('Invitation')
export class InvitationGql {
  @Field(() => String) email!: string;
  @Field(() => String, { description: 'Where the invited person accepts; also sent by e-mail.' }) acceptUrl!: string;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType('PendingInvitation', { description: 'An invitation not accepted yet and not expired.' })
export class PendingInvitationGql {
  @Field(() => ID, { description: 'Names the invitation to revokeInvitation.' }) id!: string;
  @Field(() => String) email!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) regencyCode!: string | null;
  @Field(() => String, { nullable: true }) agencyId!: string | null;
  @Field(() => [String]) coveredRegencyCodes!: string[];
  @Field(() => Date) expiresAt!: Date;
}

@InputType()
export class InviteInput {
  @Field(() => String) @IsEmail() @MaxLength(254) email!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) regencyCode?: string;
  @Field(() => String, { nullable: true }) agencyId?: string;
  @Field(() => [String], { nullable: true }) @ArrayMaxSize(50) coveredRegencyCodes?: string[];
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String) @MinLength(10) @MaxLength(200) token!: string;
  @Field(() => String) @MinLength(2) @MaxLength(200) displayName!: string;
  @Field(() => String) @MinLength(10) @MaxLength(200) password!: string;
}
