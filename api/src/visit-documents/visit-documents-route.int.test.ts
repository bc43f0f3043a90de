import { type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../accounts/accounts.service';
import { createLogger } from '../core/logger';
import { type Viewer } from '../core/viewer';
import { createHttpApp } from '../server/http-app';
import { buildTiruSchema } from '../server/schema';
import { createHostCalendar, createProgram, createViewer, seedTestRegions, upcomingWeekdays } from '../testing/factories';
import { pdfText } from '../testing/pdf-text';
import { startTestApi, type TestApi } from '../testing/test-api';

let api: TestApi;
let server: Server;
let baseUrl: string;
let bontangEditor: Viewer;
let tangselDelegate: Viewer;
let outsider: Viewer;
let admin: Viewer;
let visitId: string;
const cookies = new Map<string, string>();

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  await createProgram(em, { slug: 'prolita-bontang', title: 'Program Lima Puluh Juta per RT', hostRegencyCode: '64.74' });
  await createHostCalendar(em, '64.74', { leadTimeDays: 7 });
  bontangEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  tangselDelegate = await createViewer(em, 'DELEGATE', { regencyCode: '36.74' });
  outsider = await createViewer(em, 'DELEGATE', { regencyCode: '16.03' });
  admin = await createViewer(em, 'ADMIN');
  for (const viewer of [bontangEditor, tangselDelegate, outsider, admin]) {
    const { sessionToken } = await signIn(api.em(), viewer.email, 'correct horse battery');
    cookies.set(viewer.accountId, `tiru_session=${sessionToken}`);
  }
  const [day] = upcomingWeekdays('Asia/Makassar', 14, 1);
  const requested = await api.execute<{ requestVisit: { id: string } }>(
    `mutation R($input: RequestVisitInput!) { requestVisit(input: $input) { id } }`,
    {
      input: {
        hostRegencyCode: '64.74',
        programSlugs: ['prolita-bontang'],
        visitingRegencyCodes: ['36.74'],
        dates: [day],
        participantCount: 15,
        objectives: 'Mengkaji pelaksanaan Prolita.',
        requestLetterNumber: '005/0123/Pem/2026',
      },
    },
    tangselDelegate,
  );
  expect(requested.errors).toBeUndefined();
  visitId = requested.data!.requestVisit.id;

  const { app } = await createHttpApp({
    orm: api.orm,
    schema: await buildTiruSchema(),
    logger: createLogger('silent'),
    webOrigin: 'https://tiru.test',
    secureCookies: false,
    introspection: false,
  });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

function download(path: string, viewer?: Viewer) {
  return fetch(`${baseUrl}${path}`, { headers: viewer ? { cookie: cookies.get(viewer.accountId)! } : {} });
}

describe('GET /visits/:id/documents/:name', () => {
  it('serves the request letter as a PDF to both sides and to an admin', async () => {
    for (const viewer of [tangselDelegate, bontangEditor, admin]) {
      const response = await download(`/visits/${visitId}/documents/request-letter.id.pdf`, viewer);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="studi-tiru-${visitId}-request-letter.id.pdf"`);
      const text = (await pdfText(new Uint8Array(await response.arrayBuffer()))).replace(/\s+/g, ' ');
      expect(text).toContain('Nomor : 005/0123/Pem/2026');
      expect(text).toContain('Kota Tangerang Selatan');
    }
  });

  it('asks an anonymous visitor to sign in, and answers 404 to someone who may not see the visit', async () => {
    expect((await download(`/visits/${visitId}/documents/request-letter.id.pdf`)).status).toBe(401);
    expect((await download(`/visits/${visitId}/documents/request-letter.id.pdf`, outsider)).status).toBe(404);
  });

  it('answers 404 for a document the visit does not have yet', async () => {
    expect((await download(`/visits/${visitId}/documents/host-reply.id.pdf`, tangselDelegate)).status).toBe(404);
    expect((await download(`/visits/${visitId}/documents/trip-report.en.pdf`, bontangEditor)).status).toBe(404);
  });

  it('answers 404 to hostile names and ids without echoing them', async () => {
    for (const path of [
      `/visits/${visitId}/documents/request-letter.fr.pdf`,
      `/visits/${visitId}/documents/..%2F..%2Fetc%2Fpasswd`,
      `/visits/${visitId}/documents/request-letter.id.pdf%00.exe`,
      `/visits/${visitId}/documents/${'a'.repeat(5000)}.id.pdf`,
      `/visits/'%3B%20drop%20table%20study_visit%3B--/documents/request-letter.id.pdf`,
      `/visits/${'0'.repeat(8)}-0000-0000-0000-000000000000/documents/request-letter.id.pdf`,
    ]) {
      const response = await download(path, tangselDelegate);
      expect(response.status, path).toBe(404);
      const body = await response.text();
      expect(body).not.toContain('passwd');
      expect(body).not.toContain('drop table');
    }
  });
});
