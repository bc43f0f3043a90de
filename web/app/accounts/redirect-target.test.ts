import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './redirect-target';

describe('safeRedirectTarget', () => {
  it('keeps paths on this site with their query', () => {
    expect(safeRedirectTarget('/programs?q=rumah')).toBe('/programs?q=rumah');
    expect(safeRedirectTarget('/visits/new?host=64.74')).toBe('/visits/new?host=64.74');
  });

  it.each(['https://evil.test/', '//evil.test', '/\\evil.test', 'programs', '', null, undefined])(
    'sends %s to the fallback',
    (value) => {
      expect(safeRedirectTarget(value, '/workspace')).toBe('/workspace');
    }
  );
});
