import { type Server } from 'node:http';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../accounts/accounts.service';
import { type Viewer } from '../core/viewer';
import { createHttpApp } from '../server/http-app';
import { createLogger } from '../core/logger';
import { buildTiruSchema } from '../server/schema';
import { createHostCalendar, createProgram, createViewer, seedTestRegions, upcomingWeekdays } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { type LocalDate } from './host-time';

let api: TestApi;
let server: Server;
let baseUrl: string;
let bontangEditor: Viewer;
let tangselDelegate: Viewer;
let outsider: Viewer;
let days: LocalDate[];
const cookies = new Map<string, string>();

async function sessionCookie(viewer: Viewer): Promise<string> {
  const { sessionToken } = await signIn(api.em(), viewer.email, 'correct horse battery');
  return `tiru_session=${sessionToken}`;
}

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  await createProgram(em, { slug: 'prolita-bontang', title: 'Program Lima Puluh Juta per RT', hostRegencyCode: '64.74' });
  await createHostCalendar(em, '64.74', { leadTimeDays: 7 });
  bontangEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  tangselDelegate = await createViewer(em, 'DELEGATE', { regencyCode: '36.74' });
  outsider = await createViewer(em, 'DELEGATE', { regencyCode: '16.03' });
  for (const viewer of [bontangEditor, tangselDelegate, outsider]) cookies.set(viewer.accountId, await sessionCookie(viewer));
  days = upcomingWeekdays('Asia/Makassar', 14, 4);

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

async function graphql(viewer: Viewer, query: string, variables: Record<string, unknown>) {
  const result = await api.execute<Record<string, { id: string; calendarSequence: number }>>(query, variables, viewer);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

function download(visitId: string, viewer?: Viewer) {
  return fetch(`${baseUrl}/visits/${visitId}/calendar.ics`, { headers: viewer ? { cookie: cookies.get(viewer.accountId)! } : {} });
}

async function eventOf(visitId: string, viewer: Viewer): Promise<{ event: VEvent; text: string }> {
  const response = await download(visitId, viewer);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const text = await response.text();
  const events = Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => component?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  return { event: events[0]!, text };
}

describe('GET /visits/:id/calendar.ics', () => {
  let visitId: string;

  it('serves a confirmed Bontang visit in Asia/Makassar, with agenda hours, to both sides', async () => {
    const requested = await graphql(tangselDelegate, `mutation R($input: RequestVisitInput!) { requestVisit(input: $input) { id calendarSequence } }`, {
      input: {
        hostRegencyCode: '64.74',
        programSlugs: ['prolita-bontang'],
        visitingRegencyCodes: ['36.74'],
        dates: [days[0]],
        participantCount: 15,
        objectives: 'Mengkaji pelaksanaan Prolita.',
      },
    });
    visitId = requested.id;
    await graphql(bontangEditor, `mutation A($id: ID!) { acceptVisit(id: $id) { id } }`, { id: visitId });
    await graphql(tangselDelegate, `mutation C($id: ID!) { confirmVisit(id: $id) { id } }`, { id: visitId });
    await graphql(bontangEditor, `mutation G($id: ID!, $input: VisitAgendaItemInput!) { addVisitAgendaItem(visitId: $id, input: $input) { id } }`, {
      id: visitId,
      input: { date: days[0], startTime: '09:00', endTime: '12:00', activity: 'Paparan Prolita', place: 'Auditorium Taman 3 Dimensi' },
    });

    const { event, text } = await eventOf(visitId, tangselDelegate);
    expect(event.uid).toBe(`studi-tiru-${visitId}@tiru.test`);
    expect(event.start.tz).toBe('Asia/Makassar');
    expect(event.start.toISOString()).toBe(`${days[0]}T01:00:00.000Z`); // 09:00 WITA
    expect(event.end?.toISOString()).toBe(`${days[0]}T04:00:00.000Z`); // 12:00 WITA
    expect(event.status).toBe('CONFIRMED');
    expect(event.summary).toBe('Studi tiru Kota Tangerang Selatan ke Kota Bontang');
    expect(event.location).toBe('Auditorium Taman 3 Dimensi');
    expect(text).toContain('TZID:Asia/Makassar');
    expect((await eventOf(visitId, bontangEditor)).event.uid).toBe(event.uid);
  });

  it('keeps the UID and raises SEQUENCE when the visit moves and when it is cancelled', async () => {
    const before = (await eventOf(visitId, tangselDelegate)).event;
    await graphql(bontangEditor, `mutation P($id: ID!, $dates: [String!]!) { proposeVisitDates(id: $id, dates: $dates) { id } }`, { id: visitId, dates: [days[2], days[3]] });
    await graphql(tangselDelegate, `mutation C($id: ID!) { confirmVisit(id: $id) { id } }`, { id: visitId });
    const moved = (await eventOf(visitId, tangselDelegate)).event;
    expect(moved.uid).toBe(before.uid);
    expect(Number(moved.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(moved.start.toISOString()).toBe(`${days[2]}T00:00:00.000Z`); // office hours, 08:00 WITA
    expect(ical.expandRecurringEvent(moved, { from: new Date(`${days[0]}T00:00:00Z`), to: new Date(`${days[3]}T23:00:00Z`) })).toHaveLength(2);

    await graphql(tangselDelegate, `mutation X($id: ID!, $reason: String) { cancelVisit(id: $id, reason: $reason) { id } }`, { id: visitId, reason: 'Anggaran perjalanan dipangkas.' });
    const { event: cancelled, text } = await eventOf(visitId, bontangEditor);
    expect(cancelled.uid).toBe(before.uid);
    expect(Number(cancelled.sequence)).toBeGreaterThan(Number(moved.sequence));
    expect(cancelled.status).toBe('CANCELLED');
    expect(text).toContain('\r\nMETHOD:CANCEL\r\n');
  });

  it('refuses the signed-out (401) and people outside the visit (404)', async () => {
    expect((await download(visitId)).status).toBe(401);
    expect((await download(visitId, outsider)).status).toBe(404);
    expect((await download('not-a-visit', tangselDelegate)).status).toBe(404);
  });
});
