import { describe, expect, it } from 'vitest';
import { invitingAs, viewerWith } from './viewer-fixture';
import { type Viewer } from './viewer.server';
import { workspaceSectionsFor } from './workspace-sections';

const paths = (viewer: Viewer | null) => workspaceSectionsFor(viewer).map((section) => section.to);

describe('workspaceSectionsFor', () => {
  it('gives a host editor the host sections, and invitations when the API lets it invite', () => {
    const editor = viewerWith({ role: 'HOST_EDITOR', regencyCode: '64.74' });
    expect(paths(editor)).toEqual(['/workspace/programs', '/workspace/visits', '/workspace/calendar']);
    const inviting = invitingAs(editor, { roles: ['HOST_EDITOR'], scopes: [{ regencyCode: '64.74', agencyId: null }] });
    expect(paths(inviting)).toEqual([
      '/workspace/programs',
      '/workspace/visits',
      '/workspace/calendar',
      '/workspace/invitations',
    ]);
  });

  it('gives a coordinator only invitations, and a delegate or visitor nothing', () => {
    const coordinator = viewerWith({ role: 'COORDINATOR', coveredRegencyCodes: ['63.01'] });
    expect(paths(invitingAs(coordinator, { roles: ['DELEGATE'], scopes: [{ regencyCode: '63.01', agencyId: null }] }))).toEqual([
      '/workspace/invitations',
    ]);
    expect(paths(viewerWith({ role: 'DELEGATE', regencyCode: '63.01' }))).toEqual([]);
    expect(paths(null)).toEqual([]);
  });
});
