import { print } from '@0no-co/graphql.web';
import { describe, expect, it } from 'vitest';
import { viewerFields } from './viewer.server';

describe('viewerFields', () => {
  it('reaches the API without the client-only @_unmask directive', () => {
    const printed = print(viewerFields);
    expect(printed).toContain('fragment ViewerFields on Viewer');
    expect(printed).toContain('coveredRegencyCodes');
    expect(printed).not.toContain('_unmask');
  });
});
