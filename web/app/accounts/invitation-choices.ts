import { type Role } from './roles';
import { type Viewer } from './viewer.server';

/** Where an invited role applies: a regency, an agency, or (for an admin) nowhere in particular. */
export interface InvitationScope {
  regencyCode: string | null;
  agencyId: string | null;
}

/** What the invitation form offers a person, as the API works it out (`invitationChoices` of `me`). */
export interface InvitationChoices {
  roles: Role[];
  /** The scopes the person may invite into; `any` for an admin, who picks any regency or agency. */
  scopes: InvitationScope[] | 'any';
  /** Only admins name the regencies a new coordinator covers. */
  namesCoveredRegencies: boolean;
}

/** Null when the person may invite nobody. */
export function invitationChoicesFor(viewer: Viewer | null): InvitationChoices | null {
  const choices = viewer?.invitationChoices;
  if (!choices) return null;
  return { roles: choices.roles, scopes: choices.anyScope ? 'any' : choices.scopes, namesCoveredRegencies: choices.namesCoveredRegencies };
}

export function invitesPeople(viewer: Viewer | null): boolean {
  return invitationChoicesFor(viewer) !== null;
}

/** A scope as one form value: `64.74/` is Kota Bontang, `/<agency id>` an agency, `64.74/<id>` both. */
export function scopeValue(scope: InvitationScope): string {
  return `${scope.regencyCode ?? ''}/${scope.agencyId ?? ''}`;
}

export function parseScopeValue(value: string): InvitationScope | null {
  const match = /^([^/]*)\/([^/]*)$/.exec(value);
  if (!match || (!match[1] && !match[2])) return null;
  return { regencyCode: match[1] || null, agencyId: match[2] || null };
}
