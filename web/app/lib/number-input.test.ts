import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../i18n/languages';
import { FormReader } from './form-reader';
import { formatNumberInput, readNumber } from './number-input';

function reader(language: Language, value: string) {
  const form = new FormData();
  form.set('n', value);
  return new FormReader(form, language);
}

describe('readNumber', () => {
  it('reads Indonesian thousands and decimals', () => {
    expect(readNumber('1.200', 'id')).toEqual({ kind: 'number', digits: '1200' });
    expect(readNumber('42.500.000', 'id')).toEqual({ kind: 'number', digits: '42500000' });
    expect(readNumber('11,28', 'id')).toEqual({ kind: 'number', digits: '11.28' });
    expect(readNumber('-1.234,50', 'id')).toEqual({ kind: 'number', digits: '-1234.5' });
    expect(readNumber('0,125', 'id')).toEqual({ kind: 'number', digits: '0.125' });
  });

  it('reads English thousands and decimals', () => {
    expect(readNumber('1,200', 'en')).toEqual({ kind: 'number', digits: '1200' });
    expect(readNumber('11.28', 'en')).toEqual({ kind: 'number', digits: '11.28' });
    expect(readNumber('42,500,000', 'en')).toEqual({ kind: 'number', digits: '42500000' });
  });

  it('refuses a decimal sign followed by three digits as ambiguous, showing both readings', () => {
    expect(readNumber('1,200', 'id')).toEqual({ kind: 'ambiguous', asThousands: '1.200', asDecimal: '1,2' });
    expect(readNumber('1.200', 'en')).toEqual({ kind: 'ambiguous', asThousands: '1,200', asDecimal: '1.2' });
    expect(readNumber('-12,345', 'id')).toEqual({ kind: 'ambiguous', asThousands: '-12.345', asDecimal: '-12,345' });
  });

  it('refuses a value written the other language’s way, writing it this language’s way', () => {
    expect(readNumber('1.5', 'id')).toEqual({ kind: 'otherLanguage', written: '1,5' });
    expect(readNumber('42,500,000', 'id')).toEqual({ kind: 'otherLanguage', written: '42.500.000' });
    expect(readNumber('1,200.5', 'id')).toEqual({ kind: 'otherLanguage', written: '1.200,5' });
    expect(readNumber('11,28', 'en')).toEqual({ kind: 'otherLanguage', written: '11.28' });
  });

  it('reads spaces (also no-break ones) between groups of three as the group sign, and ignores them around', () => {
    expect(readNumber(' 60 000 000 000 ', 'id')).toEqual({ kind: 'number', digits: '60000000000' });
    expect(readNumber('1\u00a0200,5', 'id')).toEqual({ kind: 'number', digits: '1200.5' });
    expect(readNumber('1\u202f200.5', 'en')).toEqual({ kind: 'number', digits: '1200.5' });
    expect(readNumber('1 2', 'en')).toEqual({ kind: 'invalid' });
    expect(readNumber('\t7\n', 'en')).toEqual({ kind: 'number', digits: '7' });
  });

  it('refuses hostile input instead of guessing', () => {
    for (const language of languages) {
      for (const text of ['1e9', '--1', '+5', '１２３', '1.2.3,4', '1,2,3.4', '0x10', 'Infinity', 'NaN', '', '-', ',5', '5,', '١٢٣']) {
        expect(readNumber(text, language), `${text} in ${language}`).toEqual({ kind: 'invalid' });
      }
    }
  });

  it('keeps every digit of a huge value exactly', () => {
    const digits = '9'.repeat(400);
    expect(readNumber(digits, 'id')).toEqual({ kind: 'number', digits });
  });
});

