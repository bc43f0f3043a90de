import { describe, expect, it } from 'vitest';
import { hostsPrograms, isOfficial, regenciesActedFor, requestsVisits } from './roles';
import { viewerWith } from './viewer-fixture';

describe('roles', () => {
  it('gives anonymous visitors no role', () => {
    expect(hostsPrograms(null)).toBe(false);
    expect(requestsVisits(null)).toBe(false);
    expect(isOfficial(null)).toBe(false);
    expect(regenciesActedFor(null)).toEqual([]);
  });

  it('tells hosts from visiting delegations', () => {
    const host = viewerWith({ role: 'HOST_EDITOR', regencyCode: '64.74' });
    const coordinator = viewerWith({ role: 'COORDINATOR', coveredRegencyCodes: ['63.09', '63.71'] });
    expect([hostsPrograms(host), requestsVisits(host)]).toEqual([true, false]);
    expect([hostsPrograms(coordinator), requestsVisits(coordinator)]).toEqual([false, true]);
    expect(isOfficial(coordinator)).toBe(true);
  });

  it('lists each regency a person acts for once', () => {
    const viewer = viewerWith(
      { role: 'DELEGATE', regencyCode: '63.09' },
      { role: 'COORDINATOR', coveredRegencyCodes: ['63.09', '63.71'] }
    );
    expect(regenciesActedFor(viewer)).toEqual(['63.09', '63.71']);
  });
});
