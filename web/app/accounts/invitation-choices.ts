import { hasRole, type Role } from './roles';
import { type Viewer } from './viewer.server';

/** Where an invited role applies: a regency, an agency, or (for an admin) nowhere in particular. */
export interface InvitationScope {
  regencyCode: string | null;
  agencyId: string | null;
}

/** What the invitation form offers a person; the API's `assertCanInvite` decides in the end. */
export interface InvitationChoices {
  roles: Role[];
  /** The scopes the person may invite into; `any` for an admin, who picks any regency or agency. */
  scopes: InvitationScope[] | 'any';
  /** Only admins name the regencies a new coordinator covers. */
  namesCoveredRegencies: boolean;
}

export const allRoles: readonly Role[] = ['HOST_EDITOR', 'COORDINATOR', 'DELEGATE', 'ADMIN'];

/**
 * The API's rules (api/src/accounts/authorization.ts) as choices: admins invite anyone anywhere; a host editor
 * invites fellow host editors of exactly its own regency or agency; a coordinator invites delegates for the
 * regencies it covers. Null when the person may invite nobody.
 */
export function invitationChoicesFor(viewer: Viewer | null): InvitationChoices | null {
  if (!viewer) return null;
  if (hasRole(viewer, 'ADMIN')) return { roles: [...allRoles], scopes: 'any', namesCoveredRegencies: true };
  const roles: Role[] = [];
  const scopes: InvitationScope[] = [];
  const addScope = (scope: InvitationScope) => {
    const known = scopes.some((other) => other.regencyCode === scope.regencyCode && other.agencyId === scope.agencyId);
    if (!known) scopes.push(scope);
  };
  for (const membership of viewer.memberships) {
    if (membership.role === 'HOST_EDITOR' && (membership.regencyCode || membership.agencyId)) {
      if (!roles.includes('HOST_EDITOR')) roles.push('HOST_EDITOR');
      addScope({ regencyCode: membership.regencyCode ?? null, agencyId: membership.agencyId ?? null });
    }
    if (membership.role === 'COORDINATOR' && membership.coveredRegencyCodes.length > 0) {
      if (!roles.includes('DELEGATE')) roles.push('DELEGATE');
      for (const regencyCode of membership.coveredRegencyCodes) addScope({ regencyCode, agencyId: null });
    }
  }
  return roles.length > 0 ? { roles, scopes, namesCoveredRegencies: false } : null;
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
