import { NotAllowed, NotAuthenticated } from '../errors';
import { type Role } from '../core';
import { type VisitSide } from '../core';
import { type Viewer, type ViewerMembership } from '../core';

/**
 * Every authorization rule of Tiru, in one place. Services call these before they change anything;
 * resolvers never decide who may do what.
 */

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new NotAuthenticated();
  return viewer;
}

export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.memberships.some((membership) => membership.role === 'ADMIN') ?? false;
}

/** Officials are signed-in people with a role in a government body; they may see contact details. */
export function isOfficial(viewer: Viewer | null): boolean {
  return (viewer?.memberships.length ?? 0) > 0;
}

export type ProgramOwnership = { hostRegencyCode: string; leadAgencyId: string | null };

function editsProgram(membership: ViewerMembership, program: ProgramOwnership): boolean {
  if (membership.role !== 'HOST_EDITOR') return false;
  if (membership.regencyCode) return membership.regencyCode === program.hostRegencyCode;
  return membership.agencyId !== null && membership.agencyId === program.leadAgencyId;
}

export function canEditProgram(viewer: Viewer | null, program: ProgramOwnership): boolean {
  if (!viewer) return false;
  return isAdmin(viewer) || viewer.memberships.some((membership) => editsProgram(membership, program));
}

export function assertCanEditProgram(viewer: Viewer | null, program: ProgramOwnership, regencyName: string): void {
  const signedIn = requireViewer(viewer);
  if (!canEditProgram(signedIn, program)) {
    throw new NotAllowed(`You are not a host editor of ${regencyName}, so you cannot change its programs.`);
  }
}

// ---------------------------------------------------------------- programs

/**
 * What a person's host-editor memberships hold, read the way `canEditProgram` and `canEditHostCalendar` read them:
 * a membership naming a regency holds that regency; one naming only an agency holds that agency.
 */
export type HostEditorScope = { regencyCodes: string[]; agencyIds: string[] };

export function hostEditorScopeOf(viewer: Viewer | null): HostEditorScope {
  const hostEditors = viewer?.memberships.filter((membership) => membership.role === 'HOST_EDITOR') ?? [];
  return {
    regencyCodes: [...new Set(hostEditors.flatMap((membership) => (membership.regencyCode ? [membership.regencyCode] : [])))],
    agencyIds: [...new Set(hostEditors.flatMap((membership) => (!membership.regencyCode && membership.agencyId ? [membership.agencyId] : [])))],
  };
}

/** A program as the rules see it: an entity or a catalog card, both name their host and lead agency this way. */
export type OwnedProgram = { hostRegency: { code: string }; leadAgency?: { id: string } | null; publication: string };

export function ownershipOf(program: Omit<OwnedProgram, 'publication'>): ProgramOwnership {
  return { hostRegencyCode: program.hostRegency.code, leadAgencyId: program.leadAgency?.id ?? null };
}

/** Whether the viewer may edit the program: its host's officials, its lead agency's, and admins. */
export function viewerCanEdit(viewer: Viewer | null, program: Omit<OwnedProgram, 'publication'>): boolean {
  return canEditProgram(viewer, ownershipOf(program));
}

/** Anyone sees a published program; drafts and archived ones only those who may edit them. */
export function canViewProgram(viewer: Viewer | null, program: OwnedProgram): boolean {
  return program.publication === 'PUBLISHED' || viewerCanEdit(viewer, program);
}

/** A program's change history is for those who may edit it. */
export function canSeeProgramRevisions(viewer: Viewer | null, program: Omit<OwnedProgram, 'publication'>): boolean {
  return viewerCanEdit(viewer, program);
}

/**
 * Which programs a person may edit, as the catalog filters them (the same rule as `canEditProgram`):
 * every one for an admin, else those hosted by a regency or led by an agency of their host-editor memberships.
 * (The same scope, read against calendars, gives the host calendars a person keeps: `canEditHostCalendar`.)
 */
