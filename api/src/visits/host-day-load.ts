import { CheckConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { executeStatement, selectRows } from '../db/raw-sql';
import { Conflict } from '../errors/domain-errors';
import { type DayLoad } from './availability';
import { localDate, type LocalDate } from './host-time';

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
  return rows.map((row) => ({ date: localDate(row.date), delegations: Number(row.delegations), participants: Number(row.participants) }));
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

/**
 * Adds one delegation of `participants` people to each day. The upsert is atomic and locks the day's
 * row, so concurrent claims queue on it; one that would break a CHECK constraint aborts the whole
 * transaction, and this throws HostDayFull naming the day. Days go in date order, so two multi-day
 * claims always lock rows in the same order and cannot deadlock.
 */
export async function claimHostDays(
  em: EntityManager,
  host: { code: string; name: string },
  dates: readonly LocalDate[],
  participants: number,
  capacity: DayCapacity,
): Promise<void> {
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
        [host.code, date, participants, capacity.delegationsPerDay, capacity.participantsPerDay],
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

/**
 * Applies a host's new capacity to every day from `firstDay` on. Refused with CONFLICT, naming the
 * first such day, when visits already agreed on a day would no longer fit.
 */
export async function applyCapacityFrom(
  em: EntityManager,
  host: { code: string; name: string },
  firstDay: LocalDate,
  capacity: DayCapacity,
): Promise<void> {
  const [overfull] = await selectRows<LoadRow>(
    em,
    `select date::text as date, delegations, participants from host_day_load
      where host_regency_code = ? and date >= ? and (delegations > ? or participants > ?) order by date limit 1`,
    [host.code, firstDay, capacity.delegationsPerDay, capacity.participantsPerDay],
  );
  if (overfull) {
    throw new Conflict(
      `${host.name} already has ${overfull.delegations} delegation(s) with ${overfull.participants} participants agreed on ${overfull.date}; ` +
        'cancel or move those visits before lowering the capacity below that.',
      'delegationsPerDay',
      { date: overfull.date },
    );
  }
  try {
    await executeStatement(
      em,
      'update host_day_load set delegation_capacity = ?, participant_capacity = ? where host_regency_code = ? and date >= ?',
      [capacity.delegationsPerDay, capacity.participantsPerDay, host.code, firstDay],
    );
  } catch (error) {
    if (!brokenCheck(em, error)) throw error;
    throw new Conflict(`A visit to ${host.name} was agreed while you changed the capacity. Reload and try again.`, 'delegationsPerDay');
  }
}
