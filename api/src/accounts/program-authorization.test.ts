import { describe, expect, it } from 'vitest';
import { forEveryone } from '../testing/viewer-cast';
import {
  assertCanEditProgram,
  assertCanRecordAdoption,
  canEditProgram,
  canSeeProgramRevisions,
  canViewProgram,
  hostEditorScopeOf,
  ownershipOf,
  programEditScope,
  viewerCanEdit,
} from './authorization';

const bontangProgram = { hostRegency: { code: '64.74' }, leadAgency: { id: 'perkim-bontang' } };
const bontangOwnership = { hostRegencyCode: '64.74', leadAgencyId: 'perkim-bontang' };

/** Who may edit Kota Bontang's program led by Dinas Perkim Bontang. */
const editsBontang = {
  anonymous: false,
  'signed in, no role': false,
  admin: true,
  'Bontang host editor': true,
  'Prabumulih host editor': false,
  'Perkim Bontang host editor (agency)': true,
  'other agency host editor': false,
  'Kalsel coordinator': false,
  'Tangsel delegate': false,
  'Bontang delegate': false,
};

describe('who may edit a program (canEditProgram, viewerCanEdit)', () => {
  it.each(forEveryone(editsBontang))('%s: %s', (_who, person, allowed) => {
    expect(canEditProgram(person, bontangOwnership)).toBe(allowed);
    expect(viewerCanEdit(person, bontangProgram)).toBe(allowed);
  });
});

describe('assertCanEditProgram', () => {
  it.each(forEveryone(editsBontang))('%s: allowed %s', (_who, person, allowed) => {
    const attempt = () => assertCanEditProgram(person, bontangOwnership, 'Kota Bontang');
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(expect.objectContaining({ code: person ? 'FORBIDDEN' : 'UNAUTHENTICATED' }));
  });
});

describe('ownershipOf', () => {
  it.each([
    ['an entity or card with a lead agency', bontangProgram, bontangOwnership],
    ['one without a lead agency', { hostRegency: { code: '16.74' }, leadAgency: null }, { hostRegencyCode: '16.74', leadAgencyId: null }],
    ['a card that leaves the lead agency out', { hostRegency: { code: '16.74' } }, { hostRegencyCode: '16.74', leadAgencyId: null }],
  ])('%s', (_case, program, ownership) => {
    expect(ownershipOf(program)).toEqual(ownership);
  });
});

describe('who sees a program (canViewProgram) and its history (canSeeProgramRevisions)', () => {
  it.each(forEveryone(editsBontang))('%s: drafts and archived ones only if they may edit (%s)', (_who, person, editor) => {
    expect(canViewProgram(person, { ...bontangProgram, publication: 'PUBLISHED' })).toBe(true);
    expect(canViewProgram(person, { ...bontangProgram, publication: 'DRAFT' })).toBe(editor);
    expect(canViewProgram(person, { ...bontangProgram, publication: 'ARCHIVED' })).toBe(editor);
    expect(canSeeProgramRevisions(person, bontangProgram)).toBe(editor);
  });
});

describe('which programs a person may edit, as the catalog filters them (programEditScope, hostEditorScopeOf)', () => {
  const none = { regencyCodes: [], agencyIds: [] };
  it.each(
    forEveryone({
      anonymous: none,
      'signed in, no role': none,
      admin: none,
      'Bontang host editor': { regencyCodes: ['64.74'], agencyIds: [] },
      'Prabumulih host editor': { regencyCodes: ['16.74'], agencyIds: [] },
      'Perkim Bontang host editor (agency)': { regencyCodes: [], agencyIds: ['perkim-bontang'] },
      'other agency host editor': { regencyCodes: [], agencyIds: ['perkim-prabumulih'] },
      'Kalsel coordinator': none,
      'Tangsel delegate': none,
      'Bontang delegate': none,
    }),
  )('%s: %j', (_who, person, scope) => {
    expect(hostEditorScopeOf(person)).toEqual(scope);
    const editScope = programEditScope(person);
    if (editScope.everyProgram) expect(person?.memberships.some((membership) => membership.role === 'ADMIN')).toBe(true);
    else expect(editScope).toEqual({ everyProgram: false, ...scope });
  });

  const programs = [
    { hostRegencyCode: '64.74', leadAgencyId: 'perkim-bontang' },
    { hostRegencyCode: '64.74', leadAgencyId: null },
    { hostRegencyCode: '16.74', leadAgencyId: 'perkim-bontang' },
    { hostRegencyCode: '16.74', leadAgencyId: 'perkim-prabumulih' },
    { hostRegencyCode: '36.74', leadAgencyId: null },
  ];
  it.each(forEveryone(editsBontang))('%s: the scope holds exactly the programs canEditProgram allows', (_who, person) => {
    const scope = programEditScope(person);
    for (const program of programs) {
      const inScope = scope.everyProgram || scope.regencyCodes.includes(program.hostRegencyCode) || scope.agencyIds.includes(program.leadAgencyId ?? '');
      expect(inScope).toBe(canEditProgram(person, program));
    }
  });
});

describe('who may record an adoption of a Bontang program (assertCanRecordAdoption)', () => {
  it.each(
    forEveryone({
      anonymous: { tangsel: 'UNAUTHENTICATED', banjar: 'UNAUTHENTICATED' },
      'signed in, no role': { tangsel: 'FORBIDDEN', banjar: 'FORBIDDEN' },
      admin: { tangsel: 'allowed', banjar: 'allowed' },
      'Bontang host editor': { tangsel: 'allowed', banjar: 'allowed' },
      'Prabumulih host editor': { tangsel: 'FORBIDDEN', banjar: 'FORBIDDEN' },
      'Perkim Bontang host editor (agency)': { tangsel: 'allowed', banjar: 'allowed' },
      'other agency host editor': { tangsel: 'FORBIDDEN', banjar: 'FORBIDDEN' },
      'Kalsel coordinator': { tangsel: 'FORBIDDEN', banjar: 'allowed' },
      'Tangsel delegate': { tangsel: 'allowed', banjar: 'FORBIDDEN' },
      'Bontang delegate': { tangsel: 'FORBIDDEN', banjar: 'FORBIDDEN' },
    }),
  )('%s: %j', (_who, person, outcome) => {
    for (const [adopter, code] of [['tangsel', '36.74'], ['banjar', '63.72']] as const) {
      const attempt = () => assertCanRecordAdoption(person, code, bontangOwnership);
      if (outcome[adopter] === 'allowed') expect(attempt).not.toThrow();
      else expect(attempt).toThrow(expect.objectContaining({ code: outcome[adopter] }));
    }
  });
});
