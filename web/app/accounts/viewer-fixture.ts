import { type Viewer } from './viewer.server';

/** For unit tests: a signed-in person with the given memberships (unset parts empty). */
export function viewerWith(...memberships: Partial<Viewer['memberships'][number]>[]): Viewer {
  return {
    accountId: 'a1',
    displayName: 'Test',
    email: 'test@tiru.test',
    memberships: memberships.map((membership) => ({
      role: 'DELEGATE',
      regencyCode: null,
      agencyId: null,
      coveredRegencyCodes: [],
      ...membership,
    })),
  };
}
