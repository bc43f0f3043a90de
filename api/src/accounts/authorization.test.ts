import { describe, expect, it } from 'vitest';
import { assertCanInvite, canActForRegency, canEditProgram, invitationSenderFilter, isOfficial } from './authorization';
import { type Viewer, type ViewerMembership } from './viewer';

function viewer(...memberships: Partial<ViewerMembership>[]): Viewer {
  return {
    accountId: 'a',
    email: 'a@tiru.test',
    displayName: 'A',
    memberships: memberships.map((membership) => ({ role: 'DELEGATE', regencyCode: null, agencyId: null, coveredRegencyCodes: [], ...membership })),
  };
}

const bontangProgram = { hostRegencyCode: '64.74', leadAgencyId: 'perkim-bontang' };

describe('who may edit a program', () => {
  it.each([
    ['nobody signed in', null, false],
    ['an admin', viewer({ role: 'ADMIN' }), true],
    ['a host editor of Kota Bontang', viewer({ role: 'HOST_EDITOR', regencyCode: '64.74' }), true],
    ['a host editor of Kota Prabumulih', viewer({ role: 'HOST_EDITOR', regencyCode: '16.74' }), false],
    ['a host editor of the lead agency', viewer({ role: 'HOST_EDITOR', agencyId: 'perkim-bontang' }), true],
    ['a host editor of another agency', viewer({ role: 'HOST_EDITOR', agencyId: 'perkim-prabumulih' }), false],
    ['a delegate from Kota Bontang', viewer({ role: 'DELEGATE', regencyCode: '64.74' }), false],
    ['a coordinator covering Kota Bontang', viewer({ role: 'COORDINATOR', coveredRegencyCodes: ['64.74'] }), false],
  ])('%s: %s', (_who, person, allowed) => {
    expect(canEditProgram(person, bontangProgram)).toBe(allowed);
  });
});

describe('officials and regions acted for', () => {
  it('treats anyone with a membership as an official, and anonymous visitors not', () => {
    expect(isOfficial(null)).toBe(false);
    expect(isOfficial(viewer())).toBe(false);
    expect(isOfficial(viewer({ role: 'DELEGATE', regencyCode: '36.74' }))).toBe(true);
  });

  it('lets a coordinator act for every regency it covers', () => {
    const coordinator = viewer({ role: 'COORDINATOR', agencyId: 'perkim-kalsel', coveredRegencyCodes: ['63.09', '63.72'] });
    expect(canActForRegency(coordinator, '63.72')).toBe(true);
    expect(canActForRegency(coordinator, '64.74')).toBe(false);
  });
});

describe('who may invite whom', () => {
  const scope = { role: 'HOST_EDITOR' as const, regencyCode: '64.74', agencyId: null, coveredRegencyCodes: [] };
  it('lets a host editor invite a colleague of the same regency only', () => {
    expect(() => assertCanInvite(viewer({ role: 'HOST_EDITOR', regencyCode: '64.74' }), scope)).not.toThrow();
    expect(() => assertCanInvite(viewer({ role: 'HOST_EDITOR', regencyCode: '16.74' }), scope)).toThrow(/may not invite/);
  });
  it('refuses anonymous invitations as unauthenticated', () => {
    expect(() => assertCanInvite(null, scope)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });
});

describe('whose pending invitations a person sees', () => {
  it('shows an admin everyone\'s, anyone else only their own, and nobody signed out any', () => {
    expect(invitationSenderFilter(viewer({ role: 'ADMIN' }))).toBeNull();
    expect(invitationSenderFilter(viewer({ role: 'HOST_EDITOR', regencyCode: '64.74' }))).toBe('a');
    expect(() => invitationSenderFilter(null)).toThrow();
  });
});
