import { type IndonesianTimeZone } from '../regions';
import {
  addDays,
  daysBetween,
  eachDate,
  isoWeekday,
  parseLocalDate,
  todayIn,
  type Instant,
  type IsoWeekday,
  type LocalDate,
} from './host-time';
import { VISIT_LIMITS } from './visit-limits';

/** The most days one visit may ask for; they need not be consecutive. */
export const MAX_DAYS_PER_VISIT = VISIT_LIMITS.daysPerVisit;

/** The most days `availabilityFor` answers for at once, so one query cannot ask for centuries. */
export const MAX_AVAILABILITY_RANGE_DAYS = 366;

export interface BlackoutDate {
  date: LocalDate;
  /** Shown to requesters as the host wrote it, e.g. "Hari Raya Nyepi" or "Pilkada serentak". */
  reason: string;
}

/** When a host receives delegations. Every date is a day in the host's own `timeZone`. */
export interface HostCalendarRules {
  timeZone: IndonesianTimeZone;
  workingDays: readonly IsoWeekday[];
  delegationsPerDay: number;
  participantsPerDay: number;
  /** Days of notice required: with 7, a request made on 1 March can be for 8 March at the earliest. */
  leadTimeDays: number;
  blackoutDates: readonly BlackoutDate[];
}

/**
 * Load already booked on a day by visits that count against capacity (ACCEPTED, CONFIRMED).
 * Several entries for one date are added up, so one row per visit-day may be passed as is.
 * When re-checking a visit that is itself booked, leave its own load out.
 */
export interface DayLoad {
  date: LocalDate;
  delegations: number;
  participants: number;
}

export type DayStatus = 'FREE' | 'PARTLY_BOOKED' | 'FULL' | 'BLACKOUT' | 'CLOSED' | 'TOO_SOON';

export interface DayAvailability {
  date: LocalDate;
  status: DayStatus;
  /** Message key for the UI, e.g. `visits.availability.blackout`. */
  reasonKey: `visits.availability.${Lowercase<DayStatus>}`;
  /** The blackout's reason on BLACKOUT days. */
  detail?: string;
  /** What a new request could still take on this day: 0 on days that cannot be requested. */
  remainingDelegations: number;
  remainingParticipants: number;
}

export type DayProblemReason =
  | 'INVALID_DATE'
  | 'DUPLICATE_DATE'
  | 'IN_THE_PAST'
  | 'TOO_LITTLE_NOTICE'
  | 'BLACKOUT'
  | 'NOT_WORKING_DAY'
  | 'OVER_DELEGATION_CAPACITY'
  | 'OVER_PARTICIPANT_CAPACITY';

export type VisitProblemReason = 'NO_DAYS' | 'TOO_MANY_DAYS' | 'INVALID_PARTICIPANT_COUNT';

export type RequestProblem =
  | {
      date: string;
      reason: DayProblemReason;
      /** BLACKOUT: the host's reason. TOO_LITTLE_NOTICE: the earliest date that gives enough notice. */
      detail?: string;
      /** Over-capacity problems: delegations or participants still free that day. */
      limit?: number;
    }
  | {
      date: null;
      reason: VisitProblemReason;
      /** TOO_MANY_DAYS: the most days a visit may have. */
      limit?: number;
    };

export type RequestCheck = { ok: true } | { ok: false; problems: RequestProblem[] };

/** One status per day, for the calendar a requester picks dates from. */
export function availabilityFor(
  rules: HostCalendarRules,
  loads: readonly DayLoad[],
  from: LocalDate,
  to: LocalDate,
  now: Instant,
): DayAvailability[] {
  const span = daysBetween(from, to);
  if (span < 0) throw new RangeError(`availability range ends (${to}) before it starts (${from})`);
  if (span + 1 > MAX_AVAILABILITY_RANGE_DAYS) {
    throw new RangeError(`availability range ${from}..${to} is longer than ${MAX_AVAILABILITY_RANGE_DAYS} days`);
  }
  const hostDay = hostDayReader(rules, loads, now);
  return eachDate(from, to).map((date) => dayAvailability(hostDay(date)));
}

/**
 * Whether a visit of `participantCount` people may be requested on `dates` (strings straight from the
 * user), checked at request time. Every problem is listed with the day it concerns, so the requester
 * sees all of them at once.
 */
