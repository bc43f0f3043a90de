import { describe, expect, it } from 'vitest';
import { extremeColumns, valuesDiffer } from './comparison-highlights';

describe('extremeColumns', () => {
  it('marks the lowest cost among bigints', () => {
    expect(extremeColumns([50_000_000n, 40_000_000n, null], 'min')).toEqual([false, true, false]);
  });

  it('marks the highest scale, every tie included', () => {
    expect(extremeColumns([1000, 150, 1000], 'max')).toEqual([true, false, true]);
  });

  it('marks nothing when only one program states the figure or all state the same', () => {
    expect(extremeColumns([null, 40_000_000n], 'min')).toEqual([false, false]);
    expect(extremeColumns([3, 3], 'max')).toEqual([false, false]);
  });
});

describe('valuesDiffer', () => {
  it('compares the plain-text keys', () => {
    expect(valuesDiffer(['APBD 100', 'APBD 40, ZAKAT_INFAQ 35'])).toBe(true);
    expect(valuesDiffer(['RUNNING', 'RUNNING'])).toBe(false);
  });
});
