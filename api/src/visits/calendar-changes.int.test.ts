import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { executeStatement, selectRows } from '../db/raw-sql';
import { type GraphQLResult, type TestApi } from '../testing/test-api';
import { isoWeekday, type IsoWeekday, type LocalDate } from './host-time';
import { CONTENDED_HOST, startContendedHost } from '../testing/contended-host';
import { type VisitSide } from '../core/viewer';
import { countsAgainstCapacity, transition, type VisitAction, type VisitState } from './visit-workflow';

/**
 * Decision 011: a calendar change and a claim on the same host days serialize in PostgreSQL, and no
 * change may strand a visit already agreed. On the PostgreSQL server the writes below run in parallel
 * on separate connections; on PGlite they queue on its one.
 */

const HOST = CONTENDED_HOST.regencyCode;
const ALL_WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5];

let api: TestApi;
let hostEditors: Viewer[];
let delegate: Viewer;
let days: LocalDate[];

beforeAll(async () => {
  ({ api, hostEditors, delegate, days } = await startContendedHost(4));
});
afterAll(() => api.close());

type CalendarState = { delegationsPerDay: number; participantsPerDay: number; workingDays: IsoWeekday[]; blackoutDates: LocalDate[] };

const OPEN_CALENDAR: CalendarState = { delegationsPerDay: 2, participantsPerDay: 1000, workingDays: ALL_WEEKDAYS, blackoutDates: [] };

/** Test fixture only: every visit of the host ends, and its calendar starts over as `calendar`. */
async function startOver(calendar: CalendarState): Promise<void> {
  const em = api.em();
  await executeStatement(em, `update study_visit set state = 'CANCELLED' where state not in ('CANCELLED', 'DECLINED', 'COMPLETED')`);
  await executeStatement(em, 'update host_day_load set delegations = 0, participants = 0, delegation_capacity = ?, participant_capacity = ?', [
    calendar.delegationsPerDay,
    calendar.participantsPerDay,
  ]);
  await executeStatement(em, 'delete from host_blackout_date');
  await executeStatement(em, 'update host_calendar set working_days = ?, delegations_per_day = ?, participants_per_day = ?, lead_time_days = 0', [
    JSON.stringify(calendar.workingDays),
    calendar.delegationsPerDay,
    calendar.participantsPerDay,
  ]);
}

const REQUEST = `mutation R($input: RequestVisitInput!) { requestVisit(input: $input) { id } }`;
const ACCEPT = `mutation A($id: ID!) { acceptVisit(id: $id) { state } }`;
const CONFIRM = `mutation C($id: ID!) { confirmVisit(id: $id) { state } }`;
const CANCEL = `mutation X($id: ID!) { cancelVisit(id: $id, reason: "Jadwal berubah") { state } }`;
const PROPOSE = `mutation P($id: ID!, $dates: [String!]!) { proposeVisitDates(id: $id, dates: $dates) { state } }`;
const SET_CALENDAR = `mutation S($input: HostCalendarInput!) { setHostCalendar(input: $input) { delegationsPerDay } }`;
const CLOSE_DAY = `mutation B($date: String!) { addHostBlackoutDate(hostRegencyCode: "${HOST}", date: $date, reason: "Pilkada serentak") { hostRegency { code } } }`;

function requestVisit(dates: LocalDate[], participantCount: number) {
  const input = { hostRegencyCode: HOST, programSlugs: [CONTENDED_HOST.programSlug], visitingRegencyCodes: ['36.74'], dates, participantCount, objectives: 'Belajar Prolita.' };
  return api.execute<{ requestVisit: { id: string } }>(REQUEST, { input }, delegate);
}

function setCalendar(calendar: Omit<CalendarState, 'blackoutDates'> & { leadTimeDays?: number }, editor = hostEditors[0]) {
  const { delegationsPerDay, participantsPerDay, workingDays, leadTimeDays = 0 } = calendar;
  return api.execute(SET_CALENDAR, { input: { hostRegencyCode: HOST, delegationsPerDay, participantsPerDay, workingDays, leadTimeDays } }, editor);
}

function closeDay(date: LocalDate, editor = hostEditors[0]) {
  return api.execute(CLOSE_DAY, { date }, editor);
}

/**
 * Every way a host day can break the invariant, straight from the tables: more held than the calendar
 * allows now, a load row still carrying an older capacity, or agreed visits on a closed day.
 */
