import { describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { cast, forEveryone, viewerWith as viewer } from '../testing/viewer-cast';
import {
  accountDirectoryScopeOf,
  assertAdmin,
  assertCanAnswerReplicationFor,
  assertCanEditHostCalendar,
  assertCanInvite,
  assertCanManageMailOutbox,
  canManageMailOutbox,
  assertCanRequestVisitFor,
  canActForRegency,
  canEditHostCalendar,
  canEditProgram,
  canViewVisit,
  capabilitiesOf,
  invitationChoicesOf,
  invitationSenderFilter,
  isAdmin,
  isOfficial,
  regenciesActedFor,
  regenciesTravellingFor,
  replicationRegenciesOf,
  requireViewer,
  seesNationalDetails,
  visitSidesOf,
} from './authorization';

/** What a throwing rule answers: `allowed`, or the code of the error it throws. */
function outcomeOf(attempt: () => unknown): string {
  try {
    attempt();
    return 'allowed';
  } catch (error) {
    return (error as { code?: string }).code ?? 'threw';
  }
}

describe('who is signed in and who is an admin (requireViewer, isAdmin, assertAdmin, isOfficial)', () => {
  it.each(
    forEveryone({
      anonymous: { signedIn: false, admin: false, official: false },
      'signed in, no role': { signedIn: true, admin: false, official: false },
      admin: { signedIn: true, admin: true, official: true },
      'Bontang host editor': { signedIn: true, admin: false, official: true },
      'Prabumulih host editor': { signedIn: true, admin: false, official: true },
      'Perkim Bontang host editor (agency)': { signedIn: true, admin: false, official: true },
      'other agency host editor': { signedIn: true, admin: false, official: true },
      'Kalsel coordinator': { signedIn: true, admin: false, official: true },
      'Tangsel delegate': { signedIn: true, admin: false, official: true },
      'Bontang delegate': { signedIn: true, admin: false, official: true },
    }),
  )('%s: %j', (_who, person, expected) => {
    expect(outcomeOf(() => requireViewer(person))).toBe(expected.signedIn ? 'allowed' : 'UNAUTHENTICATED');
    expect(isAdmin(person)).toBe(expected.admin);
    expect(outcomeOf(() => assertAdmin(person))).toBe(expected.admin ? 'allowed' : expected.signedIn ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    expect(isOfficial(person)).toBe(expected.official);
  });
});

describe('who reads and resends the mail outbox, and who sees the national picture\'s detail (assertCanManageMailOutbox, seesNationalDetails)', () => {
  it.each(
    forEveryone({
      anonymous: { outbox: 'UNAUTHENTICATED', national: false },
      'signed in, no role': { outbox: 'FORBIDDEN', national: false },
      admin: { outbox: 'allowed', national: true },
      'Bontang host editor': { outbox: 'FORBIDDEN', national: false },
      'Prabumulih host editor': { outbox: 'FORBIDDEN', national: false },
      'Perkim Bontang host editor (agency)': { outbox: 'FORBIDDEN', national: false },
      'other agency host editor': { outbox: 'FORBIDDEN', national: false },
      'Kalsel coordinator': { outbox: 'FORBIDDEN', national: true },
      'Tangsel delegate': { outbox: 'FORBIDDEN', national: false },
      'Bontang delegate': { outbox: 'FORBIDDEN', national: false },
    }),
  )('%s: %j', (_who, person, expected) => {
    expect(outcomeOf(() => assertCanManageMailOutbox(person))).toBe(expected.outbox);
    expect(canManageMailOutbox(person)).toBe(expected.outbox === 'allowed');
    expect(seesNationalDetails(person)).toBe(expected.national);
  });
});

describe('regencies a person acts for and travels for (regenciesActedFor, canActForRegency, regenciesTravellingFor)', () => {
  it.each(
    forEveryone({
      anonymous: { actsFor: [], travelsFor: [] },
      'signed in, no role': { actsFor: [], travelsFor: [] },
      admin: { actsFor: [], travelsFor: [] },
      'Bontang host editor': { actsFor: ['64.74'], travelsFor: [] },
      'Prabumulih host editor': { actsFor: ['16.74'], travelsFor: [] },
      'Perkim Bontang host editor (agency)': { actsFor: [], travelsFor: [] },
      'other agency host editor': { actsFor: [], travelsFor: [] },
      'Kalsel coordinator': { actsFor: ['63.09', '63.72'], travelsFor: ['63.09', '63.72'] },
      'Tangsel delegate': { actsFor: ['36.74'], travelsFor: ['36.74'] },
      'Bontang delegate': { actsFor: ['64.74'], travelsFor: ['64.74'] },
    }),
  )('%s: %j', (_who, person, expected) => {
    if (person) {
      expect([...regenciesActedFor(person)]).toEqual(expected.actsFor);
      expect([...regenciesTravellingFor(person)]).toEqual(expected.travelsFor);
    }
    const admin = isAdmin(person);
    for (const code of ['64.74', '16.74', '63.72', '36.74']) expect(canActForRegency(person, code)).toBe(admin || expected.actsFor.includes(code));
  });
});

describe('who may request a visit for Kota Tangerang Selatan and Kota Banjarbaru (assertCanRequestVisitFor)', () => {
  const tangsel = { code: '36.74', name: 'Kota Tangerang Selatan' };
  const banjarbaru = { code: '63.72', name: 'Kota Banjarbaru' };
  it.each(
    forEveryone({
      anonymous: { tangsel: 'UNAUTHENTICATED', banjarbaru: 'UNAUTHENTICATED' },
      'signed in, no role': { tangsel: 'FORBIDDEN', banjarbaru: 'FORBIDDEN' },
      admin: { tangsel: 'FORBIDDEN', banjarbaru: 'FORBIDDEN' },
      'Bontang host editor': { tangsel: 'FORBIDDEN', banjarbaru: 'FORBIDDEN' },
      'Prabumulih host editor': { tangsel: 'FORBIDDEN', banjarbaru: 'FORBIDDEN' },
      'Perkim Bontang host editor (agency)': { tangsel: 'FORBIDDEN', banjarbaru: 'FORBIDDEN' },
      'other agency host editor': { tangsel: 'FORBIDDEN', banjarbaru: 'FORBIDDEN' },
      'Kalsel coordinator': { tangsel: 'FORBIDDEN', banjarbaru: 'allowed' },
      'Tangsel delegate': { tangsel: 'allowed', banjarbaru: 'FORBIDDEN' },
      'Bontang delegate': { tangsel: 'FORBIDDEN', banjarbaru: 'FORBIDDEN' },
    }),
  )('%s: %j', (_who, person, expected) => {
    expect(outcomeOf(() => assertCanRequestVisitFor(person, [tangsel]))).toBe(expected.tangsel);
    expect(outcomeOf(() => assertCanRequestVisitFor(person, [banjarbaru]))).toBe(expected.banjarbaru);
    // A visit for several regencies needs every one of them.
    const both = expected.tangsel === 'allowed' && expected.banjarbaru === 'allowed' ? 'allowed' : expected.tangsel === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    expect(outcomeOf(() => assertCanRequestVisitFor(person, [tangsel, banjarbaru]))).toBe(both);
  });
});

describe('who keeps a host calendar (canEditHostCalendar, assertCanEditHostCalendar)', () => {
  const bontang = { hostRegencyCode: '64.74', hostAgencyId: null };
  const bontangViaPerkim = { hostRegencyCode: '64.74', hostAgencyId: 'perkim-bontang' };
  it.each(
    forEveryone({
      anonymous: { bontang: false, viaPerkim: false },
      'signed in, no role': { bontang: false, viaPerkim: false },
      admin: { bontang: true, viaPerkim: true },
      'Bontang host editor': { bontang: true, viaPerkim: true },
      'Prabumulih host editor': { bontang: false, viaPerkim: false },
      'Perkim Bontang host editor (agency)': { bontang: false, viaPerkim: true },
      'other agency host editor': { bontang: false, viaPerkim: false },
      'Kalsel coordinator': { bontang: false, viaPerkim: false },
      'Tangsel delegate': { bontang: false, viaPerkim: false },
      'Bontang delegate': { bontang: false, viaPerkim: false },
    }),
  )('%s: %j', (_who, person, expected) => {
    expect(canEditHostCalendar(person, bontang)).toBe(expected.bontang);
    expect(canEditHostCalendar(person, bontangViaPerkim)).toBe(expected.viaPerkim);
    const refused = person ? 'FORBIDDEN' : 'UNAUTHENTICATED';
    expect(outcomeOf(() => assertCanEditHostCalendar(person, bontang, 'Kota Bontang'))).toBe(expected.bontang ? 'allowed' : refused);
    expect(outcomeOf(() => assertCanEditHostCalendar(person, bontangViaPerkim, 'Kota Bontang'))).toBe(expected.viaPerkim ? 'allowed' : refused);
  });
});

describe('the sides of a visit to Kota Bontang by Tangerang Selatan and Banjarbaru, received by Perkim Bontang (visitSidesOf, canViewVisit)', () => {
  const visit = {
    hostRegencyCode: '64.74',
    hostAgencyId: 'perkim-bontang',
    visitingRegencyCodes: ['36.74', '63.72'],
    visitingAgencyIds: [],
    coordinatorAgencyId: null,
    requesterAccountId: 'someone-else',
  };
  it.each(
    forEveryone({
      anonymous: { sides: [], sees: false },
      'signed in, no role': { sides: [], sees: false },
      admin: { sides: [], sees: true },
      'Bontang host editor': { sides: ['HOST'], sees: true },
      'Prabumulih host editor': { sides: [], sees: false },
      'Perkim Bontang host editor (agency)': { sides: ['HOST'], sees: true },
      'other agency host editor': { sides: [], sees: false },
      'Kalsel coordinator': { sides: ['REQUESTER'], sees: true },
      'Tangsel delegate': { sides: ['REQUESTER'], sees: true },
      'Bontang delegate': { sides: [], sees: false },
    }),
  )('%s: %j', (_who, person, expected) => {
    expect(visitSidesOf(person, visit)).toEqual(expected.sides);
    expect(canViewVisit(person, visit)).toBe(expected.sees);
  });

  it('gives the requester the requesting side, and the coordinating agency too', () => {
    expect(visitSidesOf(viewer(), { ...visit, requesterAccountId: 'a' })).toEqual(['REQUESTER']);
    expect(visitSidesOf(viewer({ role: 'DELEGATE', agencyId: 'perkim-kalsel' }), { ...visit, coordinatorAgencyId: 'perkim-kalsel' })).toEqual(['REQUESTER']);
  });
});

describe('who answers what each visiting regency will replicate: Tabalong, Banjarbaru and Tangsel, coordinated by Perkim Kalsel (replicationRegenciesOf)', () => {
  const visit = {
    hostRegencyCode: '64.74',
    hostAgencyId: 'perkim-bontang',
    visitingRegencyCodes: ['63.09', '63.72', '36.74'],
    visitingAgencyIds: [],
    coordinatorAgencyId: 'perkim-kalsel',
    requesterAccountId: 'someone-else',
  };
  const tangsel = { code: '36.74', name: 'Kota Tangerang Selatan' };
  it.each(
    forEveryone({
      anonymous: [],
      'signed in, no role': [],
      admin: [],
      'Bontang host editor': [],
      'Prabumulih host editor': [],
      'Perkim Bontang host editor (agency)': [],
      'other agency host editor': [],
      'Kalsel coordinator': ['63.09', '63.72', '36.74'],
      'Tangsel delegate': ['36.74'],
      'Bontang delegate': [],
    }),
  )('%s answers for %j', (_who, person, expected) => {
    expect(replicationRegenciesOf(person, visit)).toEqual(expected);
    const refused = person ? 'FORBIDDEN' : 'UNAUTHENTICATED';
    expect(outcomeOf(() => assertCanAnswerReplicationFor(person, visit, tangsel))).toBe(expected.includes('36.74') ? 'allowed' : refused);
  });

  it.each([
    ['the requester, for every visiting regency', viewer(), { requesterAccountId: 'a' }, ['63.09', '63.72', '36.74']],
    ['a coordinator of another agency, for the regencies it covers', viewer({ role: 'COORDINATOR', agencyId: 'bappeda-kalsel', coveredRegencyCodes: ['63.72'] }), {}, ['63.72']],
    ['a coordinator of a visit with no coordinating agency, for the regencies it covers', cast['Kalsel coordinator'], { coordinatorAgencyId: null }, ['63.09', '63.72']],
    ['a delegate of the coordinating agency, for no regency of its own', viewer({ role: 'DELEGATE', agencyId: 'perkim-kalsel' }), {}, []],
    ['a host editor of a visiting regency, for none', viewer({ role: 'HOST_EDITOR', regencyCode: '63.09' }), {}, []],
  ] as const)('%s', (_case, person, change, expected) => {
    expect(replicationRegenciesOf(person, { ...visit, ...change })).toEqual(expected);
  });
});

describe('whose pending invitations a person sees (invitationSenderFilter)', () => {
  it.each(
    forEveryone({
      anonymous: 'UNAUTHENTICATED',
      'signed in, no role': 'own',
      admin: 'everyone',
      'Bontang host editor': 'own',
      'Prabumulih host editor': 'own',
      'Perkim Bontang host editor (agency)': 'own',
      'other agency host editor': 'own',
      'Kalsel coordinator': 'own',
      'Tangsel delegate': 'own',
      'Bontang delegate': 'own',
    }),
  )('%s: %s', (_who, person, expected) => {
    if (expected === 'UNAUTHENTICATED') expect(outcomeOf(() => invitationSenderFilter(person))).toBe('UNAUTHENTICATED');
    else expect(invitationSenderFilter(person)).toBe(expected === 'everyone' ? null : 'a');
  });
});

describe('who may invite whom', () => {
  const scope = { role: 'HOST_EDITOR' as const, regencyCode: '64.74', agencyId: null, coveredRegencyCodes: [] };
  it('lets a host editor invite a colleague of the same regency only', () => {
    expect(() => assertCanInvite(viewer({ role: 'HOST_EDITOR', regencyCode: '64.74' }), scope)).not.toThrow();
    expect(() => assertCanInvite(viewer({ role: 'HOST_EDITOR', regencyCode: '16.74' }), scope)).toThrow(/may not invite/);
  });
  it('lets a coordinator invite delegates, from any office, only for the regencies it covers, and pairs each role with its own places', () => {
    const both = viewer({ role: 'HOST_EDITOR', regencyCode: '64.74' }, { role: 'COORDINATOR', coveredRegencyCodes: ['63.01'] });
    const delegate = { role: 'DELEGATE' as const, regencyCode: '63.01', agencyId: 'bappeda-banjar', coveredRegencyCodes: [] };
    expect(() => assertCanInvite(both, delegate)).not.toThrow();
    expect(() => assertCanInvite(both, { ...delegate, regencyCode: '63.02' })).toThrow(/may not invite/);
    expect(() => assertCanInvite(both, { ...scope, regencyCode: '63.01' })).toThrow(/may not invite/);
    expect(() => assertCanInvite(both, { ...delegate, regencyCode: '64.74' })).toThrow(/may not invite/);
  });
  it('refuses anonymous invitations as unauthenticated', () => {
    expect(() => assertCanInvite(null, scope)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });
});

describe('what the invitation form offers', () => {
  it('lets an admin invite every role anywhere, naming a coordinator’s regencies', () => {
    expect(invitationChoicesOf(viewer({ role: 'ADMIN' }))).toEqual({
      roles: ['HOST_EDITOR', 'COORDINATOR', 'DELEGATE', 'ADMIN'],
      anyScope: true,
      scopes: [],
      namesCoveredRegencies: true,
    });
  });

  it('offers a host editor host editors of exactly its own regency or agency', () => {
    const editor = viewer({ role: 'HOST_EDITOR', regencyCode: '64.74' }, { role: 'HOST_EDITOR', agencyId: 'dinas-perkim' });
    expect(invitationChoicesOf(editor)).toEqual({
      roles: ['HOST_EDITOR'],
      anyScope: false,
      scopes: [
        { regencyCode: '64.74', agencyId: null },
        { regencyCode: null, agencyId: 'dinas-perkim' },
      ],
      namesCoveredRegencies: false,
    });
  });

  it('offers a coordinator delegates for the regencies it covers, each once', () => {
    const coordinator = viewer(
      { role: 'COORDINATOR', agencyId: 'perkim-kalsel', coveredRegencyCodes: ['63.01', '63.02'] },
      { role: 'COORDINATOR', coveredRegencyCodes: ['63.02'] },
    );
    expect(invitationChoicesOf(coordinator)).toMatchObject({
      roles: ['DELEGATE'],
      scopes: [
        { regencyCode: '63.01', agencyId: null },
        { regencyCode: '63.02', agencyId: null },
      ],
    });
  });

  it('offers nothing to delegates and to coordinators without regencies', () => {
    expect(invitationChoicesOf(viewer({ role: 'DELEGATE', regencyCode: '63.01' }))).toBeNull();
    expect(invitationChoicesOf(viewer({ role: 'COORDINATOR', agencyId: 'x' }))).toBeNull();
  });

  it('offers only what assertCanInvite accepts', () => {
    const people = [
      viewer({ role: 'HOST_EDITOR', regencyCode: '64.74' }, { role: 'HOST_EDITOR', agencyId: 'dinas-perkim' }),
      viewer({ role: 'COORDINATOR', coveredRegencyCodes: ['63.01', '63.02'] }),
    ];
    for (const person of people) {
      const choices = invitationChoicesOf(person)!;
      for (const role of choices.roles) {
        for (const scope of choices.scopes) {
          expect(() => assertCanInvite(person, { role, ...scope, coveredRegencyCodes: [] })).not.toThrow();
        }
      }
    }
  });
});

describe('what a person\'s roles open (capabilities)', () => {
  const bontangProgram = { hostRegencyCode: '64.74', leadAgencyId: 'perkim-bontang' };
  const bontangVisit = { hostRegencyCode: '64.74', hostAgencyId: 'perkim-bontang', visitingRegencyCodes: ['36.74'], visitingAgencyIds: [], coordinatorAgencyId: null, requesterAccountId: null };

  it.each(Object.entries(cast).filter((entry): entry is [string, Viewer] => entry[1] !== null))('%s: each capability is what the checks allow', (_who, person) => {
    const capabilities = capabilitiesOf(person);
    expect(capabilities.editsPrograms).toBe(canEditProgram(person, bontangProgram) || canEditProgram(person, { hostRegencyCode: '16.74', leadAgencyId: 'perkim-prabumulih' }));
    for (const code of capabilities.programRegencyCodes ?? []) expect(canEditProgram(person, { hostRegencyCode: code, leadAgencyId: null })).toBe(true);
    for (const agencyId of capabilities.programAgencyIds) expect(canEditProgram(person, { hostRegencyCode: '16.74', leadAgencyId: agencyId })).toBe(true);
    expect(capabilities.answersVisitRequests).toBe(visitSidesOf(person, bontangVisit).includes('HOST') || visitSidesOf(person, { ...bontangVisit, hostRegencyCode: '16.74', hostAgencyId: 'perkim-prabumulih' }).includes('HOST'));
    const regencies = capabilities.travelsForRegencyCodes.map((code) => ({ code, name: code }));
    if (regencies.length > 0) expect(() => assertCanRequestVisitFor(person, regencies)).not.toThrow();
    else expect(() => assertCanRequestVisitFor(person, [{ code: '36.74', name: 'Kota Tangerang Selatan' }])).toThrow();
    expect(capabilities.seesContactDetails).toBe(isOfficial(person));
    expect(capabilities.managesAccounts).toBe(outcomeOf(() => accountDirectoryScopeOf(person)) === 'allowed');
    expect(capabilities.managesMailOutbox).toBe(canManageMailOutbox(person));
    expect(capabilities.seesNationalDetails).toBe(seesNationalDetails(person));
  });

  it('gives an admin every program but no request or trip of their own', () => {
    expect(capabilitiesOf(viewer({ role: 'ADMIN' }))).toEqual({
      editsPrograms: true,
      programRegencyCodes: null,
      programAgencyIds: [],
      answersVisitRequests: false,
      travelsForRegencyCodes: [],
      seesContactDetails: true,
      managesAccounts: true,
      managesMailOutbox: true,
      seesNationalDetails: true,
    });
  });

  it('gives a host editor its own regency, an agency\'s host editor its programs but no regency, and a coordinator the regencies it covers', () => {
    expect(capabilitiesOf(viewer({ role: 'HOST_EDITOR', regencyCode: '64.74' }))).toEqual({
      editsPrograms: true,
      programRegencyCodes: ['64.74'],
      programAgencyIds: [],
      answersVisitRequests: true,
      travelsForRegencyCodes: [],
      seesContactDetails: true,
      managesAccounts: true,
      managesMailOutbox: false,
      seesNationalDetails: false,
    });
    expect(capabilitiesOf(viewer({ role: 'HOST_EDITOR', agencyId: 'perkim-bontang' }))).toEqual({
      editsPrograms: true,
      programRegencyCodes: [],
      programAgencyIds: ['perkim-bontang'],
      answersVisitRequests: true,
      travelsForRegencyCodes: [],
      seesContactDetails: true,
      managesAccounts: true,
      managesMailOutbox: false,
      seesNationalDetails: false,
    });
    expect(capabilitiesOf(viewer({ role: 'COORDINATOR', coveredRegencyCodes: ['63.09', '63.72'] }))).toMatchObject({ editsPrograms: false, answersVisitRequests: false, travelsForRegencyCodes: ['63.09', '63.72'] });
    expect(capabilitiesOf(viewer({ role: 'DELEGATE', regencyCode: '36.74' }))).toMatchObject({ editsPrograms: false, travelsForRegencyCodes: ['36.74'] });
  });
});
