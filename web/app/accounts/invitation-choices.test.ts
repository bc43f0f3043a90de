import { describe, expect, it } from 'vitest';
import { invitationChoicesFor, invitesPeople, parseScopeValue, scopeValue } from './invitation-choices';
import { viewerWith } from './viewer-fixture';

describe('invitationChoicesFor', () => {
  it('lets an admin invite every role anywhere, naming a coordinator’s regencies', () => {
    expect(invitationChoicesFor(viewerWith({ role: 'ADMIN' }))).toEqual({
      roles: ['HOST_EDITOR', 'COORDINATOR', 'DELEGATE', 'ADMIN'],
      scopes: 'any',
      namesCoveredRegencies: true,
    });
  });

  it('lets a host editor invite host editors of exactly its own regency or agency', () => {
    const editor = viewerWith(
      { role: 'HOST_EDITOR', regencyCode: '64.74' },
      { role: 'HOST_EDITOR', agencyId: 'dinas-perkim' }
    );
    expect(invitationChoicesFor(editor)).toEqual({
      roles: ['HOST_EDITOR'],
      scopes: [
        { regencyCode: '64.74', agencyId: null },
        { regencyCode: null, agencyId: 'dinas-perkim' },
      ],
      namesCoveredRegencies: false,
    });
  });

  it('lets a coordinator invite delegates for the regencies it covers, each once', () => {
    const coordinator = viewerWith(
      { role: 'COORDINATOR', agencyId: 'perkim-kalsel', coveredRegencyCodes: ['63.01', '63.02'] },
      { role: 'COORDINATOR', coveredRegencyCodes: ['63.02'] }
    );
    expect(invitationChoicesFor(coordinator)).toEqual({
      roles: ['DELEGATE'],
      scopes: [
        { regencyCode: '63.01', agencyId: null },
        { regencyCode: '63.02', agencyId: null },
      ],
      namesCoveredRegencies: false,
    });
  });

  it('offers nothing to delegates, to coordinators without regencies and to visitors', () => {
    expect(invitesPeople(viewerWith({ role: 'DELEGATE', regencyCode: '63.01' }))).toBe(false);
    expect(invitesPeople(viewerWith({ role: 'COORDINATOR', agencyId: 'x' }))).toBe(false);
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