export type ProgramEditScope = { everyProgram: true } | ({ everyProgram: false } & HostEditorScope);

export function programEditScope(viewer: Viewer | null): ProgramEditScope {
  if (isAdmin(viewer)) return { everyProgram: true };
  return { everyProgram: false, ...hostEditorScopeOf(viewer) };
}

/** Regencies a person may act for as a visiting delegation or as an adopter of a program. */
export function regenciesActedFor(viewer: Viewer): Set<string> {
  const codes = new Set<string>();
  for (const membership of viewer.memberships) {
    if (membership.regencyCode) codes.add(membership.regencyCode);
    for (const code of membership.coveredRegencyCodes) codes.add(code);
  }
  return codes;
}

export function canActForRegency(viewer: Viewer | null, regencyCode: string): boolean {
  if (!viewer) return false;
  return isAdmin(viewer) || regenciesActedFor(viewer).has(regencyCode);
}

export function assertCanRecordAdoption(
  viewer: Viewer | null,
  adopterRegencyCode: string,
  program: ProgramOwnership,
): void {
  const signedIn = requireViewer(viewer);
  if (canActForRegency(signedIn, adopterRegencyCode) || canEditProgram(signedIn, program)) return;
  throw new NotAllowed('Only the adopting region or the program host may record an adoption.');
}

export type InvitationScope = { role: Role; regencyCode: string | null; agencyId: string | null; coveredRegencyCodes: string[] };

/** A place someone may be invited into: a regency, an agency, or both. */
export type InvitationPlace = { regencyCode: string | null; agencyId: string | null };

export type AllowedInvitation = { role: Role } & InvitationPlace;

/**
 * What one membership lets its holder invite: a host editor, fellow host editors of exactly its own
 * regency or agency; a coordinator, delegates for each regency it covers.
 */
function invitationsAllowedBy(membership: ViewerMembership): AllowedInvitation[] {
  if (membership.role === 'HOST_EDITOR') return [{ role: 'HOST_EDITOR', regencyCode: membership.regencyCode, agencyId: membership.agencyId }];
  if (membership.role === 'COORDINATOR') return membership.coveredRegencyCodes.map((regencyCode) => ({ role: 'DELEGATE', regencyCode, agencyId: null }));
  return [];
}

/** A delegate's office within the regency is the inviter's to name; a host editor's place must match exactly. */
function allows(allowed: AllowedInvitation, scope: InvitationScope): boolean {
  if (allowed.role !== scope.role || allowed.regencyCode !== scope.regencyCode) return false;
  return allowed.role === 'DELEGATE' || allowed.agencyId === scope.agencyId;
}

/** Admins invite anyone; everyone else what one of their memberships allows. */
export function assertCanInvite(viewer: Viewer | null, scope: InvitationScope): void {
  const signedIn = requireViewer(viewer);
  if (isAdmin(signedIn)) return;
  const allowed = signedIn.memberships.some((membership) => invitationsAllowedBy(membership).some((invitation) => allows(invitation, scope)));
  if (!allowed) throw new NotAllowed(`You may not invite a ${scope.role.toLowerCase().replace('_', ' ')} for that region.`);
}

/** What an invitation form may offer a person: what `assertCanInvite` accepts from them. */
export type InvitationChoices = {
  roles: Role[];
  /** An admin picks any regency or agency; anyone else one of `scopes`. */
  anyScope: boolean;
  scopes: InvitationPlace[];
  /** Only admins name the regencies a new coordinator covers. */
  namesCoveredRegencies: boolean;
};

const ROLES_ADMINS_INVITE: readonly Role[] = ['HOST_EDITOR', 'COORDINATOR', 'DELEGATE', 'ADMIN'];