async function daysBreakingTheCalendar(): Promise<unknown[]> {
  return selectRows(
    api.em(),
    `select l.date::text as date, l.delegations, l.participants, l.delegation_capacity, c.delegations_per_day, c.participants_per_day
       from host_day_load l join host_calendar c on c.host_regency_code = l.host_regency_code
      where l.date >= current_date and (
        l.delegations > c.delegations_per_day or l.participants > c.participants_per_day
        or l.delegation_capacity <> c.delegations_per_day or l.participant_capacity <> c.participants_per_day
        or (l.delegations > 0 and not c.working_days @> to_jsonb(extract(isodow from l.date)::int))
        or (l.delegations > 0 and exists (select 1 from host_blackout_date b where b.calendar_id = c.id and b.date = l.date)))`,
  );
}

/** What the agreed visits hold on each day, counted from the visits themselves, beside the load table's rows. */
async function heldAgainstLoads(): Promise<{ counted: unknown[]; loads: unknown[] }> {
  const em = api.em();
  const counted = await selectRows(
    em,
    `select d.date::text as date, count(*)::int as delegations, sum(v.participant_count)::int as participants
       from study_visit_day d join study_visit v on v.id = d.visit_id
      where not d.proposed and v.state in ('ACCEPTED', 'CONFIRMED') group by d.date order by d.date`,
  );
  const loads = await selectRows(em, 'select date::text as date, delegations, participants from host_day_load where delegations > 0 order by date');
  return { counted, loads };
}


function codesOf(result: GraphQLResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

describe('calendar changes racing acceptances on the same days', () => {
  it('never leaves a day holding more than its current capacity, nor a held visit on a closed day (6 rounds of 50 concurrent writes)', async () => {
    for (let round = 0; round < 6; round += 1) {
      const day = days[round % days.length]!;
      await startOver(OPEN_CALENDAR);
      const requested = await Promise.all(Array.from({ length: 30 }, () => requestVisit([day], 10)));
      const ids = requested.map((result) => result.data!.requestVisit.id);
      // Even rounds only lower and raise the capacity; odd ones also close the day or drop its weekday.
      const closing = round % 2 === 1;
      const otherWeekdays = ALL_WEEKDAYS.filter((weekday) => weekday !== isoWeekday(day));
      const edits = Array.from({ length: 20 }, (_, index) => {
        const editor = hostEditors[index % hostEditors.length];
        if (closing && index % 5 === 3) return () => closeDay(day, editor);
        if (closing && index % 5 === 4) return () => setCalendar({ ...OPEN_CALENDAR, workingDays: otherWeekdays }, editor);
        return () => setCalendar({ ...OPEN_CALENDAR, delegationsPerDay: index % 5 === 2 ? 2 : 1 }, editor);
      });
      const acceptances = ids.map((id, index) => () => api.execute(ACCEPT, { id }, hostEditors[index % hostEditors.length]));
      // Acceptances start later in later rounds, so the races differ: in the first rounds the acceptances
      // win, in the later ones lowerings and closings land among them.
      const start = Math.floor(round / 2) * 150;
      const trailing = acceptances.map((accept, index) => () => sleep(start + (index % 10) * 20).then(accept));
      const writes = trailing.flatMap((accept, index) => [accept, ...(edits[index] ? [edits[index]] : [])]);
      const results = await Promise.all(writes.map((write) => write()));

      for (const result of results) expect(codesOf(result).filter((code) => code !== 'CONFLICT'), JSON.stringify(result.errors)).toEqual([]);
      expect(await daysBreakingTheCalendar()).toEqual([]);
      const { counted, loads } = await heldAgainstLoads();
      expect(loads).toEqual(counted);
    }
  });

  it('refuses lowering the capacity, closing a day or dropping its weekday under agreed visits, naming every day and what it holds', async () => {
    await startOver(OPEN_CALENDAR);
    const [first, second] = days as [LocalDate, LocalDate];
    for (const dates of [[first], [first], [second]]) {
      const visit = await requestVisit(dates, 12);
      expect((await api.execute(ACCEPT, { id: visit.data!.requestVisit.id }, hostEditors[0])).errors).toBeUndefined();
    }

    const lowered = await setCalendar({ ...OPEN_CALENDAR, delegationsPerDay: 1, participantsPerDay: 12 });
    expect(lowered.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'delegationsPerDay',
      date: first,
      days: [{ date: first, delegations: 2, participants: 24, reasons: ['OVER_DELEGATION_CAPACITY', 'OVER_PARTICIPANT_CAPACITY'] }],
    });
    expect(lowered.errors?.[0]?.message).toContain(`${first} (2 delegation(s), 24 participants)`);

    const withoutWeekdays = await setCalendar({ ...OPEN_CALENDAR, workingDays: ALL_WEEKDAYS.filter((weekday) => ![isoWeekday(first), isoWeekday(second)].includes(weekday)) });
    expect(withoutWeekdays.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'workingDays',
      days: [
        { date: first, delegations: 2, participants: 24, reasons: ['NOT_WORKING_DAY'] },
        { date: second, delegations: 1, participants: 12, reasons: ['NOT_WORKING_DAY'] },
      ],
    });

    const closed = await closeDay(second);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'date', days: [{ date: second, delegations: 1, participants: 12, reasons: ['BLACKOUT'] }] });
    expect((await closeDay(days[2]!)).errors).toBeUndefined();
    expect(await daysBreakingTheCalendar()).toEqual([]);
  });

  it('keeps agreed visits through a longer lead time: notice is owed when a visit is requested, not afterwards', async () => {
    await startOver(OPEN_CALENDAR);
    const visit = await requestVisit([days[0]!], 10);
    expect((await api.execute(ACCEPT, { id: visit.data!.requestVisit.id }, hostEditors[0])).errors).toBeUndefined();
    expect((await setCalendar({ ...OPEN_CALENDAR, leadTimeDays: 60 })).errors).toBeUndefined();
    expect(await heldAgainstLoads()).toMatchObject({ loads: [{ date: days[0], delegations: 1, participants: 10 }] });
  });

  it('refuses accepting a request for a day the host has closed since, naming the day', async () => {
    await startOver(OPEN_CALENDAR);
    const visit = await requestVisit([days[1]!], 10);
    expect((await closeDay(days[1]!)).errors).toBeUndefined();
    const accepted = await api.execute(ACCEPT, { id: visit.data!.requestVisit.id }, hostEditors[0]);
    expect(accepted.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'dates', date: days[1], reason: 'BLACKOUT' });
    expect(await heldAgainstLoads()).toEqual({ counted: [], loads: [] });
  });
});

