import { describe, expect, it } from 'vitest';
import { forEveryone, viewerWith as viewer } from '../testing/viewer-cast';
import {
  accountDirectoryScopeOf,
  assertCanManageAccount,
  assertCanManageMembership,
  assertCanRevokeInvitation,
  canManageAccount,
  canManageMembership,
  canRevokeInvitation,
  type InvitationScope,
} from './authorization';

function outcomeOf(attempt: () => unknown): string {
  try {
    attempt();
    return 'allowed';
  } catch (error) {
    return (error as { code?: string }).code ?? 'threw';
  }
}

const scope = (role: InvitationScope['role'], place: Partial<InvitationScope> = {}): InvitationScope => ({
  role,
  regencyCode: null,
  agencyId: null,
  coveredRegencyCodes: [],
  ...place,
});

const bontangEditor = scope('HOST_EDITOR', { regencyCode: '64.74' });
const perkimEditor = scope('HOST_EDITOR', { agencyId: 'perkim-bontang' });
const banjarDelegate = scope('DELEGATE', { regencyCode: '63.09', agencyId: 'bappeda-banjar' });
const bontangDelegate = scope('DELEGATE', { regencyCode: '64.74' });
const administrator = scope('ADMIN');

type MembershipRow = { bontangEditor: boolean; perkimEditor: boolean; banjarDelegate: boolean; bontangDelegate: boolean; administrator: boolean };

describe('who may grant or withdraw which membership (canManageMembership, assertCanManageMembership)', () => {
  it.each(
    forEveryone<MembershipRow | 'UNAUTHENTICATED'>({
      anonymous: 'UNAUTHENTICATED',
      'signed in, no role': { bontangEditor: false, perkimEditor: false, banjarDelegate: false, bontangDelegate: false, administrator: false },
      admin: { bontangEditor: true, perkimEditor: true, banjarDelegate: true, bontangDelegate: true, administrator: true },
      'Bontang host editor': { bontangEditor: true, perkimEditor: false, banjarDelegate: false, bontangDelegate: false, administrator: false },
      'Prabumulih host editor': { bontangEditor: false, perkimEditor: false, banjarDelegate: false, bontangDelegate: false, administrator: false },
      'Perkim Bontang host editor (agency)': { bontangEditor: false, perkimEditor: true, banjarDelegate: false, bontangDelegate: false, administrator: false },
      'other agency host editor': { bontangEditor: false, perkimEditor: false, banjarDelegate: false, bontangDelegate: false, administrator: false },
      'Kalsel coordinator': { bontangEditor: false, perkimEditor: false, banjarDelegate: true, bontangDelegate: false, administrator: false },
      'Tangsel delegate': { bontangEditor: false, perkimEditor: false, banjarDelegate: false, bontangDelegate: false, administrator: false },
      'Bontang delegate': { bontangEditor: false, perkimEditor: false, banjarDelegate: false, bontangDelegate: false, administrator: false },
    }),
  )('%s: %j', (_who, person, expected) => {
    const memberships = { bontangEditor, perkimEditor, banjarDelegate, bontangDelegate, administrator };
    for (const [name, membership] of Object.entries(memberships)) {
      const allowed = expected !== 'UNAUTHENTICATED' && expected[name as keyof MembershipRow];
      expect(canManageMembership(person, membership), name).toBe(allowed);
      expect(outcomeOf(() => assertCanManageMembership(person, membership)), name).toBe(expected === 'UNAUTHENTICATED' ? expected : allowed ? 'allowed' : 'FORBIDDEN');
    }
  });
});

type AccountRow = { bontangEditorAccount: boolean; editorWhoAlsoCoordinates: boolean; roleless: boolean; adminAccount: boolean; self: boolean };