export function checkRequestedDays(
  rules: HostCalendarRules,
  loads: readonly DayLoad[],
  dates: readonly string[],
  participantCount: number,
  now: Instant,
): RequestCheck {
  const problems: RequestProblem[] = [];
  if (!Number.isInteger(participantCount) || participantCount < 1) {
    problems.push({ date: null, reason: 'INVALID_PARTICIPANT_COUNT' });
  }
  if (dates.length === 0) problems.push({ date: null, reason: 'NO_DAYS' });
  if (dates.length > MAX_DAYS_PER_VISIT) {
    problems.push({ date: null, reason: 'TOO_MANY_DAYS', limit: MAX_DAYS_PER_VISIT });
  }

  const hostDay = hostDayReader(rules, loads, now);
  const seen = new Set<string>();
  for (const text of dates) {
    const date = parseLocalDate(text);
    if (date === null) {
      problems.push({ date: text, reason: 'INVALID_DATE' });
    } else if (seen.has(date)) {
      problems.push({ date, reason: 'DUPLICATE_DATE' });
    } else {
      problems.push(...dayProblems(hostDay(date), participantCount));
    }
    seen.add(text);
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/** Everything the rules say about one day, as of `now`. */
interface HostDay {
  date: LocalDate;
  isPast: boolean;
  /** Set when the day is too soon: the first day that gives enough notice. */
  earliestRequestable: LocalDate | null;
  blackout: BlackoutDate | undefined;
  isWorkingDay: boolean;
  bookedDelegations: number;
  bookedParticipants: number;
  freeDelegations: number;
  freeParticipants: number;
}

function hostDayReader(
  rules: HostCalendarRules,
  loads: readonly DayLoad[],
  now: Instant,
): (date: LocalDate) => HostDay {
  const today = todayIn(rules.timeZone, now);
  const earliest = addDays(today, rules.leadTimeDays);
  const blackouts = new Map(rules.blackoutDates.map((blackout) => [blackout.date, blackout]));
  const booked = bookedLoadByDate(loads);
  return (date) => {
    const load = booked.get(date) ?? { delegations: 0, participants: 0 };
    return {
      date,
      isPast: date < today,
      earliestRequestable: date < earliest ? earliest : null,
      blackout: blackouts.get(date),
      isWorkingDay: rules.workingDays.includes(isoWeekday(date)),
      bookedDelegations: load.delegations,
      bookedParticipants: load.participants,
      freeDelegations: Math.max(0, rules.delegationsPerDay - load.delegations),
      freeParticipants: Math.max(0, rules.participantsPerDay - load.participants),
    };
  };
}

function bookedLoadByDate(loads: readonly DayLoad[]): Map<LocalDate, { delegations: number; participants: number }> {
  const byDate = new Map<LocalDate, { delegations: number; participants: number }>();
  for (const load of loads) {
    const sum = byDate.get(load.date) ?? { delegations: 0, participants: 0 };
    byDate.set(load.date, {
      delegations: sum.delegations + load.delegations,
      participants: sum.participants + load.participants,
    });
  }
  return byDate;
}

// A day closed for a stated reason says more than "too soon", so BLACKOUT and CLOSED come first.
function dayStatus(day: HostDay): DayStatus {
  if (day.blackout) return 'BLACKOUT';
  if (!day.isWorkingDay) return 'CLOSED';
  if (day.earliestRequestable) return 'TOO_SOON';
  if (day.freeDelegations === 0 || day.freeParticipants === 0) return 'FULL';
  return day.bookedDelegations > 0 || day.bookedParticipants > 0 ? 'PARTLY_BOOKED' : 'FREE';
}

function dayAvailability(day: HostDay): DayAvailability {
  const status = dayStatus(day);
  const requestable = status === 'FREE' || status === 'PARTLY_BOOKED';
  return {
    date: day.date,
    status,
    reasonKey: `visits.availability.${lowercase(status)}`,
    ...(day.blackout ? { detail: day.blackout.reason } : {}),
    remainingDelegations: requestable ? day.freeDelegations : 0,
    remainingParticipants: requestable ? day.freeParticipants : 0,
  };
}

function dayProblems(day: HostDay, participantCount: number): RequestProblem[] {
  if (day.isPast) return [{ date: day.date, reason: 'IN_THE_PAST' }];
  const problems: RequestProblem[] = [];
  if (day.earliestRequestable) {
    problems.push({ date: day.date, reason: 'TOO_LITTLE_NOTICE', detail: day.earliestRequestable });
  }
  if (day.blackout) problems.push({ date: day.date, reason: 'BLACKOUT', detail: day.blackout.reason });
  if (!day.isWorkingDay) problems.push({ date: day.date, reason: 'NOT_WORKING_DAY' });
  // Capacity only matters on a day the host is open at all; on a closed day it would be noise.
  if (day.blackout || !day.isWorkingDay) return problems;
  if (day.freeDelegations < 1) {
    problems.push({ date: day.date, reason: 'OVER_DELEGATION_CAPACITY', limit: day.freeDelegations });
  }
  if (day.freeParticipants < participantCount) {
    problems.push({ date: day.date, reason: 'OVER_PARTICIPANT_CAPACITY', limit: day.freeParticipants });
  }
  return problems;
}

function lowercase<T extends string>(text: T): Lowercase<T> {
  return text.toLowerCase() as Lowercase<T>;
}
