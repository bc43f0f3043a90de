export { Account, Invitation, Membership, Session } from './account.entities';
export { CapabilitiesGql, RoleEnum } from './account.types';
export { AccountsResolver, ViewerResolver } from './accounts.resolver';
export { addMembership, assertScopeExists, createAccount, ensureAdministrator, type MembershipInput, tokenHash, viewerForSessionToken, viewerOf } from './accounts.service';
export { accountDirectoryScopeOf, type AllowedInvitation, assertCanManageAccount, assertCanManageMembership, assertCanRevokeInvitation, canManageAccount, canManageMembership } from './authorization';
export { assertAdmin, assertCanEditHostCalendar, assertCanAnswerReplicationFor, assertCanManageMailOutbox, assertCanEditProgram, assertCanRecordAdoption, assertCanRequestVisitFor, canEditHostCalendar, canSeeProgramRevisions, canViewProgram, canViewVisit, hostEditorScopeOf, type HostScope, isOfficial, ownershipOf, programEditScope, type ProgramEditScope, regenciesTravellingFor, replicationRegenciesOf, requireViewer, seesNationalDetails, viewerCanEdit, type VisitParties, visitSidesOf } from './authorization';
export { ACCOUNT_MAIL_TEMPLATES } from './invitation-mail';
