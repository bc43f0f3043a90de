import { describe, expect, it } from 'vitest';
import { answersVisitRequests, keepsPrograms, programRegencyCodes, regenciesTravellingFor, requestsVisits, seesContactDetails } from './roles';
import { capableOf, viewerWith } from './viewer-fixture';

describe('roles', () => {
  it('gives anonymous visitors nothing', () => {
    expect(keepsPrograms(null)).toBe(false);
    expect(answersVisitRequests(null)).toBe(false);
    expect(requestsVisits(null)).toBe(false);
    expect(seesContactDetails(null)).toBe(false);
    expect(regenciesTravellingFor(null)).toEqual([]);
    expect(programRegencyCodes(null)).toEqual([]);
  });

  it('reads what the API says a person may do, whatever the roles', () => {
    const host = capableOf(viewerWith({ role: 'HOST_EDITOR', regencyCode: '64.74' }), { editsPrograms: true, answersVisitRequests: true });
    const coordinator = capableOf(viewerWith({ role: 'COORDINATOR', coveredRegencyCodes: ['63.09', '63.71'] }), {
      travelsForRegencyCodes: ['63.09', '63.71'],
      seesContactDetails: true,
    });
    expect([keepsPrograms(host), answersVisitRequests(host), requestsVisits(host)]).toEqual([true, true, false]);
    expect([keepsPrograms(coordinator), requestsVisits(coordinator)]).toEqual([false, true]);
    expect(regenciesTravellingFor(coordinator)).toEqual(['63.09', '63.71']);
    expect(seesContactDetails(coordinator)).toBe(true);
    expect(seesContactDetails(viewerWith({ role: 'DELEGATE', regencyCode: '36.74' }))).toBe(false);
    expect(programRegencyCodes(capableOf(viewerWith({ role: 'ADMIN' }), { programRegencyCodes: null }))).toBeNull();
  });
});