describe('whose account a person may deactivate and whose sessions end (canManageAccount, assertCanManageAccount)', () => {
  const accounts = {
    bontangEditorAccount: { accountId: 'b', memberships: [bontangEditor] },
    // A role the Bontang host editor could not grant puts the whole account out of their reach.
    editorWhoAlsoCoordinates: { accountId: 'c', memberships: [bontangEditor, scope('COORDINATOR', { agencyId: 'perkim-kalsel', coveredRegencyCodes: ['63.09'] })] },
    roleless: { accountId: 'd', memberships: [] },
    adminAccount: { accountId: 'e', memberships: [administrator] },
    self: { accountId: 'a', memberships: [bontangEditor] },
  };
  it.each(
    forEveryone<AccountRow | 'UNAUTHENTICATED'>({
      anonymous: 'UNAUTHENTICATED',
      'signed in, no role': { bontangEditorAccount: false, editorWhoAlsoCoordinates: false, roleless: false, adminAccount: false, self: false },
      admin: { bontangEditorAccount: true, editorWhoAlsoCoordinates: true, roleless: true, adminAccount: true, self: false },
      'Bontang host editor': { bontangEditorAccount: true, editorWhoAlsoCoordinates: false, roleless: false, adminAccount: false, self: false },
      'Prabumulih host editor': { bontangEditorAccount: false, editorWhoAlsoCoordinates: false, roleless: false, adminAccount: false, self: false },
      'Perkim Bontang host editor (agency)': { bontangEditorAccount: false, editorWhoAlsoCoordinates: false, roleless: false, adminAccount: false, self: false },
      'other agency host editor': { bontangEditorAccount: false, editorWhoAlsoCoordinates: false, roleless: false, adminAccount: false, self: false },
      'Kalsel coordinator': { bontangEditorAccount: false, editorWhoAlsoCoordinates: false, roleless: false, adminAccount: false, self: false },
      'Tangsel delegate': { bontangEditorAccount: false, editorWhoAlsoCoordinates: false, roleless: false, adminAccount: false, self: false },
      'Bontang delegate': { bontangEditorAccount: false, editorWhoAlsoCoordinates: false, roleless: false, adminAccount: false, self: false },
    }),
  )('%s: %j', (_who, person, expected) => {
    for (const [name, account] of Object.entries(accounts)) {
      const allowed = expected !== 'UNAUTHENTICATED' && expected[name as keyof AccountRow];
      expect(canManageAccount(person, account), name).toBe(allowed);
      expect(outcomeOf(() => assertCanManageAccount(person, account)), name).toBe(expected === 'UNAUTHENTICATED' ? expected : allowed ? 'allowed' : 'FORBIDDEN');
    }
  });
});

describe('whose accounts a person may list (accountDirectoryScopeOf)', () => {
  it.each(
    forEveryone<string | null | 'UNAUTHENTICATED' | 'FORBIDDEN'>({
      anonymous: 'UNAUTHENTICATED',
      'signed in, no role': 'FORBIDDEN',
      admin: null,
      'Bontang host editor': 'HOST_EDITOR 64.74 -',
      'Prabumulih host editor': 'HOST_EDITOR 16.74 -',
      'Perkim Bontang host editor (agency)': 'HOST_EDITOR - perkim-bontang',
      'other agency host editor': 'HOST_EDITOR - perkim-prabumulih',
      'Kalsel coordinator': 'DELEGATE 63.09 -, DELEGATE 63.72 -',
      'Tangsel delegate': 'FORBIDDEN',
      'Bontang delegate': 'FORBIDDEN',
    }),
  )('%s: %s', (_who, person, expected) => {
    let answer: string | null;
    try {
      answer = accountDirectoryScopeOf(person)?.map((allowed) => `${allowed.role} ${allowed.regencyCode ?? '-'} ${allowed.agencyId ?? '-'}`).join(', ') ?? null;
    } catch (error) {
      answer = (error as { code: string }).code;
    }
    expect(answer).toBe(expected);
  });

  it('lists, for each role someone could grant, exactly the memberships canManageMembership accepts', () => {
    const coordinator = viewer({ role: 'COORDINATOR', coveredRegencyCodes: ['63.09'] });
    const [allowed] = accountDirectoryScopeOf(coordinator)!;
    expect(canManageMembership(coordinator, { ...allowed!, coveredRegencyCodes: [] })).toBe(true);
  });
});

describe('who may revoke an invitation (canRevokeInvitation, assertCanRevokeInvitation)', () => {
  const bontangEditorInvitation = { ...bontangEditor, invitedByAccountId: 'someone else' };
  const sentByMe = { ...administrator, invitedByAccountId: 'a' };
  it.each(
    forEveryone<[boolean, boolean] | 'UNAUTHENTICATED'>({
      anonymous: 'UNAUTHENTICATED',
      'signed in, no role': [false, true],
      admin: [true, true],
      'Bontang host editor': [true, true],
      'Prabumulih host editor': [false, true],
      'Perkim Bontang host editor (agency)': [false, true],
      'other agency host editor': [false, true],
      'Kalsel coordinator': [false, true],
      'Tangsel delegate': [false, true],
      'Bontang delegate': [false, true],
    }),
  )('%s: someone else\'s Bontang host-editor invitation, one sent by them: %j', (_who, person, expected) => {
    if (expected === 'UNAUTHENTICATED') {
      expect(canRevokeInvitation(person, sentByMe)).toBe(false);
      expect(outcomeOf(() => assertCanRevokeInvitation(person, sentByMe))).toBe('UNAUTHENTICATED');
      return;
    }
    expect([canRevokeInvitation(person, bontangEditorInvitation), canRevokeInvitation(person, sentByMe)]).toEqual(expected);
    expect(outcomeOf(() => assertCanRevokeInvitation(person, bontangEditorInvitation))).toBe(expected[0] ? 'allowed' : 'FORBIDDEN');
  });
});
