import { describe, expect, it } from 'vitest';
import { isStale } from './program-staleness';

describe('stale profiles', () => {
  const now = new Date('2026-11-23T00:00:00Z');
  it('flags a profile not verified for twelve months, or never', () => {
    expect(isStale({ lastVerifiedAt: new Date('2025-11-22T00:00:00Z') }, now)).toBe(true);
    expect(isStale({ lastVerifiedAt: new Date('2026-01-01T00:00:00Z') }, now)).toBe(false);
    expect(isStale({ lastVerifiedAt: null }, now)).toBe(true);
  });
});
