import { describe, expect, it } from 'vitest';
import { viewerWith } from './viewer-fixture';
import { type Viewer } from './viewer.server';
import { workspaceSectionsFor } from './workspace-sections';

const paths = (viewer: Viewer | null) => workspaceSectionsFor(viewer).map((section) => section.to);

describe('workspaceSectionsFor', () => {
  it('gives a host editor the host sections and invitations', () => {
    expect(paths(viewerWith({ role: 'HOST_EDITOR', regencyCode: '64.74' }))).toEqual([
      '/workspace/programs',
      '/workspace/visits',
      '/workspace/calendar',
      '/workspace/invitations',
    ]);
  });

  it('gives a coordinator only invitations, and a delegate or visitor nothing', () => {
    expect(paths(viewerWith({ role: 'COORDINATOR', coveredRegencyCodes: ['63.01'] }))).toEqual([
      '/workspace/invitations',
    ]);
    expect(paths(viewerWith({ role: 'DELEGATE', regencyCode: '63.01' }))).toEqual([]);
    expect(paths(null)).toEqual([]);
  });
});
