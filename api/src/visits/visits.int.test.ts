import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { Adoption } from '../adoptions/adoption.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { Program } from '../programs/program.entities';
import { createAgency, createHostCalendar, createProgram, createViewer, seedTestRegions, upcomingWeekdays } from '../testing/factories';
import { loadProgramSearchDocuments } from '../search/program-search-documents';
import { startTestApi, type TestApi } from '../testing/test-api';
import { bookedLoads } from './host-day-load';
import { programVisitCounts } from './program-visit-counts';
import { addDays, localDate, type LocalDate } from './host-time';
import { VISIT_LIMITS } from './visit-limits';
import { performVisitAction } from './visit-transitions.service';
import { StudyVisitFeedback, StudyVisitReplication } from './visit.entities';
import { HOSTILE_STRINGS } from '../graphql-endpoint/testing/hostile-inputs';

let api: TestApi;
let bontangEditor: Viewer;
let prabumulihEditor: Viewer;
let tangselDelegate: Viewer;
let kalselCoordinator: Viewer;
let muaraEnimDelegate: Viewer;
let admin: Viewer;
let perkimKalselId: string;
/** Upcoming weekdays in Bontang (WITA), far enough ahead for its 7 days' notice. */
let days: LocalDate[];
let nyepi: LocalDate;

const SOUTH_KALIMANTAN = ['63.09', '63.07', '63.72'];

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  perkimKalselId = (await createAgency(em, 'Dinas Perumahan dan Permukiman Provinsi Kalimantan Selatan', 'DINAS', '63.72')).id;
  bontangEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  prabumulihEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '16.74' });
  tangselDelegate = await createViewer(em, 'DELEGATE', { regencyCode: '36.74' });
  kalselCoordinator = await createViewer(em, 'COORDINATOR', { agencyId: perkimKalselId, coveredRegencyCodes: SOUTH_KALIMANTAN });
  muaraEnimDelegate = await createViewer(em, 'DELEGATE', { regencyCode: '16.03' });
  admin = await createViewer(em, 'ADMIN');
  await createProgram(em, { slug: 'prolita-bontang', title: 'Program Lima Puluh Juta per RT', hostRegencyCode: '64.74' });
  await createProgram(em, { slug: 'ritta', title: 'Rumah Inti Tumbuh Tahan Gempa', hostRegencyCode: '16.74' });
  await createProgram(em, { slug: 'bedah-rumah-infaq', title: 'Bedah rumah dari infaq pegawai', hostRegencyCode: '16.74' });
  days = upcomingWeekdays('Asia/Makassar', 20, 12);
  nyepi = days[11]!;
  await createHostCalendar(em, '64.74', { delegationsPerDay: 2, participantsPerDay: 40, leadTimeDays: 7, blackoutDates: [{ date: nyepi, reason: 'Hari Suci Nyepi' }] });
  await createHostCalendar(em, '16.74', { delegationsPerDay: 1, participantsPerDay: 60, leadTimeDays: 14 });
});
afterAll(() => api.close());

type VisitData = { id: string; state: string; dates: string[]; proposedDates: string[]; calendarSequence: number; allowedActions: string[] };

const VISIT_FIELDS = 'id state dates proposedDates calendarSequence allowedActions';
const REQUEST = `mutation R($input: RequestVisitInput!) { requestVisit(input: $input) { ${VISIT_FIELDS} mySides } }`;

function tangselRequest(dates: string[], overrides: Record<string, unknown> = {}) {
  return {
    hostRegencyCode: '64.74',
    programSlugs: ['prolita-bontang'],
    visitingRegencyCodes: ['36.74'],
    dates,
    participantCount: 12,
    participants: [{ name: 'Ismunandar', position: 'Asisten Administrasi Pemerintahan' }],
    objectives: 'Mempelajari tata cara usulan warga dan pertanggungjawaban dana Prolita.',
    questions: 'Bagaimana RT melaporkan penggunaan dana?',
    requestLetterNumber: '005/0123/Pem/2026',
    ...overrides,
  };
}

async function request(viewer: Viewer, input: Record<string, unknown>) {
  return api.execute<{ requestVisit: VisitData & { mySides: string[] } }>(REQUEST, { input }, viewer);
}

async function requestOk(viewer: Viewer, input: Record<string, unknown>): Promise<VisitData> {
  const result = await request(viewer, input);
  expect(result.errors).toBeUndefined();
  return result.data!.requestVisit;
}

async function step(mutation: string, viewer: Viewer, variables: Record<string, unknown>) {
  const name = mutation.split('(')[0]!;
  const signature = Object.keys(variables)
    .map((key) => `$${key}: ${key === 'dates' ? '[String!]!' : key === 'id' ? 'ID!' : 'String'}`)
    .join(', ');
  const args = Object.keys(variables).map((key) => `${key}: $${key}`).join(', ');
  const result = await api.execute<Record<string, VisitData>>(`mutation M(${signature}) { ${name}(${args}) { ${VISIT_FIELDS} } }`, variables, viewer);
  return { errors: result.errors, visit: result.data?.[name] };
}