/** The choices for the invitation form, from the same rules as `assertCanInvite`; null when the person may invite nobody. */
export function invitationChoicesOf(viewer: Viewer): InvitationChoices | null {
  if (isAdmin(viewer)) return { roles: [...ROLES_ADMINS_INVITE], anyScope: true, scopes: [], namesCoveredRegencies: true };
  // A form offers places that name a regency or an agency.
  const allowed = viewer.memberships.flatMap(invitationsAllowedBy).filter((invitation) => invitation.regencyCode || invitation.agencyId);
  if (allowed.length === 0) return null;
  const scopes: InvitationPlace[] = [];
  for (const { regencyCode, agencyId } of allowed) {
    if (!scopes.some((known) => known.regencyCode === regencyCode && known.agencyId === agencyId)) scopes.push({ regencyCode, agencyId });
  }
  return { roles: [...new Set(allowed.map((invitation) => invitation.role))], anyScope: false, scopes, namesCoveredRegencies: false };
}

/** Whose pending invitations a person may list: everyone's for an admin (null), otherwise only their own. */
export function invitationSenderFilter(viewer: Viewer | null): string | null {
  const signedIn = requireViewer(viewer);
  return isAdmin(signedIn) ? null : signedIn.accountId;
}

export function assertAdmin(viewer: Viewer | null): void {
  if (!isAdmin(requireViewer(viewer))) throw new NotAllowed('Only administrators may do this.');
}

