import { describe, expect, it } from 'vitest';
import {
  assertCanInvite,
  assertCanRequestVisitFor,
  canActForRegency,
  canEditHostCalendar,
  canEditProgram,
  capabilitiesOf,
  invitationChoicesOf,
  invitationSenderFilter,
  isOfficial,
  visitSidesOf,
} from './authorization';
import { type Viewer, type ViewerMembership } from '../core/viewer';

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

describe('whose pending invitations a person sees', () => {
  it('shows an admin everyone\'s, anyone else only their own, and nobody signed out any', () => {
    expect(invitationSenderFilter(viewer({ role: 'ADMIN' }))).toBeNull();
    expect(invitationSenderFilter(viewer({ role: 'HOST_EDITOR', regencyCode: '64.74' }))).toBe('a');
    expect(() => invitationSenderFilter(null)).toThrow();
  });
});

describe('what a person\'s roles open (capabilities)', () => {
  const people = {
    admin: viewer({ role: 'ADMIN' }),
    bontangEditor: viewer({ role: 'HOST_EDITOR', regencyCode: '64.74' }),
    agencyEditor: viewer({ role: 'HOST_EDITOR', agencyId: 'perkim-bontang' }),
    coordinator: viewer({ role: 'COORDINATOR', agencyId: 'perkim-kalsel', coveredRegencyCodes: ['63.09', '63.72'] }),
    delegate: viewer({ role: 'DELEGATE', regencyCode: '36.74' }),
  };

  it.each(Object.entries(people))('%s: each capability is what the checks allow', (_who, person) => {
    const capabilities = capabilitiesOf(person);
    expect(capabilities.editsPrograms).toBe(canEditProgram(person, bontangProgram) || canEditProgram(person, { hostRegencyCode: '16.74', leadAgencyId: null }));
    for (const code of capabilities.programRegencyCodes ?? []) expect(canEditProgram(person, { hostRegencyCode: code, leadAgencyId: null })).toBe(true);
    for (const code of capabilities.hostCalendarRegencyCodes) expect(canEditHostCalendar(person, { hostRegencyCode: code, hostAgencyId: null })).toBe(true);
    const bontangVisit = { hostRegencyCode: '64.74', hostAgencyId: 'perkim-bontang', visitingRegencyCodes: ['36.74'], visitingAgencyIds: [], coordinatorAgencyId: null, requesterAccountId: null };
    expect(capabilities.answersVisitRequests).toBe(visitSidesOf(person, bontangVisit).includes('HOST'));
    const regencies = capabilities.travelsForRegencyCodes.map((code) => ({ code, name: code }));
    if (regencies.length > 0) expect(() => assertCanRequestVisitFor(person, regencies)).not.toThrow();
    else expect(() => assertCanRequestVisitFor(person, [{ code: '36.74', name: 'Kota Tangerang Selatan' }])).toThrow();
    expect(capabilities.seesContactDetails).toBe(isOfficial(person));
  });

  it('gives an admin every program but no calendar, request or trip of their own', () => {
    expect(capabilitiesOf(people.admin)).toEqual({
      editsPrograms: true,
      programRegencyCodes: null,
      answersVisitRequests: false,
      hostCalendarRegencyCodes: [],
      travelsForRegencyCodes: [],
      seesContactDetails: true,
    });
  });

  it('gives a host editor its own regency, and a coordinator the regencies it covers', () => {
    expect(capabilitiesOf(people.bontangEditor)).toEqual({
      editsPrograms: true,
      programRegencyCodes: ['64.74'],
      answersVisitRequests: true,
      hostCalendarRegencyCodes: ['64.74'],
      travelsForRegencyCodes: [],
      seesContactDetails: true,
    });
    expect(capabilitiesOf(people.coordinator)).toMatchObject({ editsPrograms: false, answersVisitRequests: false, travelsForRegencyCodes: ['63.09', '63.72'] });
    expect(capabilitiesOf(people.delegate)).toMatchObject({ editsPrograms: false, travelsForRegencyCodes: ['36.74'] });
  });
});