describe('format then read gives the value back', () => {
  it('for decimals, in both languages', () => {
    fc.assert(
      fc.property(fc.constantFrom(...languages), fc.double({ noNaN: true, noDefaultInfinity: true }), (language, value) => {
        const reading = readNumber(formatNumberInput(value, language), language);
        expect(reading.kind).toBe('number');
        expect(reading.kind === 'number' && Number(reading.digits)).toBe(value + 0);
      })
    );
  });

  it('for integers, through the form reader', () => {
    fc.assert(
      fc.property(fc.constantFrom(...languages), fc.integer({ min: -1e9, max: 1e9 }), (language, value) => {
        const form = reader(language, formatNumberInput(value, language));
        expect(form.integer('n')).toBe(value);
        expect(form.errors).toEqual({});
      })
    );
  });

  it('for decimals of up to 15 digits, through the form reader', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...languages),
        fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }),
        fc.integer({ min: 0, max: 4 }),
        (language, scaled, decimals) => {
          const value = scaled / 10 ** decimals;
          const form = reader(language, formatNumberInput(value, language));
          expect(form.decimal('n')).toBe(value + 0);
          expect(form.errors).toEqual({});
        }
      )
    );
  });

  it('for rupiah amounts as BigInt digits, up to the largest bigint', () => {
    fc.assert(
      fc.property(fc.constantFrom(...languages), fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }), (language, amount) => {
        const form = reader(language, formatNumberInput(amount.toString(), language));
        expect(form.rupiah('n')).toBe(amount.toString());
        expect(form.errors).toEqual({});
      })
    );
  });
});

describe('FormReader numbers', () => {
  it('stores an Indonesian 1.200 as 1200, not 1.2', () => {
    expect(reader('id', '1.200').decimal('n')).toBe(1200);
    expect(reader('id', '1.200').integer('n')).toBe(1200);
  });

  it('refuses an ambiguous value with a message showing how each reading is written', () => {
    const indonesian = reader('id', '1,200');
    expect(indonesian.decimal('n')).toBeNull();
    expect(indonesian.errors.n).toBe('1,200 bisa dibaca dua cara. Tulis 1.200 untuk ribuan, atau 1,2 untuk desimal.');
    const english = reader('en', '1.200');
    expect(english.integer('n')).toBeNull();
    expect(english.errors.n).toBe('1.200 can be read two ways: write 1,200 for thousands, or 1.2 for a decimal.');
  });

  it('refuses the other language’s writing with the value written the page’s way', () => {
    const form = reader('id', '1.5');
    expect(form.decimal('n')).toBeNull();
    expect(form.errors.n).toBe(
      'Di halaman berbahasa Indonesia, titik memisahkan ribuan dan koma menandai desimal: tulis 1,5.'
    );
  });

  it('refuses more digits than can be kept, and 400-digit amounts', () => {
    const decimal = reader('en', '1234567890.1234567');
    expect(decimal.decimal('n')).toBeNull();
    expect(decimal.errors.n).toBe('At most 15 digits.');
    const integer = reader('id', '9'.repeat(400));
    expect(integer.integer('n')).toBeNull();
    expect(integer.errors.n).toBe('Paling banyak 15 angka.');
    const rupiah = reader('id', '9'.repeat(400));
    expect(rupiah.rupiah('n')).toBeNull();
    expect(rupiah.errors.n).toBe('Paling banyak 19 angka.');
  });

  it('reads rupiah with an Rp prefix and ,00 decimals, refusing other decimals and negative amounts', () => {
    expect(reader('id', 'Rp42.500.000').rupiah('n')).toBe('42500000');
    expect(reader('id', 'Rp. 42.500.000,00').rupiah('n')).toBe('42500000');
    expect(reader('en', 'Rp42,500,000').rupiah('n')).toBe('42500000');
    expect(reader('id', '9.223.372.036.854.775.807').rupiah('n')).toBe('9223372036854775807');
    for (const text of ['12,50', '-5', '1e9', '１２３']) {
      const form = reader('id', text);
      expect(form.rupiah('n'), text).toBeNull();
      expect(form.errors.n).toBeDefined();
    }
  });

  it('refuses a fraction in a whole-number field', () => {
    const form = reader('id', '2,5');
    expect(form.integer('n')).toBeNull();
    expect(form.errors.n).toBe('Isi dengan bilangan bulat, mis. 150.');
  });
});

describe('formatNumberInput', () => {
  it('writes stored values so the form reads them back the same', () => {
    expect(formatNumberInput(1200, 'id')).toBe('1.200');
    expect(formatNumberInput(11.28, 'id')).toBe('11,28');
    expect(formatNumberInput(0.125, 'en')).toBe('0.125');
    expect(formatNumberInput(1.5e-7, 'en')).toBe('0.00000015');
    expect(formatNumberInput(1e21, 'en')).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumberInput('60000000000', 'id')).toBe('60.000.000.000');
  });
});
