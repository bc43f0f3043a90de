export { Account, Invitation, Membership, Session } from './account.entities';
export { CapabilitiesGql } from './account.types';
export { AccountsResolver, ViewerResolver } from './accounts.resolver';
export { createAccount, ensureAdministrator, viewerForSessionToken, viewerOf } from './accounts.service';
export { assertAdmin, assertCanEditHostCalendar, assertCanManageMailOutbox, assertCanEditProgram, assertCanRecordAdoption, assertCanRequestVisitFor, canEditHostCalendar, canSeeProgramRevisions, canViewProgram, canViewVisit, hostEditorScopeOf, type HostScope, isOfficial, ownershipOf, programEditScope, type ProgramEditScope, regenciesTravellingFor, requireViewer, seesNationalDetails, viewerCanEdit, type VisitParties, visitSidesOf } from './authorization';
export { ACCOUNT_MAIL_TEMPLATES } from './invitation-mail';