/** The model: what the host's calendar allows and what each visit holds, as the rules of decisions 005 and 011 say. */
type ModelVisit = { id: string; state: VisitState; current: LocalDate[]; proposed: LocalDate[]; participants: number };
type Model = { calendar: CalendarState; visits: ModelVisit[] };

function heldOn(model: Model, date: LocalDate): { delegations: number; participants: number } {
  const holding = model.visits.filter((visit) => countsAgainstCapacity(visit.state) && visit.current.includes(date));
  return { delegations: holding.length, participants: holding.reduce((sum, visit) => sum + visit.participants, 0) };
}

function isOpen(calendar: CalendarState, date: LocalDate): boolean {
  return calendar.workingDays.includes(isoWeekday(date)) && !calendar.blackoutDates.includes(date);
}

function hasRoom(model: Model, dates: readonly LocalDate[], participants: number): boolean {
  return dates.every((date) => {
    const held = heldOn(model, date);
    return isOpen(model.calendar, date) && held.delegations + 1 <= model.calendar.delegationsPerDay && held.participants + participants <= model.calendar.participantsPerDay;
  });
}

function strandsNothing(model: Model, calendar: CalendarState): boolean {
  return days.every((date) => {
    const held = heldOn(model, date);
    if (held.delegations === 0) return true;
    return isOpen(calendar, date) && held.delegations <= calendar.delegationsPerDay && held.participants <= calendar.participantsPerDay;
  });
}

type Write =
  | { kind: 'request'; dates: number[]; participants: number }
  | { kind: 'visit'; action: Exclude<VisitAction, 'DECLINE' | 'COMPLETE'>; visit: number; dates: number[] }
  | { kind: 'calendar'; delegationsPerDay: number; participantsPerDay: number; workingDays: IsoWeekday[] }
  | { kind: 'blackout'; date: number };

const dayIndexes = fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 2 });
const writeArbitrary: fc.Arbitrary<Write> = fc.oneof(
  fc.record({ kind: fc.constant('request' as const), dates: dayIndexes, participants: fc.integer({ min: 5, max: 25 }) }),
  fc.record({ kind: fc.constant('visit' as const), action: fc.constantFrom('ACCEPT' as const, 'CONFIRM' as const, 'CANCEL' as const, 'PROPOSE_DATES' as const), visit: fc.nat(5), dates: dayIndexes }),
  fc.record({
    kind: fc.constant('calendar' as const),
    delegationsPerDay: fc.integer({ min: 1, max: 3 }),
    participantsPerDay: fc.constantFrom(30, 60),
    workingDays: fc.subarray(ALL_WEEKDAYS, { minLength: 3 }),
  }),
  fc.record({ kind: fc.constant('blackout' as const), date: fc.integer({ min: 0, max: 3 }) }),
);

