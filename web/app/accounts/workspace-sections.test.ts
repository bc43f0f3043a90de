import { describe, expect, it } from 'vitest';
import { capableOf, invitingAs, viewerWith } from './viewer-fixture';
import { type Viewer } from './viewer.server';
import { workspaceSectionsFor } from './workspace-sections';

const paths = (viewer: Viewer | null) => workspaceSectionsFor(viewer).map((section) => section.to);

const hostEditor = capableOf(viewerWith({ role: 'HOST_EDITOR', regencyCode: '64.74' }), {
  editsPrograms: true,
  programRegencyCodes: ['64.74'],
  programAgencyIds: [],
  answersVisitRequests: true,
  hostCalendarRegencyCodes: ['64.74'],
});

describe('workspaceSectionsFor', () => {
  it('gives a host editor the host sections, and invitations when the API lets it invite', () => {
    expect(paths(hostEditor)).toEqual(['/workspace/programs', '/workspace/visits', '/workspace/calendar']);
    const inviting = invitingAs(hostEditor, { roles: ['HOST_EDITOR'], scopes: [{ regencyCode: '64.74', agencyId: null }] });
    expect(paths(inviting)).toEqual([
      '/workspace/programs',
      '/workspace/visits',
      '/workspace/calendar',
      '/workspace/invitations',
    ]);
  });

  it('gives an admin programs and invitations, but no requests or calendar the admin does not host', () => {
    const admin = invitingAs(
      capableOf(viewerWith({ role: 'ADMIN' }), { editsPrograms: true, programRegencyCodes: null, managesMailOutbox: true }),
      { anyScope: true, roles: ['ADMIN'] }
    );
    expect(paths(admin)).toEqual(['/workspace/programs', '/workspace/invitations', '/workspace/outbox']);
    expect(paths(capableOf(admin, { editsPrograms: true, managesAccounts: true, managesMailOutbox: true }))).toEqual(['/workspace/programs', '/workspace/invitations', '/workspace/accounts', '/workspace/outbox']);
  });

  it('reads the capabilities, not the roles: a host editor without a regency keeps no calendar', () => {
    const agencyEditor = capableOf(viewerWith({ role: 'HOST_EDITOR', agencyId: 'perkim' }), {
      editsPrograms: true,
      answersVisitRequests: true,
    });
    expect(paths(agencyEditor)).toEqual(['/workspace/programs', '/workspace/visits']);
  });

  it('gives a coordinator only invitations, and a delegate or visitor nothing', () => {
    const coordinator = capableOf(viewerWith({ role: 'COORDINATOR', coveredRegencyCodes: ['63.01'] }), {
      travelsForRegencyCodes: ['63.01'],
    });
    expect(paths(invitingAs(coordinator, { roles: ['DELEGATE'], scopes: [{ regencyCode: '63.01', agencyId: null }] }))).toEqual([
      '/workspace/invitations',
    ]);
    expect(paths(viewerWith({ role: 'DELEGATE', regencyCode: '63.01' }))).toEqual([]);
    expect(paths(null)).toEqual([]);
  });
});
