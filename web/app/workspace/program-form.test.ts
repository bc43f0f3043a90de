import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { FormReader } from '../lib/form-reader';
import { readContact, readOutcome, readProgramFields } from './program-form';

const language = 'en';
const t = createTranslator(language);

function reader(entries: Record<string, string | string[]>, pageLanguage: 'id' | 'en' = language): FormReader {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return new FormReader(form, pageLanguage);
}

describe('readProgramFields', () => {
  it('turns the form into the API input: empty optional fields become null, amounts BigInt strings', () => {
    const form = reader({
      title: 'Program Lima Puluh Juta per RT',
      summary: 'Bantuan Rp50.000.000 untuk setiap RT di Kota Bontang.',
      themes: ['COMMUNITY_INFRASTRUCTURE'],
      approachSteps: 'Usulan warga\nPemantauan kelurahan',
      startYear: '2013',
      totalBudgetRupiah: 'Rp50,000,000,000',
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
  it('stores an outcome baseline of 1.200 keluarga typed in Indonesian as 1200, not 1.2', () => {
    const outcome = reader(
      { indicator: 'Keluarga di rumah tidak layak huni', baseline: '1.200', value: '950', unit: 'keluarga', period: '2023' },
      'id'
    );
    expect(readOutcome(outcome)).toMatchObject({ baseline: 1200, value: 950 });
    expect(outcome.errors).toEqual({});
  });

  it('refuses an outcome value of 1.200 typed on an English page, showing both readings', () => {
    const outcome = reader({ indicator: 'Households', baseline: '1.200', value: '950', unit: 'households', period: '2023' });
    expect(readOutcome(outcome).baseline).toBeNull();
    expect(outcome.errors).toEqual({
      baseline: '1.200 can be read two ways: write 1,200 for thousands, or 1.2 for a decimal.',
    });
  });

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

  const measured = { indicator: 'Persentase penduduk miskin', value: '11,23', unit: '%', period: '2023-11-30' };

  it('sends an outcome source as one object, and none when its fields are left empty', () => {
    const sourced = reader(
      {
        ...measured,
        'source.title': ' Pj Walikota Prabumulih Pimpin Rapat Koordinasi ',
        'source.publisher': '',
        'source.publishedOn': '2024-01-16',
        'source.url': 'https://prabumulihkota.go.id/berita/rapat',
      },
      'id'
    );
    expect(readOutcome(sourced).source).toEqual({
      title: 'Pj Walikota Prabumulih Pimpin Rapat Koordinasi',
      publisher: null,
      publishedOn: '2024-01-16',
      url: 'https://prabumulihkota.go.id/berita/rapat',
    });
    const unsourced = reader({ ...measured, 'source.title': ' ', 'source.url': '' }, 'id');
    expect(readOutcome(unsourced).source).toBeNull();
    expect(unsourced.errors).toEqual({});
  });

  it('refuses a source address that is not a web address, next to that field', () => {
    const outcome = reader({ ...measured, 'source.title': 'Berita', 'source.url': 'javascript:alert(1)' }, 'id');
    readOutcome(outcome);
    expect(outcome.errors).toEqual({ 'source.url': createTranslator('id')('form.error.url') });
  });
});
