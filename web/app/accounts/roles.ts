import { type Viewer } from './viewer.server';

export type Role = Viewer['memberships'][number]['role'];

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return viewer?.memberships.some((membership) => roles.includes(membership.role)) ?? false;
}

/** Host editors (and admins) keep program profiles, calendars and incoming visit requests. */
export function hostsPrograms(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'HOST_EDITOR', 'ADMIN');
}

/** Coordinators and delegates request study visits for the regencies they act for. */
export function requestsVisits(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'COORDINATOR', 'DELEGATE', 'ADMIN');
}

/** Officials (anyone with a role) may see the phone numbers and e-mail addresses of program contacts. */
export function isOfficial(viewer: Viewer | null): boolean {
  return (viewer?.memberships.length ?? 0) > 0;
}

/** Regencies the viewer may bring on a study visit (own regency and those a coordinator covers). */
export function regenciesActedFor(viewer: Viewer | null): string[] {
  const codes = new Set<string>();
  for (const membership of viewer?.memberships ?? []) {
    if (membership.regencyCode) codes.add(membership.regencyCode);
    for (const code of membership.coveredRegencyCodes) codes.add(code);
  }
  return [...codes];
}

/** Regencies whose programs and calendars the viewer keeps; null for an admin, who keeps them all. */
export function hostedRegencyCodes(viewer: Viewer | null): string[] | null {
  if (hasRole(viewer, 'ADMIN')) return null;
  const codes = (viewer?.memberships ?? [])
    .filter((membership) => membership.role === 'HOST_EDITOR' && membership.regencyCode)
    .map((membership) => membership.regencyCode!);
  return [...new Set(codes)];
}
