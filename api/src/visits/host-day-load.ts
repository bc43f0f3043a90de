import { CheckConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { executeStatement, selectRows } from '../db';
import { Conflict } from '../errors';
import { type DayLoad } from './availability';
import { isoWeekday, localDate, type IsoWeekday, type LocalDate } from './host-time';

/**
 * The `host_day_load` table: what ACCEPTED and CONFIRMED visits hold on each host day. Only this
 * module writes it, always inside the transaction of the transition that changes a visit's hold.
 */

export type DayCapacity = { delegationsPerDay: number; participantsPerDay: number };

type LoadRow = { date: string; delegations: number; participants: number };

/** Raw queries bypass the ORM's error mapping: this tells a broken CHECK constraint from anything else. */
function brokenCheck(em: EntityManager, error: unknown): CheckConstraintViolationException | null {
  if (!(error instanceof Error)) return null;
  const converted = error instanceof CheckConstraintViolationException ? error : em.getDriver().convertException(error);
  return converted instanceof CheckConstraintViolationException ? converted : null;
}

/** The booked load on each day from `from` to `to` that has any. */
export async function bookedLoads(em: EntityManager, hostRegencyCode: string, from: LocalDate, to: LocalDate): Promise<DayLoad[]> {
  const rows = await selectRows<LoadRow>(
    em,
    `select date::text as date, delegations, participants from host_day_load
      where host_regency_code = ? and date between ? and ? and (delegations > 0 or participants > 0) order by date`,
    [hostRegencyCode, from, to],
  );
  return rows.map(dayLoadOf);
}

function dayLoadOf(row: LoadRow): DayLoad {
  return { date: localDate(row.date), delegations: Number(row.delegations), participants: Number(row.participants) };
}

/** Refused because a day would exceed its capacity; the caller's transaction is already aborted. */
export class HostDayFull extends Conflict {
  constructor(
    readonly date: LocalDate,
    readonly reason: 'OVER_DELEGATION_CAPACITY' | 'OVER_PARTICIPANT_CAPACITY',
    hostName: string,
  ) {
    super(
      reason === 'OVER_DELEGATION_CAPACITY'
        ? `${hostName} is fully booked on ${date}: it cannot take another delegation that day.`
        : `${hostName} has no room for this many participants on ${date}.`,
      'dates',
      { date, reason },
    );
  }
}

/** A host calendar's row as locked for a claim or a change: what every host day of it may hold. */
export type LockedCalendar = DayCapacity & { id: string; workingDays: readonly IsoWeekday[] };

type CalendarRow = { id: string; working_days: IsoWeekday[] | string; delegations_per_day: number; participants_per_day: number };

/**
 * Locks the host's calendar row and reads it as it stands now: every claim on a host day takes it
 * FOR SHARE (claims still run side by side), every calendar change FOR UPDATE, so a change and a
 * claim on the same host serialize in PostgreSQL whichever process runs them. Null: no calendar.
 */
export async function lockHostCalendar(em: EntityManager, hostRegencyCode: string, purpose: 'claim' | 'change'): Promise<LockedCalendar | null> {
  const [row] = await selectRows<CalendarRow>(
    em,
    `select id, working_days, delegations_per_day, participants_per_day from host_calendar
      where host_regency_code = ? for ${purpose === 'claim' ? 'share' : 'update'}`,
    [hostRegencyCode],
  );
  if (!row) return null;
  const workingDays = typeof row.working_days === 'string' ? (JSON.parse(row.working_days) as IsoWeekday[]) : row.working_days;
  return { id: row.id, workingDays, delegationsPerDay: Number(row.delegations_per_day), participantsPerDay: Number(row.participants_per_day) };
}

/** Refused because the host closed a day after the visit asked for it. */
export class HostDayClosed extends Conflict {
  constructor(date: LocalDate, reason: 'BLACKOUT' | 'NOT_WORKING_DAY', hostName: string) {
    super(`${hostName} no longer receives visits on ${date}: propose other dates.`, 'dates', { date, reason });
  }
}

async function assertDaysStillOpen(em: EntityManager, host: { name: string }, calendar: LockedCalendar, dates: readonly LocalDate[]): Promise<void> {
  const closed = dates.find((date) => !calendar.workingDays.includes(isoWeekday(date)));
  if (closed) throw new HostDayClosed(closed, 'NOT_WORKING_DAY', host.name);
  const [blackout] = await selectRows<{ date: string }>(
    em,
    'select date::text as date from host_blackout_date where calendar_id = ? and date in (?) order by date limit 1',
    [calendar.id, [...dates]],
  );
  if (blackout) throw new HostDayClosed(localDate(blackout.date), 'BLACKOUT', host.name);
}

/**
 * Adds one delegation of `participants` people to each day, under the calendar's lock and with the
 * capacity it holds now. The upsert is atomic and locks the day's row, so concurrent claims queue on
 * it; one that would break a CHECK constraint aborts the whole transaction, and this throws
 * HostDayFull naming the day. Days go in date order, so two multi-day claims always lock rows in the
 * same order and cannot deadlock. A day the host has closed since the request is refused too.
 */
export async function claimHostDays(em: EntityManager, host: { code: string; name: string }, dates: readonly LocalDate[], participants: number): Promise<void> {
  const calendar = await lockHostCalendar(em, host.code, 'claim');
  if (!calendar) throw new Conflict(`${host.name} has withdrawn its host calendar, so it cannot take visits now.`);
  await assertDaysStillOpen(em, host, calendar, dates);
  for (const date of [...dates].sort()) {
    try {
      await executeStatement(
        em,
        `insert into host_day_load (host_regency_code, date, delegations, participants, delegation_capacity, participant_capacity)
          values (?, ?, 1, ?, ?, ?)
          on conflict (host_regency_code, date) do update set
            delegations = host_day_load.delegations + 1,
            participants = host_day_load.participants + excluded.participants,
            delegation_capacity = excluded.delegation_capacity,
            participant_capacity = excluded.participant_capacity`,
        [host.code, date, participants, calendar.delegationsPerDay, calendar.participantsPerDay],
      );
    } catch (error) {
      const violation = brokenCheck(em, error);
      if (!violation) throw error;
      const overParticipants = violation.message.includes('host_day_load_within_participant_capacity');
      throw new HostDayFull(date, overParticipants ? 'OVER_PARTICIPANT_CAPACITY' : 'OVER_DELEGATION_CAPACITY', host.name);
    }
  }
}

/** Gives back what `claimHostDays` took for these days. */
export async function releaseHostDays(em: EntityManager, hostRegencyCode: string, dates: readonly LocalDate[], participants: number): Promise<void> {
  if (dates.length === 0) return;
  await executeStatement(
    em,
    `update host_day_load set delegations = delegations - 1, participants = participants - ?
      where host_regency_code = ? and date in (?)`,
    [participants, hostRegencyCode, [...dates]],
  );
}

/** A host calendar as it would be after a change: what decides whether a held day still fits. */
export type CalendarAfterChange = DayCapacity & { workingDays: readonly IsoWeekday[]; blackoutDates: readonly LocalDate[] };

export type StrandReason = 'OVER_DELEGATION_CAPACITY' | 'OVER_PARTICIPANT_CAPACITY' | 'NOT_WORKING_DAY' | 'BLACKOUT';

export type StrandedDay = DayLoad & { reasons: StrandReason[] };

const FIELD_OF_REASON: Record<StrandReason, string> = {
  OVER_DELEGATION_CAPACITY: 'delegationsPerDay',
  OVER_PARTICIPANT_CAPACITY: 'participantsPerDay',
  NOT_WORKING_DAY: 'workingDays',
  BLACKOUT: 'date',
};

function strandReasons(calendar: CalendarAfterChange, day: DayLoad): StrandReason[] {
  const reasons: StrandReason[] = [];
  if (day.delegations > calendar.delegationsPerDay) reasons.push('OVER_DELEGATION_CAPACITY');
  if (day.participants > calendar.participantsPerDay) reasons.push('OVER_PARTICIPANT_CAPACITY');
  if (!calendar.workingDays.includes(isoWeekday(day.date))) reasons.push('NOT_WORKING_DAY');
  if (calendar.blackoutDates.includes(day.date)) reasons.push('BLACKOUT');
  return reasons;
}

/** Refused because visits already agreed stand on days the change would close or overfill; names every such day. */
export class CalendarStrandsHeldVisits extends Conflict {
  constructor(hostName: string, days: readonly StrandedDay[]) {
    const list = days.map((day) => `${day.date} (${day.delegations} delegation(s), ${day.participants} participants)`).join(', ');
    super(
      `${hostName} already has visits agreed on ${list}, which this change would no longer fit; move or cancel those visits first.`,
      FIELD_OF_REASON[days[0]!.reasons[0]!],
      { date: days[0]!.date, days: days.map((day) => ({ ...day })) },
    );
  }
}

/**
 * Applies a host's changed calendar to every day from `firstDay` on. The caller holds the calendar's
 * lock (`lockHostCalendar(…, 'change')`), so no claim slips in between this check and the update.
 * Refused with CalendarStrandsHeldVisits when visits already agreed on some day would no longer fit.
 */
export async function applyCalendarFrom(
  em: EntityManager,
  host: { code: string; name: string },
  firstDay: LocalDate,
  calendar: CalendarAfterChange,
): Promise<void> {
  const held = await selectRows<LoadRow>(
    em,
    `select date::text as date, delegations, participants from host_day_load
      where host_regency_code = ? and date >= ? and (delegations > 0 or participants > 0) order by date`,
    [host.code, firstDay],
  );
  const stranded = held
    .map(dayLoadOf)
    .map((day) => ({ ...day, reasons: strandReasons(calendar, day) }))
    .filter((day) => day.reasons.length > 0);
  if (stranded.length > 0) throw new CalendarStrandsHeldVisits(host.name, stranded);
  await executeStatement(
    em,
    'update host_day_load set delegation_capacity = ?, participant_capacity = ? where host_regency_code = ? and date >= ?',
    [calendar.delegationsPerDay, calendar.participantsPerDay, host.code, firstDay],
  );
}
