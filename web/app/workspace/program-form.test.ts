import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { FormReader } from '../lib/form-reader';
import { readContact, readOutcome, readProgramFields } from './program-form';

const t = createTranslator('en');

function reader(entries: Record<string, string | string[]>): FormReader {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return new FormReader(form, t);
}

describe('readProgramFields', () => {
  it('turns the form into the API input: empty optional fields become null, amounts BigInt strings', () => {
    const form = reader({
      title: 'Program Lima Puluh Juta per RT',
      summary: 'Bantuan Rp50.000.000 untuk setiap RT di Kota Bontang.',
      themes: ['COMMUNITY_INFRASTRUCTURE'],
      approachSteps: 'Usulan warga\nPemantauan kelurahan',
      startYear: '2013',
      totalBudgetRupiah: 'Rp50.000.000.000',
      activity: 'RUNNING',
    });
    const fields = readProgramFields(form);
    expect(form.errors).toEqual({});
    expect(fields).toMatchObject({
      title: 'Program Lima Puluh Juta per RT',
      acronym: null,
      leadAgencyId: null,
      themes: ['COMMUNITY_INFRASTRUCTURE'],
      approachSteps: ['Usulan warga', 'Pemantauan kelurahan'],
      startYear: 2013,
      endYear: null,
      totalBudgetRupiah: '50000000000',
      unitCostRupiah: null,
      activity: 'RUNNING',
    });
  });

  it('explains each broken rule next to its field', () => {
    const form = reader({ title: 'RT', summary: 'Pendek', startYear: '2020', endYear: '2019' });
    readProgramFields(form);
    expect(form.errors).toEqual({
      title: 'At least 3 characters.',
      summary: 'At least 20 characters.',
      themes: 'Pick at least 1.',
      endYear: 'The end year cannot come before the start year.',
    });
  });
});

describe('part forms', () => {
  it('checks outcome periods and contact details the way the API does', () => {
    const outcome = reader({
      indicator: 'Tingkat kemiskinan',
      value: '11.23',
      baseline: '11.28',
      unit: '%',
      period: 'Nov 2023',
    });
    expect(readOutcome(outcome)).toMatchObject({ value: 11.23, baseline: 11.28 });
    expect(outcome.errors).toEqual({ period: t('form.error.period') });

    const contact = reader({ name: 'Sekretariat', role: 'Narahubung', phone: 'call me', email: 'prolita@' });
    readContact(contact);
    expect(Object.keys(contact.errors)).toEqual(['phone', 'email']);
  });
});
