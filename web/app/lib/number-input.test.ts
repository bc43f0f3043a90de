import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { languages } from '../i18n/languages';
import { FormReader } from './form-reader';
import { formatNumber } from './format';
import { readNumber } from './number-input';

const indonesian = { group: '.', decimal: ',' };
const english = { group: ',', decimal: '.' };

function reader(language: 'id' | 'en', value: string) {
  const form = new FormData();
  form.set('n', value);
  return new FormReader(form, createTranslator(language));
}

describe('readNumber', () => {
  it('reads Indonesian thousands and decimals', () => {
    expect(readNumber('1.200', indonesian)).toEqual({ kind: 'number', value: 1200 });
    expect(readNumber('42.500.000', indonesian)).toEqual({ kind: 'number', value: 42500000 });
    expect(readNumber('11,28', indonesian)).toEqual({ kind: 'number', value: 11.28 });
  });

  it('reads English thousands and decimals', () => {
    expect(readNumber('1,200', english)).toEqual({ kind: 'number', value: 1200 });
    expect(readNumber('11.28', english)).toEqual({ kind: 'number', value: 11.28 });
  });

  it('refuses a group sign not followed by three digits as ambiguous, showing both readings', () => {
    expect(readNumber('1.2', indonesian)).toEqual({ kind: 'ambiguous', asDecimal: '1,2', asGrouped: '12' });
    expect(readNumber('1.20', indonesian)).toEqual({ kind: 'ambiguous', asDecimal: '1,20', asGrouped: '120' });
  });

  it('gives back any formatted value, in both languages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...languages),
        fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((value) => Math.round(value * 100) / 100 + 0),
        (language, value) => {
          const read = reader(language, formatNumber(value, language)).decimal('n');
          expect(read).toBe(value);
        }
      )
    );
  });
});

describe('FormReader numbers', () => {
  it('stores an Indonesian 1.200 as 1200, not 1.2', () => {
    expect(reader('id', '1.200').decimal('n')).toBe(1200);
  });

  it('refuses an ambiguous 1.2 in Indonesian with a message showing both readings', () => {
    const form = reader('id', '1.2');
    expect(form.decimal('n')).toBeNull();
    expect(form.errors.n).toBe('Ditulis 1.2 — maksud Anda 1,2 atau 12?');
  });
});