/** Reads the mail outbox and sends a message again: administrators only (the messages hold addresses and links). */
export function canManageMailOutbox(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

export function assertCanManageMailOutbox(viewer: Viewer | null): void {
  if (!canManageMailOutbox(requireViewer(viewer))) throw new NotAllowed('Only administrators may read or resend queued e-mail.');
}

/** The national picture's unpublished detail (visit requests not yet visited, per region): coordinators and administrators. */
export function seesNationalDetails(viewer: Viewer | null): boolean {
  return isAdmin(viewer) || (viewer?.memberships.some((membership) => membership.role === 'COORDINATOR') ?? false);
}

/** A host regency, and the office that receives delegations for it when the host names one. */
export type HostScope = { hostRegencyCode: string; hostAgencyId: string | null };

function editsForHost(membership: ViewerMembership, host: HostScope): boolean {
  if (membership.role !== 'HOST_EDITOR') return false;
  if (membership.regencyCode) return membership.regencyCode === host.hostRegencyCode;
  return membership.agencyId !== null && membership.agencyId === host.hostAgencyId;
}

export function canEditHostCalendar(viewer: Viewer | null, host: HostScope): boolean {
  if (!viewer) return false;
  return isAdmin(viewer) || viewer.memberships.some((membership) => editsForHost(membership, host));
}

export function assertCanEditHostCalendar(viewer: Viewer | null, host: HostScope, regencyName: string): void {
  if (!canEditHostCalendar(requireViewer(viewer), host)) {
    throw new NotAllowed(`You are not a host editor of ${regencyName}, so you cannot change when it receives visits.`);
  }
}

/** Who takes part in a study visit: the host, and the delegation of visiting regencies and agencies. */
export type VisitParties = HostScope & {
  visitingRegencyCodes: string[];
  visitingAgencyIds: string[];
  coordinatorAgencyId: string | null;
  requesterAccountId: string | null;
};

function travelsWith(membership: ViewerMembership, parties: VisitParties): boolean {
  if (membership.role !== 'COORDINATOR' && membership.role !== 'DELEGATE') return false;
  const regencies = [membership.regencyCode, ...membership.coveredRegencyCodes];
  if (regencies.some((code) => code !== null && parties.visitingRegencyCodes.includes(code))) return true;
  const agencyId = membership.agencyId;
  return agencyId !== null && (agencyId === parties.coordinatorAgencyId || parties.visitingAgencyIds.includes(agencyId));
}

/**
 * The sides a person speaks for on a visit: HOST for the host regency's editors; REQUESTER for the
 * requester and for coordinators and delegates of a visiting regency or agency. Admins see every
 * visit but speak for neither side.
 */
export function visitSidesOf(viewer: Viewer | null, parties: VisitParties): VisitSide[] {
  if (!viewer) return [];
  const sides: VisitSide[] = [];
  if (viewer.memberships.some((membership) => editsForHost(membership, parties))) sides.push('HOST');
  const requests = viewer.accountId === parties.requesterAccountId || viewer.memberships.some((membership) => travelsWith(membership, parties));
  if (requests) sides.push('REQUESTER');
  return sides;
}

export function canViewVisit(viewer: Viewer | null, parties: VisitParties): boolean {
  return isAdmin(viewer) || visitSidesOf(viewer, parties).length > 0;
}

/**
 * The visiting regencies whose intent to replicate a person answers for in a visit's feedback: the requester and
 * the visit's coordinating agency answer for every visiting regency; any other coordinator or delegate for the
 * visiting regencies it holds or covers. The host and admins answer for none.
 */
export function replicationRegenciesOf(viewer: Viewer | null, parties: VisitParties): string[] {
  if (!viewer) return [];
  const coordinates = parties.coordinatorAgencyId !== null && viewer.memberships.some(
    (membership) => membership.role === 'COORDINATOR' && membership.agencyId === parties.coordinatorAgencyId,
  );
  if (viewer.accountId === parties.requesterAccountId || coordinates) return [...parties.visitingRegencyCodes];
  const own = regenciesTravellingFor(viewer);
  return parties.visitingRegencyCodes.filter((code) => own.has(code));
}

/** Refuses an answer about a visiting regency the person does not speak for (`replicationRegenciesOf`). */
export function assertCanAnswerReplicationFor(viewer: Viewer | null, parties: VisitParties, regency: { code: string; name: string }): void {
  if (!replicationRegenciesOf(requireViewer(viewer), parties).includes(regency.code)) {
    throw new NotAllowed(`Only the coordinator or a delegate of ${regency.name} answers what ${regency.name} will replicate.`);
  }
}

/** Regencies a coordinator or delegate may bring on a study visit. */
export function regenciesTravellingFor(viewer: Viewer): Set<string> {
  const codes = new Set<string>();
  for (const membership of viewer.memberships) {
    if (membership.role !== 'COORDINATOR' && membership.role !== 'DELEGATE') continue;
    if (membership.regencyCode) codes.add(membership.regencyCode);
    for (const code of membership.coveredRegencyCodes) codes.add(code);
  }
  return codes;
}

/** A visit is requested by a coordinator or delegate who acts for every visiting regency. */
export function assertCanRequestVisitFor(viewer: Viewer | null, visitingRegencies: { code: string; name: string }[]): void {
  const travelling = regenciesTravellingFor(requireViewer(viewer));
  const foreign = visitingRegencies.filter((regency) => !travelling.has(regency.code));
  if (foreign.length > 0) {
    throw new NotAllowed(
      `Only a coordinator or delegate acting for ${foreign.map((regency) => regency.name).join(', ')} may request a visit on its behalf.`,
    );
  }
}

/**
 * What a person's roles open on the site, worked out from the rules above so that the web shows only what the
 * API will let them do (served as `me { capabilities }`).
 */
export type Capabilities = {
  /** Keeps program profiles: an admin every regency's, a host editor those of `programRegencyCodes`. */
  editsPrograms: boolean;
  /** Regencies whose programs the person keeps; null for an admin, who keeps them all. */
  programRegencyCodes: string[] | null;
  /** Agencies whose programs the person keeps as their lead agency, whatever regency hosts them (`canEditProgram`). */
  programAgencyIds: string[];
  /** Answers visit requests as the host (host editors; admins see every visit but speak for neither side). */
  answersVisitRequests: boolean;
  /** Regencies the person may bring on a study visit, as `assertCanRequestVisitFor` checks; none: no requests. */
  travelsForRegencyCodes: string[];
  /** Sees the phone numbers and e-mail addresses of program contacts (`isOfficial`). */
  seesContactDetails: boolean;
  /** Lists and manages accounts: an admin all of them, anyone else those holding a role they could grant. */
  managesAccounts: boolean;
  /** Reads the mail outbox and resends its messages (`canManageMailOutbox`). */
  managesMailOutbox: boolean;
  /** Sees the national picture's detail for coordinators and administrators (`seesNationalDetails`). */
  seesNationalDetails: boolean;
};

export function capabilitiesOf(viewer: Viewer): Capabilities {
  const hostEditor = viewer.memberships.some((membership) => membership.role === 'HOST_EDITOR');
  const admin = isAdmin(viewer);
  return {
    editsPrograms: admin || hostEditor,
    programRegencyCodes: admin ? null : hostEditorScopeOf(viewer).regencyCodes,
    programAgencyIds: admin ? [] : hostEditorScopeOf(viewer).agencyIds,
    answersVisitRequests: hostEditor,
    travelsForRegencyCodes: [...regenciesTravellingFor(viewer)],
    seesContactDetails: isOfficial(viewer),
    managesAccounts: admin || viewer.memberships.some((membership) => invitationsAllowedBy(membership).length > 0),
    managesMailOutbox: canManageMailOutbox(viewer),
    seesNationalDetails: seesNationalDetails(viewer),
  };
}

// ---------------------------------------------------------------- account lifecycle

/**
 * Whether a person may grant or withdraw a membership like this one: the rule of `assertCanInvite` — an admin any
 * membership, a host editor fellow host editors of exactly its regency or agency, a coordinator delegates of the
 * regencies it covers.
 */
export function canManageMembership(viewer: Viewer | null, membership: InvitationScope): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer)) return true;
  return viewer.memberships.some((own) => invitationsAllowedBy(own).some((allowed) => allows(allowed, membership)));
}

