import { type Viewer, type ViewerMembership } from '../core/viewer';

/** A viewer with the given memberships, for the pure rule tests (no database). */
export function viewerWith(...memberships: Partial<ViewerMembership>[]): Viewer {
  return {
    accountId: 'a',
    email: 'a@tiru.test',
    displayName: 'A',
    memberships: memberships.map((membership) => ({ role: 'DELEGATE', regencyCode: null, agencyId: null, coveredRegencyCodes: [], ...membership })),
  };
}

/**
 * The people every rule is tried against: around Kota Bontang (64.74), whose programs Dinas Perkim Bontang leads,
 * and Kota Prabumulih (16.74); a South Kalimantan coordinator; a Tangerang Selatan (36.74) delegate.
 */
export const cast = {
  anonymous: null,
  'signed in, no role': viewerWith(),
  admin: viewerWith({ role: 'ADMIN' }),
  'Bontang host editor': viewerWith({ role: 'HOST_EDITOR', regencyCode: '64.74' }),
  'Prabumulih host editor': viewerWith({ role: 'HOST_EDITOR', regencyCode: '16.74' }),
  'Perkim Bontang host editor (agency)': viewerWith({ role: 'HOST_EDITOR', agencyId: 'perkim-bontang' }),
  'other agency host editor': viewerWith({ role: 'HOST_EDITOR', agencyId: 'perkim-prabumulih' }),
  'Kalsel coordinator': viewerWith({ role: 'COORDINATOR', agencyId: 'perkim-kalsel', coveredRegencyCodes: ['63.09', '63.72'] }),
  'Tangsel delegate': viewerWith({ role: 'DELEGATE', regencyCode: '36.74' }),
  'Bontang delegate': viewerWith({ role: 'DELEGATE', regencyCode: '64.74' }),
} satisfies Record<string, Viewer | null>;

export type CastMember = keyof typeof cast;

/** `it.each` rows: one per member of the cast, with what the rule must answer for them. */
export function forEveryone<T>(expected: Record<CastMember, T>): [CastMember, Viewer | null, T][] {
  return (Object.keys(cast) as CastMember[]).map((who) => [who, cast[who], expected[who]]);
}