describe('host calendars', () => {
  const SET = `mutation S($input: HostCalendarInput!) { setHostCalendar(input: $input) { workingDays delegationsPerDay participantsPerDay leadTimeDays timeZone canEdit hostRegency { code } blackoutDates { date reason } } }`;
  const bontangCalendar = { hostRegencyCode: '64.74', workingDays: [5, 1, 2, 3, 4], delegationsPerDay: 2, participantsPerDay: 40, leadTimeDays: 7 };

  it('lets a host editor publish its calendar, in the host time zone', async () => {
    const result = await api.execute(SET, { input: bontangCalendar }, bontangEditor);
    expect(result.errors).toBeUndefined();
    expect(result.data?.setHostCalendar).toEqual({
      workingDays: [1, 2, 3, 4, 5],
      delegationsPerDay: 2,
      participantsPerDay: 40,
      leadTimeDays: 7,
      timeZone: 'Asia/Makassar',
      canEdit: true,
      hostRegency: { code: '64.74' },
      blackoutDates: [{ date: nyepi, reason: 'Hari Suci Nyepi' }],
    });
  });

  it('refuses editors of another regency and delegates', async () => {
    for (const viewer of [prabumulihEditor, tangselDelegate]) {
      const result = await api.execute(SET, { input: bontangCalendar }, viewer);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it.each([
    ['workingDays', { workingDays: [0, 1] }],
    ['workingDays', { workingDays: [1, 8] }],
    ['workingDays', { workingDays: [] }],
    ['delegationsPerDay', { delegationsPerDay: 0 }],
    ['participantsPerDay', { participantsPerDay: 0 }],
    ['leadTimeDays', { leadTimeDays: -1 }],
  ])('names %s when it is out of range', async (field, change) => {
    const result = await api.execute(SET, { input: { ...bontangCalendar, ...change } }, bontangEditor);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('lets an agency receive delegations for the host, without letting other agencies take the calendar over', async () => {
    const em = api.em();
    const bappedaBontang = await createAgency(em, 'Bappeda Kota Bontang', 'BAPPEDA', '64.74');
    const bappedaPrabumulih = await createAgency(em, 'Bappeda Kota Prabumulih', 'BAPPEDA', '16.74');
    const bontangOffice = await createViewer(em, 'HOST_EDITOR', { agencyId: bappedaBontang.id });
    const prabumulihOffice = await createViewer(em, 'HOST_EDITOR', { agencyId: bappedaPrabumulih.id });
    const takeover = await api.execute(SET, { input: { ...bontangCalendar, agencyId: bappedaPrabumulih.id } }, prabumulihOffice);
    expect(takeover.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await api.execute(SET, { input: { ...bontangCalendar, agencyId: bappedaPrabumulih.id } }, bontangEditor);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
    const named = await api.execute(`mutation S($input: HostCalendarInput!) { setHostCalendar(input: $input) { agency { name } } }`, { input: { ...bontangCalendar, agencyId: bappedaBontang.id } }, bontangEditor);
    expect(named.data?.setHostCalendar).toEqual({ agency: { name: 'Bappeda Kota Bontang' } });
    const byOffice = await api.execute(SET, { input: bontangCalendar }, bontangOffice);
    expect(byOffice.errors).toBeUndefined();
    const READ = '{ hostCalendar(hostRegencyCode: "64.74") { canEdit agency { name } } }';
    expect((await api.execute(READ, {}, bontangOffice)).data).toEqual({ hostCalendar: { canEdit: true, agency: { name: 'Bappeda Kota Bontang' } } });
    await api.execute(SET, { input: { ...bontangCalendar, agencyId: null } }, bontangEditor);
    expect((await api.execute(READ, {}, bontangOffice)).data).toEqual({ hostCalendar: { canEdit: false, agency: null } });
  });

  it('adds and removes blackout dates', async () => {
    const ADD = `mutation A($date: String!) { addHostBlackoutDate(hostRegencyCode: "64.74", date: $date, reason: "Pilkada serentak") { blackoutDates { date reason } } }`;
    const REMOVE = `mutation D($date: String!) { removeHostBlackoutDate(hostRegencyCode: "64.74", date: $date) { blackoutDates { date } } }`;
    const election = days[10]!;
    const added = await api.execute<{ addHostBlackoutDate: { blackoutDates: { date: string }[] } }>(ADD, { date: election }, bontangEditor);
    expect(added.data?.addHostBlackoutDate.blackoutDates).toContainEqual({ date: election, reason: 'Pilkada serentak' });
    expect((await api.execute(ADD, { date: election }, tangselDelegate)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const removed = await api.execute<{ removeHostBlackoutDate: { blackoutDates: { date: string }[] } }>(REMOVE, { date: election }, bontangEditor);
    expect(removed.data?.removeHostBlackoutDate.blackoutDates).toEqual([{ date: nyepi }]);
    const audited = await api.em().find(AuditEntry, { entityType: 'HostCalendar', entityId: '64.74', details: { date: election } }, { orderBy: { id: 'asc' } });
    expect(audited.map(({ action, actorAccountId }) => ({ action, actorAccountId }))).toEqual([
      { action: 'CLOSED_DAY', actorAccountId: bontangEditor.accountId },
      { action: 'REOPENED_DAY', actorAccountId: bontangEditor.accountId },
    ]);
  });

  it('shows availability per day: blackouts with their reason, closed weekends, free days', async () => {
    const AVAILABILITY = `query A($from: String!, $to: String!) { availability(hostRegencyCode: "64.74", from: $from, to: $to) { date status detail remainingDelegations } }`;
    const result = await api.execute<{ availability: { date: string; status: string; detail: string | null }[] }>(AVAILABILITY, {
      from: addDays(nyepi, -6),
      to: nyepi,
    });
    expect(result.errors).toBeUndefined();
    const byDate = new Map(result.data!.availability.map((day) => [day.date, day]));
    expect(byDate.get(nyepi)).toMatchObject({ status: 'BLACKOUT', detail: 'Hari Suci Nyepi' });
    expect(result.data!.availability.filter((day) => day.status === 'CLOSED')).toHaveLength(2);
    expect(byDate.get(days[9]!)).toMatchObject({ status: 'FREE', remainingDelegations: 2 });
  });
});

describe('requesting a visit', () => {
  it('refuses a blackout day, naming the day and the reason', async () => {
    const result = await request(tangselDelegate, tangselRequest([nyepi]));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates', problems: [{ date: nyepi, reason: 'BLACKOUT', detail: 'Hari Suci Nyepi' }] });
    expect(result.errors?.[0]?.message).toContain(nyepi);
    expect(result.errors?.[0]?.message).toContain('Hari Suci Nyepi');
  });

  it('refuses more participants than the day holds, naming the day', async () => {
    const result = await request(tangselDelegate, tangselRequest([days[0]!], { participantCount: 41 }));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ date: days[0], reason: 'OVER_PARTICIPANT_CAPACITY', limit: 40 }] });
    expect(result.errors?.[0]?.message).toContain(days[0]!);
  });

  it('refuses too little notice, giving the earliest day', async () => {
    const soon = upcomingWeekdays('Asia/Makassar', 1, 1)[0]!;
    const result = await request(tangselDelegate, tangselRequest([soon]));
    expect(result.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ date: soon, reason: 'TOO_LITTLE_NOTICE' })]);
  });

  it('refuses a day already full with two agreed delegations, naming it', async () => {
    const full = days[1]!;
    for (let index = 0; index < 2; index += 1) {
      const visit = await requestOk(tangselDelegate, tangselRequest([full]));
      expect((await step('acceptVisit', bontangEditor, { id: visit.id })).visit?.state).toBe('ACCEPTED');
    }
    const result = await request(tangselDelegate, tangselRequest([full]));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ date: full, reason: 'OVER_DELEGATION_CAPACITY', limit: 0 }] });
    expect(result.errors?.[0]?.message).toContain(`${full} is fully booked`);
  });

  it('refuses lowering a capacity below what is already agreed, naming the day', async () => {
    const SET = `mutation S($input: HostCalendarInput!) { setHostCalendar(input: $input) { delegationsPerDay } }`;
    const input = { hostRegencyCode: '64.74', workingDays: [1, 2, 3, 4, 5], delegationsPerDay: 1, participantsPerDay: 40, leadTimeDays: 7 };
    const lowered = await api.execute(SET, { input }, bontangEditor);
    expect(lowered.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'delegationsPerDay', date: days[1] });
    expect(lowered.errors?.[0]?.message).toContain(days[1]!);
    expect((await api.execute(SET, { input: { ...input, delegationsPerDay: 2 } }, bontangEditor)).errors).toBeUndefined();
  });

  it('only lets coordinators and delegates request for regencies they act for', async () => {
    const forOthers = await request(tangselDelegate, tangselRequest([days[2]!], { visitingRegencyCodes: ['36.74', '63.09'] }));
    expect(forOthers.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asHost = await request(prabumulihEditor, tangselRequest([days[2]!], { visitingRegencyCodes: ['16.74'] }));
    expect(asHost.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherHostsProgram = await request(tangselDelegate, tangselRequest([days[2]!], { programSlugs: ['ritta'] }));
    expect(otherHostsProgram.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'programSlugs' });
  });

  it('records a delegation of several regencies with its coordinator agency and participant list', async () => {
    const [first, second] = upcomingWeekdays('Asia/Jakarta', 30, 2);
    const result = await api.execute<{ requestVisit: Record<string, unknown> }>(
      `mutation R($input: RequestVisitInput!) { requestVisit(input: $input) {
        state dates hostTimeZone mySides visitingRegencies { code } coordinatorAgency { name } visitingAgencies { id }
        participants { name position agency { id } } history { action fromState toState actorName dates } } }`,
      {
        input: {
          hostRegencyCode: '16.74',
          programSlugs: ['ritta', 'bedah-rumah-infaq'],
          visitingRegencyCodes: SOUTH_KALIMANTAN,
          coordinatorAgencyId: perkimKalselId,
          dates: [second, first],
          participantCount: 35,
          participants: [{ name: 'Ir Mursyidah Aminy MT', position: 'Kepala Dinas Perumahan dan Permukiman', agencyId: perkimKalselId }],
          objectives: 'Mempercepat penyelesaian rumah tidak layak huni di Kalimantan Selatan.',
        },
      },
      kalselCoordinator,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.requestVisit).toEqual({
      state: 'REQUESTED',
      dates: [first, second],
      hostTimeZone: 'Asia/Jakarta',
      mySides: ['REQUESTER'],
      visitingRegencies: expect.arrayContaining(SOUTH_KALIMANTAN.map((code) => ({ code }))),
      coordinatorAgency: { name: 'Dinas Perumahan dan Permukiman Provinsi Kalimantan Selatan' },
      visitingAgencies: [{ id: perkimKalselId }],
      participants: [{ name: 'Ir Mursyidah Aminy MT', position: 'Kepala Dinas Perumahan dan Permukiman', agency: { id: perkimKalselId } }],
      history: [{ action: 'REQUEST', fromState: null, toState: 'REQUESTED', actorName: kalselCoordinator.displayName, dates: [first, second] }],
    });
  });
});