const SIDE_OF: Record<Exclude<VisitAction, 'DECLINE' | 'COMPLETE'>, VisitSide> = { ACCEPT: 'HOST', CONFIRM: 'REQUESTER', CANCEL: 'REQUESTER', PROPOSE_DATES: 'HOST' };
const MUTATION_OF = { ACCEPT, CONFIRM, CANCEL, PROPOSE: PROPOSE } as const;

/** Runs one write against the API and the model; says whether the model expected it to go through, and whether it did. */
async function runWrite(model: Model, write: Write): Promise<{ expected: boolean; succeeded: boolean; result: GraphQLResult }> {
  const now = new Date();
  if (write.kind === 'request') {
    const dates = write.dates.map((index) => days[index]!);
    const expected = hasRoom(model, dates, write.participants);
    const result = await requestVisit(dates, write.participants);
    if (!result.errors) model.visits.push({ id: result.data!.requestVisit.id, state: 'REQUESTED', current: dates, proposed: [], participants: write.participants });
    return { expected, succeeded: !result.errors, result };
  }
  if (write.kind === 'calendar') {
    const calendar = { ...model.calendar, delegationsPerDay: write.delegationsPerDay, participantsPerDay: write.participantsPerDay, workingDays: write.workingDays };
    const expected = strandsNothing(model, calendar);
    const result = await setCalendar(write);
    if (!result.errors) model.calendar = calendar;
    return { expected, succeeded: !result.errors, result };
  }
  if (write.kind === 'blackout') {
    const date = days[write.date]!;
    const calendar = { ...model.calendar, blackoutDates: [...model.calendar.blackoutDates, date] };
    const expected = strandsNothing(model, calendar);
    const result = await closeDay(date);
    if (!result.errors) model.calendar = calendar;
    return { expected, succeeded: !result.errors, result };
  }
  const visit = model.visits[write.visit % Math.max(1, model.visits.length)];
  if (!visit) return { expected: true, succeeded: true, result: {} };
  const side = SIDE_OF[write.action];
  const step = transition({ state: visit.state }, write.action, side, { now, lastVisitDay: visit.current.at(-1)!, hostTimeZone: 'Asia/Makassar' });
  const proposal = write.dates.map((index) => days[index]!);
  let expected = step.ok;
  if (step.ok) {
    const releasing = countsAgainstCapacity(visit.state) && !countsAgainstCapacity(step.next);
    const after: Model = { ...model, visits: model.visits.map((other) => (other === visit && releasing ? { ...other, state: step.next } : other)) };
    if (write.action === 'PROPOSE_DATES') expected = hasRoom(after, proposal, visit.participants);
    if (step.claimsCapacity) expected = hasRoom(after, step.movesToProposedDates ? visit.proposed : visit.current, visit.participants);
  }
  const mutation = write.action === 'PROPOSE_DATES' ? MUTATION_OF.PROPOSE : MUTATION_OF[write.action];
  const result = await api.execute(mutation, { id: visit.id, dates: proposal }, side === 'HOST' ? hostEditors[0] : delegate);
  if (!result.errors && step.ok) {
    if (write.action === 'PROPOSE_DATES') visit.proposed = proposal;
    if (step.movesToProposedDates) [visit.current, visit.proposed] = [visit.proposed, []];
    visit.state = step.next;
  }
  return { expected, succeeded: !result.errors, result };
}

async function loadsByDay(): Promise<Map<string, { delegations: number; participants: number }>> {
  const rows = await selectRows<{ date: string; delegations: number; participants: number }>(
    api.em(),
    'select date::text as date, delegations, participants from host_day_load where delegations > 0',
  );
  return new Map(rows.map((row) => [row.date, { delegations: Number(row.delegations), participants: Number(row.participants) }]));
}

describe('every write that touches a host day, in random order, against a model of the day', () => {
  it('goes through exactly when the model says it may, and the load table always equals what the model holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(writeArbitrary, { minLength: 4, maxLength: 14 }), async (writes) => {
        await startOver({ ...OPEN_CALENDAR, participantsPerDay: 60 });
        const model: Model = { calendar: { ...OPEN_CALENDAR, participantsPerDay: 60 }, visits: [] };
        for (const write of writes) {
          const outcome = await runWrite(model, write);
          expect({ write, succeeded: outcome.succeeded, errors: outcome.result.errors }).toMatchObject({ succeeded: outcome.expected });
          expect(codesOf(outcome.result).filter((code) => code !== 'CONFLICT' && code !== 'BAD_USER_INPUT')).toEqual([]);
          const loads = await loadsByDay();
          for (const date of days) expect(loads.get(date) ?? { delegations: 0, participants: 0 }).toEqual(heldOn(model, date));
        }
        expect(await daysBreakingTheCalendar()).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
