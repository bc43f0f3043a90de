import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account, viewerOf } from '@tiru/api/accounts';
import { type Viewer } from '@tiru/api/core';
import { Regency, upsertReferenceRegions } from '@tiru/api/regions';
import { pdfText, startTestApi, type TestApi } from '@tiru/api/testing';
import { renderVisitDocument } from '@tiru/api/visit-documents';
import { demoDataset } from '../demo/index';
import { SOUTH_KALIMANTAN_DELEGATION } from '../demo/regency-codes';
import { seedDemo } from './seed-demo';

/** The check of the visit documents: the PDFs of the seeded South Kalimantan visit, read back as text. */

const SOUTH_KALIMANTAN_2024 = 'kalsel-ke-prabumulih-2024-02-16';
const LETTER_NUMBER = demoDataset.studyVisits.find((seed) => seed.key === SOUTH_KALIMANTAN_2024)!.requestLetterNumber!;

let api: TestApi;
let visitIdByKey: Map<string, string>;
let coordinator: Viewer;
let regencyNames: string[];

async function viewer(email: string): Promise<Viewer> {
  const em = api.em();
  return viewerOf(em, await em.findOneOrFail(Account, { email }));
}

/** Text with its line breaks and runs of spaces made single spaces: a name may wrap across two lines. */
async function documentText(kind: 'REQUEST_LETTER' | 'HOST_REPLY' | 'TRIP_REPORT', language: 'id' | 'en', who: Viewer = coordinator): Promise<string> {
  const pdf = await renderVisitDocument(api.em(), who, visitIdByKey.get(SOUTH_KALIMANTAN_2024)!, kind, language);
  expect(pdf, `${kind} in ${language}`).not.toBeNull();
  expect(pdf!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return (await pdfText(pdf!)).replace(/\s+/g, ' ');
}

beforeAll(async () => {
  api = await startTestApi();
  await upsertReferenceRegions(api.em());
  visitIdByKey = (await seedDemo(api.em(), demoDataset)).visitIdByKey;
  coordinator = await viewer('koordinator.kalsel@tiru.test');
  const regencies = await api.em().find(Regency, { code: { $in: [...SOUTH_KALIMANTAN_DELEGATION] } });
  regencyNames = regencies.map((regency) => regency.name);
});
afterAll(() => api.close());

describe('the documents of the South Kalimantan visit to Prabumulih', () => {
  it('has six visiting regencies to look for', () => {
    expect(regencyNames).toHaveLength(6);
  });

  it('writes the request letter with its number, the six regencies, the date and the addressee', async () => {
    const text = await documentText('REQUEST_LETTER', 'id');
    expect(text).toContain(`Nomor : ${LETTER_NUMBER}`);
    expect(text).toContain('Perihal : Permohonan Studi Tiru');
    expect(text).toContain('DINAS PERUMAHAN DAN PERMUKIMAN PROVINSI KALIMANTAN SELATAN');
    expect(text).toContain('Kepada Yth. Pemerintah Kota Prabumulih');
    expect(text).toContain('pada 16 Februari 2024');
    for (const name of regencyNames) expect(text).toContain(name);
    expect(text).toContain('Ir Mursyidah Aminy MT');
  });

  it('writes the request letter in English with English dates', async () => {
    const text = await documentText('REQUEST_LETTER', 'en');
    expect(text).toContain(`Number : ${LETTER_NUMBER}`);
    expect(text).toContain('on 16 February 2024');
    expect(text).not.toContain('Februari');
    for (const name of regencyNames) expect(text).toContain(name);
  });

  it("writes the host's reply citing the request letter's number and the accepted date", async () => {
    for (const [language, reference, date] of [
      ['id', `Nomor ${LETTER_NUMBER} tanggal`, 'pada 16 Februari 2024'],
      ['en', `No. ${LETTER_NUMBER} of`, 'on 16 February 2024'],
    ] as const) {
      const text = await documentText('HOST_REPLY', language);
      expect(text).toContain(reference);
      expect(text).toContain(date);
      expect(text).toContain(language === 'id' ? 'bersedia menerima' : 'will receive');
    }
  });

  it('drafts the trip report with the regencies, the date, the letter number, and the lessons and adoptions from the feedback', async () => {
    const given = await api.execute(
      `mutation F($id: ID!, $input: VisitFeedbackInput!) { giveVisitFeedback(visitId: $id, input: $input) { feedback { rating } } }`,
      { id: visitIdByKey.get(SOUTH_KALIMANTAN_2024), input: { rating: 4, willAdopt: 'Rumah komunitas bagi warga tanpa lahan.', replications: [{ regencyCode: '63.09', programSlug: 'rumah-komunitas-prabumulih', stage: 'PLANNING' }] } },
      coordinator,
    );
    expect(given.errors).toBeUndefined();
    const text = await documentText('TRIP_REPORT', 'id');
    expect(text).toContain('LAPORAN HASIL STUDI TIRU');
    expect(text).toContain(`Nomor ${LETTER_NUMBER}`);
    expect(text).toContain('16 Februari 2024, di Kota Prabumulih');
    for (const name of regencyNames) expect(text).toContain(name);
    expect(text).toContain('Rumah Inti Tumbuh Tahan Gempa (biaya satuan Rp40.000.000 per rumah)');
    expect(text).toContain('4 dari 5');
    expect(text).toContain('Rumah komunitas bagi warga tanpa lahan.');
    expect(text).toContain('Program yang akan direplikasi: Pembangunan Rumah Komunitas (Kabupaten Tabalong).');
  });

  it("lists the visit's six documents in GraphQL, and the host's editor sees them too", async () => {
    const query = `query V($id: ID!) { visit(id: $id) { documents { kind language title path } } }`;
    const id = visitIdByKey.get(SOUTH_KALIMANTAN_2024)!;
    for (const who of [coordinator, await viewer('editor.prabumulih@tiru.test')]) {
      const result = await api.execute<{ visit: { documents: { kind: string; language: string; title: string; path: string }[] } }>(query, { id }, who);
      expect(result.errors).toBeUndefined();
      expect(result.data!.visit.documents.map((document) => `${document.kind}.${document.language}`)).toEqual([
        'REQUEST_LETTER.ID', 'REQUEST_LETTER.EN', 'HOST_REPLY.ID', 'HOST_REPLY.EN', 'TRIP_REPORT.ID', 'TRIP_REPORT.EN',
      ]);
      expect(result.data!.visit.documents[0]).toEqual({ kind: 'REQUEST_LETTER', language: 'ID', title: 'Permohonan Studi Tiru', path: `/visits/${id}/documents/request-letter.id.pdf` });
    }
  });

  it('refuses the documents to someone who may not see the visit, and has no reply or report before the host answers', async () => {
    const outsider = await viewer('editor.bontang@tiru.test');
    expect(await renderVisitDocument(api.em(), outsider, visitIdByKey.get(SOUTH_KALIMANTAN_2024)!, 'REQUEST_LETTER', 'id')).toBeNull();
    const requested = visitIdByKey.get('tangsel-ke-bontang-2027-04')!;
    const delegate = await viewer('delegasi.tangsel@tiru.test');
    expect(await renderVisitDocument(api.em(), delegate, requested, 'REQUEST_LETTER', 'id')).not.toBeNull();
    expect(await renderVisitDocument(api.em(), delegate, requested, 'HOST_REPLY', 'id')).toBeNull();
    expect(await renderVisitDocument(api.em(), delegate, requested, 'TRIP_REPORT', 'en')).toBeNull();
  });
});
