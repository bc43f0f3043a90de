import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '@tiru/api/accounts';
import { viewerOf } from '@tiru/api/accounts';
import { type Viewer } from '@tiru/api/core';
import { startTestApi, type TestApi } from '@tiru/api/testing';
import { bookedLoads } from '@tiru/api/visits';
import { addDays, isoWeekday, localDate, todayIn } from '@tiru/api/visits';
import { performVisitAction } from '@tiru/api/visits';
import { calendarEntryOf } from '@tiru/api/visits';
import { visitToICalendar } from '@tiru/api/visits';
import { Program } from '@tiru/api/programs';
import { StudyVisit } from '@tiru/api/visits';
import { demoDataset } from '../demo/index';
import { REGENCY, SOUTH_KALIMANTAN_DELEGATION } from '../demo/regency-codes';
import { seedDemo } from './seed-demo';
import { upsertReferenceRegions } from '@tiru/api/regions';

/** The checks, run on the demo seeds. */

let api: TestApi;
let visitIdByKey: Map<string, string>;
const viewers = new Map<string, Viewer>();

async function viewer(email: string): Promise<Viewer> {
  const em = api.em();
  return viewerOf(em, await em.findOneOrFail(Account, { email }));
}

/** A weekday at least `daysAhead` from today in the host's zone that is not a blackout. */
function openWeekday(daysAhead: number, blackouts: string[]): string {
  let date = addDays(todayIn('Asia/Jakarta', new Date()), daysAhead);
  while (isoWeekday(date) > 5 || blackouts.includes(date)) date = addDays(date, 1);
  return date;
}

beforeAll(async () => {
  api = await startTestApi();
  await upsertReferenceRegions(api.em());
  visitIdByKey = (await seedDemo(api.em(), demoDataset)).visitIdByKey;
  for (const email of ['editor.bontang@tiru.test', 'editor.prabumulih@tiru.test', 'koordinator.kalsel@tiru.test', 'delegasi.tangsel@tiru.test']) {
    viewers.set(email, await viewer(email));
  }
});
afterAll(() => api.close());

const REQUEST = `mutation R($input: RequestVisitInput!) { requestVisit(input: $input) { id } }`;