export function assertCanManageMembership(viewer: Viewer | null, membership: InvitationScope): void {
  if (!canManageMembership(requireViewer(viewer), membership)) throw new NotAllowed('You may not grant or withdraw this role.');
}

/**
 * Whether a person may deactivate an account, or see and end its sessions: an admin any account but their own; anyone
 * else an account with a role, every role of which they could grant (so a host editor never reaches a coordinator who
 * also edits for them, nor an admin).
 */
export function canManageAccount(viewer: Viewer | null, account: { accountId: string; memberships: InvitationScope[] }): boolean {
  if (!viewer || viewer.accountId === account.accountId) return false;
  if (isAdmin(viewer)) return true;
  return account.memberships.length > 0 && account.memberships.every((membership) => canManageMembership(viewer, membership));
}

export function assertCanManageAccount(viewer: Viewer | null, account: { accountId: string; memberships: InvitationScope[] }): void {
  const signedIn = requireViewer(viewer);
  if (!canManageAccount(signedIn, account)) throw new NotAllowed('You may not manage this account.');
}

/** Whose accounts a person may list: every one (null) for an admin; else those holding a membership they could grant. */
export function accountDirectoryScopeOf(viewer: Viewer | null): AllowedInvitation[] | null {
  const signedIn = requireViewer(viewer);
  if (isAdmin(signedIn)) return null;
  const scope = signedIn.memberships.flatMap(invitationsAllowedBy);
  if (scope.length === 0) throw new NotAllowed('You may not manage accounts.');
  return scope;
}

/** An invitation is revoked by whoever sent it, or whoever could have sent it. */
export function canRevokeInvitation(viewer: Viewer | null, invitation: InvitationScope & { invitedByAccountId: string | null }): boolean {
  if (!viewer) return false;
  return viewer.accountId === invitation.invitedByAccountId || canManageMembership(viewer, invitation);
}

export function assertCanRevokeInvitation(viewer: Viewer | null, invitation: InvitationScope & { invitedByAccountId: string | null }): void {
  if (!canRevokeInvitation(requireViewer(viewer), invitation)) throw new NotAllowed('You may not revoke this invitation.');
}
