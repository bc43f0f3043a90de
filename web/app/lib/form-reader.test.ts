import { describe, expect, it } from 'vitest';
import { FormReader, shownChoices, shownValue } from './form-reader';

const language = 'id';

function reader(entries: [string, string][]): FormReader {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return new FormReader(form, language);
}

describe('FormReader', () => {
  it('trims text, keeps what was typed and explains broken rules in the visitor language', () => {
    const form = reader([
      ['title', '  RT '],
      ['summary', ''],
    ]);
    expect(form.text('title', { required: true, min: 3 })).toBe('RT');
    expect(form.text('summary', { required: true })).toBeNull();
    expect(form.values).toEqual({ title: 'RT', summary: '' });
    expect(form.errors).toEqual({ title: 'Paling sedikit 3 karakter.', summary: 'Wajib diisi.' });
    expect(form.valid).toBe(false);
  });

  it('reads rupiah the way people write it, as a BigInt string', () => {
    const form = reader([
      ['a', 'Rp50.000.000'],
      ['b', '60 000 000 000'],
      ['c', '9007199254740993'],
      ['d', '12,50'],
      ['e', '-5'],
    ]);
    expect(form.rupiah('a')).toBe('50000000');
    expect(form.rupiah('b')).toBe('60000000000');
    expect(form.rupiah('c')).toBe('9007199254740993');
    expect(form.rupiah('d')).toBeNull();
    expect(form.rupiah('e')).toBeNull();
    expect(Object.keys(form.errors)).toEqual(['d', 'e']);
  });

  it('reads whole numbers and decimals the Indonesian way on an Indonesian page', () => {
    const form = reader([
      ['beneficiaries', '1.250'],
      ['startYear', '1900'],
      ['baseline', '11,28'],
      ['value', 'sebelas'],
    ]);
    expect(form.integer('beneficiaries', { min: 0 })).toBe(1250);
    form.integer('startYear', { min: 1945, max: 2100 });
    expect(form.decimal('baseline')).toBe(11.28);
    expect(form.decimal('value')).toBeNull();
    expect(form.errors).toEqual({
      startYear: 'Isi angka antara 1945 dan 2100.',
      value: 'Isi dengan angka, mis. 11,28.',
    });
  });

  it('keeps textarea lines and checkbox choices', () => {
    const form = reader([
      ['approachSteps', 'Satu\n\n  Dua  \r\nTiga'],
      ['themes', 'HOUSING'],
      ['themes', 'NOT_A_THEME'],
    ]);
    expect(form.lines('approachSteps', { max: 30, maxLength: 2000 })).toEqual(['Satu', 'Dua', 'Tiga']);
    expect(form.choices('themes', ['SLUM_UPGRADING', 'HOUSING'] as const, { min: 1 })).toEqual(['HOUSING']);
    expect(form.values.themes).toEqual(['HOUSING', 'NOT_A_THEME']);
    expect(form.choices('other', ['A'] as const, { min: 1 })).toEqual([]);
    expect(form.errors.other).toBe('Pilih paling sedikit 1.');
  });

  it('refuses an option that is not offered', () => {
    const form = reader([['activity', 'PAUSED']]);
    expect(form.choice('activity', ['RUNNING', 'STOPPED'] as const)).toBeNull();
    expect(form.errors.activity).toBe('Pilih salah satu pilihan yang tersedia.');
  });
});

describe('shown values', () => {
  it('prefers what was typed over what is stored', () => {
    expect(shownValue({ title: 'Baru' }, 'title', 'Lama')).toBe('Baru');
    expect(shownValue({ title: '' }, 'title', 'Lama')).toBe('');
    expect(shownValue(undefined, 'startYear', 2013)).toBe('2013');
    expect(shownValue(undefined, 'legalBasis', null)).toBe('');
    expect(shownChoices({ themes: ['HOUSING'] }, 'themes', ['SLUM_UPGRADING'])).toEqual(['HOUSING']);
    expect(shownChoices(undefined, 'themes', ['SLUM_UPGRADING'])).toEqual(['SLUM_UPGRADING']);
  });
});
