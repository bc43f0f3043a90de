import { type Viewer } from './viewer.server';

export type Role = Viewer['memberships'][number]['role'];

// What a person's roles open is the API's to say (`me { capabilities }`); these only read it.

/** Keeps program profiles (host editors of their regencies, admins of all). */
export function keepsPrograms(viewer: Viewer | null): boolean {
  return viewer?.capabilities.editsPrograms ?? false;
}

/** Lists and manages accounts (admins all, host editors and coordinators those holding a role they could grant). */
export function managesAccounts(viewer: Viewer | null): boolean {
  return viewer?.capabilities.managesAccounts ?? false;
}

/** Answers study-visit requests as the host. */
export function answersVisitRequests(viewer: Viewer | null): boolean {
  return viewer?.capabilities.answersVisitRequests ?? false;
}

/** Requests study visits, for the regencies of `regenciesTravellingFor`. */
export function requestsVisits(viewer: Viewer | null): boolean {
  return regenciesTravellingFor(viewer).length > 0;
}

/** Regencies the viewer may bring on a study visit. */
export function regenciesTravellingFor(viewer: Viewer | null): string[] {
  return viewer?.capabilities.travelsForRegencyCodes ?? [];
}

/** Regencies whose programs the viewer keeps; null for an admin, who keeps them all. */
export function programRegencyCodes(viewer: Viewer | null): string[] | null {
  return viewer ? viewer.capabilities.programRegencyCodes : [];
}

/** Regencies whose host calendar is the viewer's to keep. */
export function hostCalendarRegencyCodes(viewer: Viewer | null): string[] {
  return viewer?.capabilities.hostCalendarRegencyCodes ?? [];
}

/** Sees the phone numbers and e-mail addresses of program contacts. */
export function seesContactDetails(viewer: Viewer | null): boolean {
  return viewer?.capabilities.seesContactDetails ?? false;
}

/** Reads the mail outbox and resends its messages (administrators). */
export function managesMailOutbox(viewer: Viewer | null): boolean {
  return viewer?.capabilities.managesMailOutbox ?? false;
}

/** Sees the national picture's detail: regions that asked for visits and were not visited. */
export function seesNationalDetails(viewer: Viewer | null): boolean {
  return viewer?.capabilities.seesNationalDetails ?? false;
}

/**
 * Where the viewer may start a program, as the API's capabilities say: the host regencies (null: every one) and,
 * when the right comes from an agency, the lead agencies the program must name (null: any or none).
 */
export function newProgramScope(viewer: Viewer | null): { regencyCodes: string[] | null; leadAgencyIds: string[] | null } {
  const leadAgencyIds = viewer?.capabilities.programAgencyIds ?? [];
  if (leadAgencyIds.length === 0) return { regencyCodes: programRegencyCodes(viewer), leadAgencyIds: null };
  return { regencyCodes: null, leadAgencyIds };
}