describe('study visits on the demo seeds', () => {
  it('has the South Kalimantan visit to Prabumulih of 16 February 2024, completed, with its six regencies and the provincial Dinas Perkim', async () => {
    const id = visitIdByKey.get('kalsel-ke-prabumulih-2024-02-16');
    const result = await api.execute<{ visit: Record<string, unknown> & { visitingRegencies: { code: string }[]; history: { action: string }[] } }>(
      `query V($id: ID!) { visit(id: $id) { state dates hostRegency { name } coordinatorAgency { name } visitingRegencies { code }
        participants { name } history { action } programs { slug } } }`,
      { id },
      viewers.get('koordinator.kalsel@tiru.test'),
    );
    expect(result.errors).toBeUndefined();
    const visit = result.data!.visit;
    expect(visit).toMatchObject({
      state: 'COMPLETED',
      dates: ['2024-02-16'],
      hostRegency: { name: 'Kota Prabumulih' },
      coordinatorAgency: { name: 'Dinas Perumahan dan Permukiman Provinsi Kalimantan Selatan' },
      participants: [{ name: 'Ir Mursyidah Aminy MT' }],
    });
    expect(visit.visitingRegencies.map((regency) => regency.code).sort()).toEqual([...SOUTH_KALIMANTAN_DELEGATION].sort());
    expect(visit.history.map((step) => step.action)).toEqual(['REQUEST', 'ACCEPT', 'CONFIRM', 'COMPLETE']);
  });

  it('keeps the capacity table in step with the seeded visits that hold capacity', async () => {
    const confirmed = demoDataset.studyVisits.filter((seed) => seed.state === 'CONFIRMED' || seed.state === 'ACCEPTED');
    expect(confirmed.length).toBeGreaterThan(0);
    for (const seed of confirmed) {
      const [first, last] = [localDate(seed.dates[0]!), localDate(seed.dates.at(-1)!)];
      const loads = await bookedLoads(api.em(), seed.hostRegencyCode, first, last);
      expect(loads).toEqual(seed.dates.map((date) => ({ date, delegations: 1, participants: seed.participantCount })));
    }
    const historic = await bookedLoads(api.em(), '16.74', localDate('2024-02-16'), localDate('2024-02-16'));
    expect(historic).toEqual([]);
  });

  it('refuses a request on a blackout day, and one beyond capacity, naming the day', async () => {
    const bontang = demoDataset.hostCalendars.find((calendar) => calendar.regencyCode === '64.74')!;
    const earliest = addDays(todayIn('Asia/Makassar', new Date()), bontang.leadTimeDays + 1);
    const holiday = bontang.blackoutDates.find((blackout) => blackout.date >= earliest && isoWeekday(localDate(blackout.date)) <= 5);
    expect(holiday, 'the demo calendar should list a weekday holiday ahead').toBeDefined();
    const tangsel = viewers.get('delegasi.tangsel@tiru.test');
    const input = { hostRegencyCode: '64.74', programSlugs: ['prolita-bontang'], visitingRegencyCodes: ['36.74'], participantCount: 10, objectives: 'Belajar Prolita.' };
    const onHoliday = await api.execute(REQUEST, { input: { ...input, dates: [holiday!.date] } }, tangsel);
    expect(onHoliday.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates' });
    expect(onHoliday.errors?.[0]?.message).toBe(`${holiday!.date}: Kota Bontang receives no visits that day (${holiday!.reason}).`);

    const prabumulih = demoDataset.hostCalendars.find((calendar) => calendar.regencyCode === '16.74')!;
    const day = openWeekday(prabumulih.leadTimeDays + 10, prabumulih.blackoutDates.map((blackout) => blackout.date));
    const kalsel = viewers.get('koordinator.kalsel@tiru.test');
    const kalselInput = { hostRegencyCode: '16.74', programSlugs: ['ritta-prabumulih'], visitingRegencyCodes: ['63.09'], participantCount: 10, objectives: 'Belajar RITTA.', dates: [day] };
    const first = await api.execute<{ requestVisit: { id: string } }>(REQUEST, { input: kalselInput }, kalsel);
    expect(first.errors).toBeUndefined();
    const accepted = await api.execute(`mutation A($id: ID!) { acceptVisit(id: $id) { state } }`, { id: first.data!.requestVisit.id }, viewers.get('editor.prabumulih@tiru.test'));
    expect(accepted.data).toEqual({ acceptVisit: { state: 'ACCEPTED' } });
    const second = await api.execute(REQUEST, { input: kalselInput }, kalsel);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ date: day, reason: 'OVER_DELEGATION_CAPACITY', limit: 0 }] });
    expect(second.errors?.[0]?.message).toContain(day);
  });

  it('refuses a delegate accepting its own request with FORBIDDEN', async () => {
    const id = visitIdByKey.get('tangsel-ke-bontang-2027-04');
    const result = await api.execute(`mutation A($id: ID!) { acceptVisit(id: $id) { state } }`, { id }, viewers.get('delegasi.tangsel@tiru.test'));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('writes the calendar file of a confirmed Bontang visit in Asia/Makassar', async () => {
    const id = visitIdByKey.get('tangsel-ke-bontang-2027-04')!;
    const host = viewers.get('editor.bontang@tiru.test')!;
    await performVisitAction(api.em(), host, id, 'ACCEPT', {}, new Date(), 'https://tiru.test');
    await performVisitAction(api.em(), viewers.get('delegasi.tangsel@tiru.test')!, id, 'CONFIRM', {}, new Date(), 'https://tiru.test');
    const em = api.em();
    const visit = await em.findOneOrFail(StudyVisit, { id });
    const text = visitToICalendar(await calendarEntryOf(em, visit, 'https://tiru.test'));
    expect(text).toContain('\r\nTZID:Asia/Makassar\r\n');
    expect(text).toContain('\r\nDTSTART;TZID=Asia/Makassar:20270413T080000\r\n');
    expect(text).toContain('\r\nSTATUS:CONFIRMED\r\n');
  });

  it("turns the coordinator's feedback for Tabalong into Tabalong's adoptions only", async () => {
    const id = visitIdByKey.get('kalsel-ke-prabumulih-2024-02-16');
    const ADOPTERS = `query P($slug: String!) { program(slug: $slug) { adoptions { stage adopterRegency { code } } } }`;
    type Adopters = { program: { adoptions: { stage: string; adopterRegency: { code: string } }[] } };
    const adoptersOf = async (slug: string) => Object.fromEntries((await api.execute<Adopters>(ADOPTERS, { slug })).data!.program.adoptions.map((adoption) => [adoption.adopterRegency.code, adoption.stage]));
    const bedahRumahBefore = await adoptersOf('bedah-rumah-infaq-pegawai-prabumulih');
    const feedback = await api.execute(
      `mutation F($id: ID!, $input: VisitFeedbackInput!) { giveVisitFeedback(visitId: $id, input: $input) { feedback { rating } } }`,
      {
        id,
        input: {
          rating: 5,
          willAdopt: 'Rumah komunitas bagi warga tanpa lahan.',
          replications: [
            { regencyCode: REGENCY.TABALONG, programSlug: 'rumah-komunitas-prabumulih', stage: 'PLANNING' },
            { regencyCode: REGENCY.TABALONG, programSlug: 'bedah-rumah-infaq-pegawai-prabumulih', stage: 'PLANNING' },
          ],
        },
      },
      viewers.get('koordinator.kalsel@tiru.test'),
    );
    expect(feedback.errors).toBeUndefined();
    expect(await adoptersOf('rumah-komunitas-prabumulih')).toEqual({ [REGENCY.TABALONG]: 'PLANNING' });
    expect(await adoptersOf('bedah-rumah-infaq-pegawai-prabumulih')).toEqual({ ...bedahRumahBefore, [REGENCY.TABALONG]: 'PLANNING' });
    expect(Object.keys(bedahRumahBefore).sort()).toEqual([...SOUTH_KALIMANTAN_DELEGATION].sort());
  });
});

describe('a demo dataset that would overbook a host day', () => {
  it('is refused by the visit services, naming the visit and the day, and leaves nothing of the demo behind', async () => {
    const other = await startTestApi();
    try {
      await upsertReferenceRegions(other.em());
      const january = demoDataset.studyVisits.find((seed) => seed.key === 'kalsel-ke-prabumulih-2027-01')!;
      const overbooked = { ...demoDataset, studyVisits: [...demoDataset.studyVisits, { ...january, key: 'kalsel-ke-prabumulih-2027-01-lagi' }] };
      await expect(seedDemo(other.em(), overbooked)).rejects.toThrow(
        /^Demo visit "kalsel-ke-prabumulih-2027-01-lagi" cannot be seeded: 2027-01-19 is fully booked: Kota Prabumulih receives at most 1 delegation/,
      );
      const em = other.em();
      expect([await em.count(StudyVisit, {}), await em.count(Program, {})]).toEqual([0, 0]);
      expect(await bookedLoads(em, january.hostRegencyCode, localDate(january.dates[0]!), localDate(january.dates.at(-1)!))).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
