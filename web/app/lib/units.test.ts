import { describe, expect, it } from 'vitest';
import { formatMeasure } from './format';
import { unitIn } from './units';

describe('units in the reader’s language', () => {
  it.each([
    ['per rumah', 'per house'],
    ['Per RT', 'per RT (neighbourhood unit)'],
    [' rumah ', 'houses'],
    ['kali per tahun', 'times a year'],
    ['m² per warga', 'm² per warga'],
  ])('says %j as %j in English, and as written in Indonesian', (unit, english) => {
    expect(unitIn(unit, 'en')).toBe(english);
    expect(unitIn(unit, 'id')).toBe(unit);
  });

  it('translates the unit of a measure', () => {
    expect(formatMeasure(50, 'rumah', 'en')).toBe('50 houses');
    expect(formatMeasure(50, 'rumah', 'id')).toBe('50 rumah');
  });
});
