import { describe, expect, it } from 'vitest';
import { invitationChoicesFor, invitesPeople, parseScopeValue, scopeValue } from './invitation-choices';
import { invitingAs, viewerWith } from './viewer-fixture';

describe('invitationChoicesFor', () => {
  it('reads the API’s choices, an admin’s as any scope', () => {
    const admin = invitingAs(viewerWith({ role: 'ADMIN' }), {
      roles: ['HOST_EDITOR', 'COORDINATOR', 'DELEGATE', 'ADMIN'],
      anyScope: true,
      namesCoveredRegencies: true,
    });
    expect(invitationChoicesFor(admin)).toEqual({ roles: ['HOST_EDITOR', 'COORDINATOR', 'DELEGATE', 'ADMIN'], scopes: 'any', namesCoveredRegencies: true });
    const scopes = [{ regencyCode: '63.01', agencyId: null }];
    const coordinator = invitingAs(viewerWith({ role: 'COORDINATOR', coveredRegencyCodes: ['63.01'] }), { roles: ['DELEGATE'], scopes });
    expect(invitationChoicesFor(coordinator)).toEqual({ roles: ['DELEGATE'], scopes, namesCoveredRegencies: false });
  });

  it('offers nothing when the API offers nothing, or nobody is signed in', () => {
    expect(invitesPeople(viewerWith({ role: 'DELEGATE', regencyCode: '63.01' }))).toBe(false);
    expect(invitesPeople(null)).toBe(false);
  });
});

describe('scope values', () => {
  it('round-trips a regency, an agency and both', () => {
    for (const scope of [
      { regencyCode: '64.74', agencyId: null },
      { regencyCode: null, agencyId: 'a-1' },
      { regencyCode: '64.74', agencyId: 'a-1' },
    ]) {
      expect(parseScopeValue(scopeValue(scope))).toEqual(scope);
    }
  });

  it('refuses values that name no place', () => {
    expect(parseScopeValue('/')).toBeNull();
    expect(parseScopeValue('64.74')).toBeNull();
    expect(parseScopeValue('a/b/c')).toBeNull();
  });
});
