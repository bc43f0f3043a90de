import { DateTime } from 'luxon';
import { isAcceptedDate, isCalendarDate } from '../core';
import { type IndonesianTimeZone } from '../regions';

/**
 * A calendar day as the host sees it, `YYYY-MM-DD`. Branded so that an unchecked string
 * (say '2024-02-30' or '2026-3-2') cannot pass for one: make them with `parseLocalDate` or `localDate`.
 * Values of this type compare correctly with `<` and `===`, as ISO dates sort lexically.
 */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

/** A wall-clock time of day, `HH:mm` (24-hour). */
export type LocalTime = string & { readonly __brand: 'LocalTime' };

/** An instant: a Date, or an ISO 8601 string with an offset or `Z`. The clock is always passed in. */
export type Instant = Date | string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * For user input: the date, or null when the text is not an existing calendar day in `YYYY-MM-DD` form
 * inside the accepted window (`core/date-window.ts`).
 */
export function parseLocalDate(text: string): LocalDate | null {
  return isAcceptedDate(text) ? (text as LocalDate) : null;
}

/** For trusted sources (database columns, constants in code): throws a RangeError on a bad date. */
export function localDate(text: string): LocalDate {
  if (!isCalendarDate(text)) throw new RangeError(`"${text}" is not a calendar date in YYYY-MM-DD form`);
  return text as LocalDate;
}

/** The time, or null when the text is not `HH:mm` between 00:00 and 23:59. */
export function parseLocalTime(text: string): LocalTime | null {
  return LOCAL_TIME_PATTERN.test(text) ? (text as LocalTime) : null;
}

/** The host's calendar day at the instant `now`. */
export function todayIn(zone: IndonesianTimeZone, now: Instant): LocalDate {
  return asLocalDate(toDateTime(now).setZone(zone));
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  return calendarDay(date).weekday as IsoWeekday;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return asLocalDate(calendarDay(date).plus({ days }));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return calendarDay(to).diff(calendarDay(from), 'days').days;
}

/** The longest walk `eachDate` takes: more than any range the API accepts (a year of availability). */
export const MAX_DAYS_WALKED = 1_000;

/**
 * Every date from `from` to `to`, both included; empty when `to` is before `from`. The walk counts days
 * instead of comparing texts (past year 9999 they stop sorting) and refuses a range longer than
 * `MAX_DAYS_WALKED`, so no input can make it run long.
 */
export function eachDate(from: LocalDate, to: LocalDate): LocalDate[] {
  const span = daysBetween(from, to);
  if (!Number.isSafeInteger(span)) throw new RangeError(`${from}..${to} is not a range of calendar days`);
  if (span + 1 > MAX_DAYS_WALKED) throw new RangeError(`${from}..${to} spans more than ${MAX_DAYS_WALKED} days`);
  return Array.from({ length: Math.max(0, span + 1) }, (_, offset) => addDays(from, offset));
}

/** The instant the host's day begins (local midnight). */
export function startOfDayInstant(date: LocalDate, zone: IndonesianTimeZone): Date {
  return localDateTime(date, '00:00' as LocalTime, zone).toJSDate();
}

/** The date at the wall-clock time in the host's zone. */
export function localDateTime(date: LocalDate, time: LocalTime, zone: IndonesianTimeZone): DateTime<true> {
  const dateTime = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!dateTime.isValid) throw new RangeError(`${date} ${time} does not exist in ${zone}`);
  return dateTime;
}

const INSTANT_PATTERN = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

function toDateTime(instant: Instant): DateTime<true> {
  // A string without an offset would be read in the server's zone, the very bug this module exists to prevent.
  if (typeof instant === 'string' && !INSTANT_PATTERN.test(instant)) {
    throw new RangeError(`"${instant}" is not an ISO instant with an offset, such as 2026-03-01T16:30:00Z`);
  }
  const dateTime = typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  if (!dateTime.isValid) throw new RangeError(`"${String(instant)}" is not a valid instant`);
  return dateTime;
}

// Pure calendar arithmetic happens in UTC, where every day has 24 hours.
function calendarDay(date: string): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

function asLocalDate(dateTime: DateTime): LocalDate {
  return dateTime.toISODate() as LocalDate;
}