describe('the workflow', () => {
  it('refuses a delegate accepting its own request with FORBIDDEN, and hides the visit from outsiders', async () => {
    const visit = await requestOk(tangselDelegate, tangselRequest([days[3]!]));
    const accepted = await step('acceptVisit', tangselDelegate, { id: visit.id });
    expect(accepted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(accepted.errors?.[0]?.message).toBe('Only the host can accept this visit.');
    expect((await step('acceptVisit', muaraEnimDelegate, { id: visit.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await step('acceptVisit', admin, { id: visit.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = `query V($id: ID!) { visit(id: $id) { state } }`;
    expect((await api.execute(read, { id: visit.id }, muaraEnimDelegate)).data?.visit).toBeNull();
    expect((await api.execute(read, { id: visit.id }, admin)).data?.visit).toEqual({ state: 'REQUESTED' });
    expect((await step('confirmVisit', tangselDelegate, { id: visit.id })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'state' });
    expect((await step('declineVisit', bontangEditor, { id: visit.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('takes a visit from request to confirmation, recording each step, mailing the other side and holding the day', async () => {
    const day = days[4]!;
    const visit = await requestOk(tangselDelegate, tangselRequest([day]));
    expect(visit.allowedActions).toEqual(['CANCEL']);
    const mailToHost = await api.em().findOneOrFail(OutboxEvent, { topic: 'mail', key: visit.id });
    expect(mailToHost.payload).toMatchObject({ template: 'visit-update', action: 'REQUEST', to: [bontangEditor.email] });

    const accepted = await step('acceptVisit', bontangEditor, { id: visit.id, reason: 'Silakan datang.' });
    expect(accepted.visit).toMatchObject({ state: 'ACCEPTED', allowedActions: ['PROPOSE_DATES', 'CANCEL'] });
    expect(await bookedLoads(api.em(), '64.74', day, day)).toEqual([{ date: day, delegations: 1, participants: 12 }]);
    const confirmed = await step('confirmVisit', tangselDelegate, { id: visit.id });
    expect(confirmed.visit).toMatchObject({ state: 'CONFIRMED', dates: [day] });
    expect(await bookedLoads(api.em(), '64.74', day, day)).toEqual([{ date: day, delegations: 1, participants: 12 }]);

    const history = await api.execute<{ visit: { history: { action: string; fromState: string | null; toState: string; reason: string; actorName: string }[] } }>(
      `query V($id: ID!) { visit(id: $id) { history { action fromState toState reason actorName at } } }`,
      { id: visit.id },
      tangselDelegate,
    );
    expect(history.data?.visit.history.map(({ action, fromState, toState, reason, actorName }) => ({ action, fromState, toState, reason, actorName }))).toEqual([
      { action: 'REQUEST', fromState: null, toState: 'REQUESTED', reason: '', actorName: tangselDelegate.displayName },
      { action: 'ACCEPT', fromState: 'REQUESTED', toState: 'ACCEPTED', reason: 'Silakan datang.', actorName: bontangEditor.displayName },
      { action: 'CONFIRM', fromState: 'ACCEPTED', toState: 'CONFIRMED', reason: '', actorName: tangselDelegate.displayName },
    ]);
    const mails = await api.em().find(OutboxEvent, { topic: 'mail', key: visit.id }, { orderBy: { id: 'asc' } });
    expect(mails.map((mail) => [mail.payload.action, mail.payload.to])).toEqual([
      ['REQUEST', [bontangEditor.email]],
      ['ACCEPT', [tangselDelegate.email]],
      ['CONFIRM', [bontangEditor.email]],
    ]);
    const audited = await api.em().find(AuditEntry, { entityType: 'StudyVisit', entityId: visit.id }, { orderBy: { id: 'asc' } });
    expect(audited.map(({ action, actorAccountId, details }) => ({ action, actorAccountId, toState: details.toState }))).toEqual([
      { action: 'REQUEST', actorAccountId: tangselDelegate.accountId, toState: 'REQUESTED' },
      { action: 'ACCEPT', actorAccountId: bontangEditor.accountId, toState: 'ACCEPTED' },
      { action: 'CONFIRM', actorAccountId: tangselDelegate.accountId, toState: 'CONFIRMED' },
    ]);
    const searchSyncs = await api.em().find(OutboxEvent, { topic: 'search.program', payload: { reason: 'visit' } });
    expect(searchSyncs.map((event) => event.payload.slug)).toEqual(['prolita-bontang']);

    const cancelled = await step('cancelVisit', bontangEditor, { id: visit.id, reason: 'Wali kota berhalangan.' });
    expect(cancelled.visit?.state).toBe('CANCELLED');
    expect(await bookedLoads(api.em(), '64.74', day, day)).toEqual([]);
  });

  it('moves a visit to the dates the host proposes once the requester confirms, raising the calendar sequence', async () => {
    const [oldDay, newDay] = [days[5]!, days[6]!];
    const visit = await requestOk(tangselDelegate, tangselRequest([oldDay]));
    await step('acceptVisit', bontangEditor, { id: visit.id });
    const proposed = await step('proposeVisitDates', bontangEditor, { id: visit.id, dates: [newDay], reason: 'Ada rapat paripurna.' });
    expect(proposed.visit).toMatchObject({ state: 'RESCHEDULE_PROPOSED', dates: [oldDay], proposedDates: [newDay] });
    expect(await bookedLoads(api.em(), '64.74', oldDay, newDay)).toEqual([]);
    const onBlackout = await step('proposeVisitDates', bontangEditor, { id: visit.id, dates: [nyepi] });
    expect(onBlackout.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates' });

    const confirmed = await step('confirmVisit', tangselDelegate, { id: visit.id });
    expect(confirmed.visit).toMatchObject({ state: 'CONFIRMED', dates: [newDay], proposedDates: [] });
    expect(confirmed.visit!.calendarSequence).toBeGreaterThan(proposed.visit!.calendarSequence);
    expect(await bookedLoads(api.em(), '64.74', oldDay, newDay)).toEqual([{ date: newDay, delegations: 1, participants: 12 }]);
  });

  it('lists my visits as host and as delegation', async () => {
    const MINE = `query M($role: VisitRole!) { myVisits(role: $role) { id hostRegency { code } } }`;
    const hosted = await api.execute<{ myVisits: { hostRegency: { code: string } }[] }>(MINE, { role: 'HOST' }, bontangEditor);
    expect(hosted.data?.myVisits.length).toBeGreaterThan(0);
    expect(new Set(hosted.data?.myVisits.map((visit) => visit.hostRegency.code))).toEqual(new Set(['64.74']));
    const travelling = await api.execute<{ myVisits: { hostRegency: { code: string } }[] }>(MINE, { role: 'DELEGATION' }, kalselCoordinator);
    expect(travelling.data?.myVisits.map((visit) => visit.hostRegency.code)).toEqual(['16.74']);
    expect((await api.execute<{ myVisits: unknown[] }>(MINE, { role: 'HOST' }, kalselCoordinator)).data?.myVisits).toEqual([]);
  });
});

describe('messages and agenda', () => {
  it('keeps a thread between both sides and lets only the host write the agenda', async () => {
    const day = days[7]!;
    const visit = await requestOk(tangselDelegate, tangselRequest([day]));
    const POST = `mutation P($id: ID!, $body: String!) { postVisitMessage(visitId: $id, body: $body) { messages { side body authorName } } }`;
    await api.execute(POST, { id: visit.id, body: 'Apakah bisa mengunjungi RT penerima Prolita?' }, tangselDelegate);
    const reply = await api.execute<{ postVisitMessage: { messages: unknown[] } }>(POST, { id: visit.id, body: 'Bisa, di Kelurahan Api-Api.' }, bontangEditor);
    expect(reply.data?.postVisitMessage.messages).toEqual([
      { side: 'REQUESTER', body: 'Apakah bisa mengunjungi RT penerima Prolita?', authorName: tangselDelegate.displayName },
      { side: 'HOST', body: 'Bisa, di Kelurahan Api-Api.', authorName: bontangEditor.displayName },
    ]);
    const messageMails = await api.em().find(OutboxEvent, { topic: 'mail', key: visit.id, payload: { template: 'visit-message' } }, { orderBy: { id: 'asc' } });
    expect(messageMails.map((mail) => mail.payload.to)).toEqual([[bontangEditor.email], [tangselDelegate.email]]);

    const ADD = `mutation A($id: ID!, $input: VisitAgendaItemInput!) { addVisitAgendaItem(visitId: $id, input: $input) { calendarSequence agenda { id date startTime endTime activity place presenter } } }`;
    const item = { date: day, startTime: '09:00', endTime: '11:30', activity: 'Paparan Prolita', place: 'Ruang Rapat Wali Kota', presenter: 'Bappeda Kota Bontang' };
    const added = await api.execute<{ addVisitAgendaItem: { calendarSequence: number; agenda: { id: string }[] } }>(ADD, { id: visit.id, input: item }, bontangEditor);
    expect(added.data?.addVisitAgendaItem.agenda).toEqual([{ id: expect.any(String), ...item }]);
    expect(added.data?.addVisitAgendaItem.calendarSequence).toBe(visit.calendarSequence + 1);
    expect((await api.execute(ADD, { id: visit.id, input: item }, tangselDelegate)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const offDay = await api.execute(ADD, { id: visit.id, input: { ...item, date: days[8] } }, bontangEditor);
    expect(offDay.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    const backwards = await api.execute(ADD, { id: visit.id, input: { ...item, endTime: '08:00' } }, bontangEditor);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endTime' });

    const itemId = added.data!.addVisitAgendaItem.agenda[0]!.id;
    const UPDATE = `mutation U($id: ID!, $item: ID!, $input: VisitAgendaItemInput!) { updateVisitAgendaItem(visitId: $id, itemId: $item, input: $input) { agenda { activity startTime } } }`;
    const updated = await api.execute(UPDATE, { id: visit.id, item: itemId, input: { ...item, startTime: '08:30', activity: 'Paparan dan tanya jawab' } }, bontangEditor);
    expect(updated.data?.updateVisitAgendaItem).toEqual({ agenda: [{ activity: 'Paparan dan tanya jawab', startTime: '08:30' }] });
    const REMOVE = `mutation D($id: ID!, $item: ID!) { removeVisitAgendaItem(visitId: $id, itemId: $item) { agenda { id } } }`;
    expect((await api.execute(REMOVE, { id: visit.id, item: itemId }, bontangEditor)).data?.removeVisitAgendaItem).toEqual({ agenda: [] });
    const audited = await api.em().find(AuditEntry, { entityType: 'StudyVisit', entityId: visit.id, changedFields: { $contains: ['agenda'] } }, { orderBy: { id: 'asc' } });
    expect(audited.map((entry) => entry.action)).toEqual(['ADDED_AGENDA_ITEM', 'UPDATED_AGENDA_ITEM', 'REMOVED_AGENDA_ITEM']);
  });
});

describe('what the visit page offers each person (the API\'s rules, not the web\'s)', () => {
  const READ = `query V($id: ID!) { visit(id: $id) { allowedActions actionsNeedingReason viewerCan { editAgenda sendMessage giveFeedback } } }`;
  type Offer = { allowedActions: string[]; actionsNeedingReason: string[]; viewerCan: { editAgenda: boolean; sendMessage: boolean; giveFeedback: boolean } };
  const offerTo = async (viewer: Viewer, id: string) => (await api.execute<{ visit: Offer }>(READ, { id }, viewer)).data?.visit;

  it('tells each side what the services would accept now, and the services agree', async () => {
    const visit = await requestOk(tangselDelegate, tangselRequest([days[7]!]));
    expect(await offerTo(bontangEditor, visit.id)).toEqual({
      allowedActions: ['ACCEPT', 'DECLINE', 'PROPOSE_DATES'],
      actionsNeedingReason: ['DECLINE'],
      viewerCan: { editAgenda: true, sendMessage: true, giveFeedback: false },
    });
    expect(await offerTo(tangselDelegate, visit.id)).toEqual({
      allowedActions: ['CANCEL'],
      actionsNeedingReason: ['CANCEL'],
      viewerCan: { editAgenda: false, sendMessage: true, giveFeedback: false },
    });
    expect(await offerTo(admin, visit.id)).toEqual({ allowedActions: [], actionsNeedingReason: [], viewerCan: { editAgenda: false, sendMessage: false, giveFeedback: false } });

    const withoutReason = await step('declineVisit', bontangEditor, { id: visit.id });
    expect(withoutReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await step('declineVisit', bontangEditor, { id: visit.id, reason: 'Hari itu ada kunjungan kerja Wali Kota.' })).errors).toBeUndefined();
    expect((await offerTo(bontangEditor, visit.id))?.viewerCan).toEqual({ editAgenda: false, sendMessage: true, giveFeedback: false });
    const ADD = `mutation A($id: ID!, $input: VisitAgendaItemInput!) { addVisitAgendaItem(visitId: $id, input: $input) { id } }`;
    const closed = await api.execute(ADD, { id: visit.id, input: { date: days[7], startTime: '09:00', endTime: '10:00', activity: 'Paparan' } }, bontangEditor);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'state' });
  });

  it('serves the input limits the services check', async () => {
    const limits = await api.execute<{ visitLimits: Record<string, number> }>(`{ visitLimits { ${Object.keys(VISIT_LIMITS).join(' ')} } }`);
    expect(limits.data?.visitLimits).toEqual(VISIT_LIMITS);
    const tooLong = await request(tangselDelegate, tangselRequest([days[7]!], { requestLetterNumber: 'x'.repeat(VISIT_LIMITS.requestLetterNumber + 1) }));
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestLetterNumber' });
    const tooManyDays = await request(tangselDelegate, tangselRequest(days.slice(0, VISIT_LIMITS.daysPerVisit + 1)));
    expect(tooManyDays.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates' });
  });
});

describe('follow-up', () => {
  const FEEDBACK = `mutation F($id: ID!, $input: VisitFeedbackInput!) {
    giveVisitFeedback(visitId: $id, input: $input) { feedback { rating willAdopt replications { stage regency { code } program { slug } } } }
  }`;
  const ADOPTIONS = `query A($slug: String!) { program(slug: $slug) { adoptionCount adoptions { stage notes adopterRegency { code } studyVisit { id } } } }`;
  type Adoptions = { program: { adoptionCount: number; adoptions: { stage: string; notes: string; adopterRegency: { code: string }; studyVisit: { id: string } | null }[] } };

  /** A completed visit of the three South Kalimantan regencies to Prabumulih's RITTA and bedah rumah, on days of its own. */
  async function completedKalselVisit(offset: number) {
    const [first, second] = upcomingWeekdays('Asia/Jakarta', 60 + offset * 7, 2);
    const visit = await requestOk(kalselCoordinator, {
      hostRegencyCode: '16.74',
      programSlugs: ['ritta', 'bedah-rumah-infaq'],
      visitingRegencyCodes: SOUTH_KALIMANTAN,
      coordinatorAgencyId: perkimKalselId,
      dates: [first, second],
      participantCount: 35,
      objectives: 'Mempelajari RITTA.',
    });
    await step('acceptVisit', prabumulihEditor, { id: visit.id });
    await step('confirmVisit', kalselCoordinator, { id: visit.id });
    return { visit, first: first!, second: second! };
  }

  async function complete(visitId: string, lastDay: string) {
    await performVisitAction(api.em(), prabumulihEditor, visitId, 'COMPLETE', {}, new Date(`${addDays(localDate(lastDay), 1)}T03:00:00Z`), 'http://localhost:3000');
  }

  async function adoptionsOf(slug: string) {
    return (await api.execute<Adoptions>(ADOPTIONS, { slug }, kalselCoordinator)).data!.program;
  }

  it('records an adoption only for the regency that names a program, at the stage it names, linked to the visit', async () => {
    const { visit, second } = await completedKalselVisit(0);
    const em = api.em();
    const ritta = await em.findOneOrFail(Program, { slug: 'ritta' });
    em.create(Adoption, { program: ritta, adopterRegency: '63.07', stage: 'ADOPTED', year: 2025 });
    await em.flush();
    const input = { rating: 5, willAdopt: 'Desain RITTA untuk rumah korban bencana.', replications: [{ regencyCode: '63.09', programSlug: 'ritta', stage: 'PLANNING' }] };
    const early = await api.execute(FEEDBACK, { id: visit.id, input }, kalselCoordinator);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'state' });
    await complete(visit.id, second);
    expect((await api.execute(FEEDBACK, { id: visit.id, input }, prabumulihEditor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const before = await adoptionsOf('ritta');
    const given = await api.execute(FEEDBACK, { id: visit.id, input }, kalselCoordinator);
    expect(given.errors).toBeUndefined();
    expect(given.data?.giveVisitFeedback).toEqual({
      feedback: { rating: 5, willAdopt: input.willAdopt, replications: [{ stage: 'PLANNING', regency: { code: '63.09' }, program: { slug: 'ritta' } }] },
    });
    const after = await adoptionsOf('ritta');
    expect(after.adoptionCount).toBe(before.adoptionCount + 1);
    const byRegency = new Map(after.adoptions.map((adoption) => [adoption.adopterRegency.code, adoption]));
    expect(byRegency.get('63.09')).toEqual({
      stage: 'PLANNING',
      notes: `Studi tiru ke Kota Prabumulih (${second}). ${input.willAdopt}`,
      adopterRegency: { code: '63.09' },
      studyVisit: { id: visit.id },
    });
    expect(byRegency.has('63.72')).toBe(false);
    expect(byRegency.get('63.07')).toMatchObject({ stage: 'ADOPTED', studyVisit: null });
    expect((await adoptionsOf('bedah-rumah-infaq')).adoptions).toEqual([]);
    const syncs = await api.em().count(OutboxEvent, { topic: 'search.program', payload: { slug: 'ritta', reason: 'adoption' } });
    expect(syncs).toBe(1);
    // The link is for the visit's parties: the public sees the adoption, not the visit.
    const anonymous = await api.execute<Adoptions>(ADOPTIONS, { slug: 'ritta' });
    expect(anonymous.data?.program.adoptions.find((adoption) => adoption.adopterRegency.code === '63.09')?.studyVisit).toBeNull();
  });

  it("lets a regency's delegate answer for its own regency only, keeping the coordinator's answers for the others", async () => {
    const banjarbaruDelegate = await createViewer(api.em(), 'DELEGATE', { regencyCode: '63.72' });
    const { visit, second } = await completedKalselVisit(1);
    await complete(visit.id, second);
    const offered = await api.execute<{ visit: { replicationRegenciesForViewer: { code: string }[] } }>(
      'query V($id: ID!) { visit(id: $id) { replicationRegenciesForViewer { code } } }',
      { id: visit.id },
      banjarbaruDelegate,
    );
    expect(offered.data?.visit.replicationRegenciesForViewer).toEqual([{ code: '63.72' }]);
    await api.execute(FEEDBACK, { id: visit.id, input: { rating: 4, replications: [{ regencyCode: '63.09', programSlug: 'bedah-rumah-infaq', stage: 'INTERESTED' }] } }, kalselCoordinator);

    const forOther = await api.execute(FEEDBACK, { id: visit.id, input: { rating: 4, replications: [{ regencyCode: '63.09', programSlug: 'bedah-rumah-infaq', stage: 'ADOPTED' }] } }, banjarbaruDelegate);
    expect(forOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await api.execute<{ giveVisitFeedback: { feedback: { replications: { stage: string; regency: { code: string } }[] } } }>(
      FEEDBACK,
      { id: visit.id, input: { rating: 4, replications: [{ regencyCode: '63.72', programSlug: 'bedah-rumah-infaq', stage: 'ADOPTED' }] } },
      banjarbaruDelegate,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.giveVisitFeedback.feedback.replications.map(({ stage, regency }) => [regency.code, stage]).sort()).toEqual([
      ['63.09', 'INTERESTED'],
      ['63.72', 'ADOPTED'],
    ]);
    // Answering again with less withdraws the answer; the adoption it recorded never moves back.
    await api.execute(FEEDBACK, { id: visit.id, input: { rating: 4, replications: [{ regencyCode: '63.09', programSlug: 'bedah-rumah-infaq', stage: 'INTERESTED' }] } }, kalselCoordinator);
    const stages = new Map((await adoptionsOf('bedah-rumah-infaq')).adoptions.map((adoption) => [adoption.adopterRegency.code, adoption.stage]));
    expect(Object.fromEntries(stages)).toEqual({ '63.09': 'INTERESTED', '63.72': 'ADOPTED' });
  });

  it('refuses a regency or program outside the visit, a pair named twice and hostile values, naming the field, without echoing them or writing anything', async () => {
    const { visit, second } = await completedKalselVisit(2);
    await complete(visit.id, second);
    const replicationsBefore = await api.em().fork().count(StudyVisitReplication, {});
    const adoptionsBefore = await api.em().fork().count(Adoption, {});
    const wrong = [
      [{ regencyCode: '36.74', programSlug: 'ritta', stage: 'PLANNING' }],
      [{ regencyCode: '63.09', programSlug: 'prolita-bontang', stage: 'PLANNING' }],
      [{ regencyCode: '63.09', programSlug: 'ritta', stage: 'PLANNING' }, { regencyCode: '63.09', programSlug: 'ritta', stage: 'ADOPTED' }],
      ...HOSTILE_STRINGS.map((hostile) => [{ regencyCode: '63.09', programSlug: 'ritta', stage: 'PLANNING' }, { regencyCode: hostile, programSlug: hostile, stage: 'PLANNING' }]),
    ];
    for (const replications of wrong) {
      const refused = await api.execute(FEEDBACK, { id: visit.id, input: { rating: 5, replications } }, kalselCoordinator);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'replications' });
      const named = replications.at(-1)!;
      if (named.regencyCode.length > 5) expect(refused.errors?.[0]?.message).not.toContain(named.regencyCode);
    }
    const badStage = await api.execute(FEEDBACK, { id: visit.id, input: { rating: 5, replications: [{ regencyCode: '63.09', programSlug: 'ritta', stage: 'DONE' }] } }, kalselCoordinator);
    expect(badStage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await api.em().fork().count(StudyVisitReplication, {})).toBe(replicationsBefore);
    expect(await api.em().fork().count(Adoption, {})).toBe(adoptionsBefore);
    expect(await api.em().fork().count(StudyVisitFeedback, { visit: visit.id })).toBe(0);
  });
});

describe('visit counts for the search index', () => {
  it('counts CONFIRMED and COMPLETED visits per program, not requests, acceptances or cancellations', async () => {
    const programs = await api.em().find(Program, {});
    const idOf = (slug: string) => programs.find((program) => program.slug === slug)!.id;
    const counts = await programVisitCounts(api.em(), programs.map((program) => program.id));
    // The one confirmed visit to Bontang above, and the follow-up's three completed visits to Prabumulih.
    expect(Object.fromEntries(programs.map((program) => [program.slug, counts.get(program.id)]))).toEqual({
      'prolita-bontang': 1,
      ritta: 3,
      'bedah-rumah-infaq': 3,
    });
    expect(await programVisitCounts(api.em(), [])).toEqual(new Map());
    expect((await programVisitCounts(api.em(), [idOf('ritta'), 999_999])).get(999_999)).toBe(0);
    const documents = await loadProgramSearchDocuments(api.em(), [idOf('prolita-bontang')]);
    expect(documents.get(idOf('prolita-bontang'))?.visitCount).toBe(1);
  });
});

