import { describe, expect, it } from 'vitest';
import { newProgramScope } from './roles';
import { capableOf, viewerWith } from './viewer-fixture';

describe('where a person may start a new program (newProgramScope)', () => {
  it("offers an agency's host editor every host regency, with their agency as the lead", () => {
    const agencyEditor = capableOf(viewerWith({ role: 'HOST_EDITOR', agencyId: 'perkim-bontang' }), {
      editsPrograms: true,
      programRegencyCodes: [],
      programAgencyIds: ['perkim-bontang'],
    });
    expect(newProgramScope(agencyEditor)).toEqual({ regencyCodes: null, leadAgencyIds: ['perkim-bontang'] });
  });

  it("offers a regency's host editor that regency, any of its agencies leading", () => {
    const editor = capableOf(viewerWith({ role: 'HOST_EDITOR', regencyCode: '64.74' }), {
      editsPrograms: true,
      programRegencyCodes: ['64.74'],
    });
    expect(newProgramScope(editor)).toEqual({ regencyCodes: ['64.74'], leadAgencyIds: null });
  });

  it('offers an admin every regency and any agency, and nobody else anything', () => {
    const admin = capableOf(viewerWith({ role: 'ADMIN' }), { editsPrograms: true, programRegencyCodes: null });
    expect(newProgramScope(admin)).toEqual({ regencyCodes: null, leadAgencyIds: null });
    expect(newProgramScope(null)).toEqual({ regencyCodes: [], leadAgencyIds: null });
  });
});
