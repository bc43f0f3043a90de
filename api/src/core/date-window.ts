import { DateTime } from 'luxon';
import { z } from 'zod';

/**
 * The calendar days any input of the API may name. Outside them a date is refused before any work is
 * done: days near year 9999 overflow into `+010000-01-01`, which sorts before `9999-12-31` as text, so a
 * walk from one day to the next would never end.
 */
export interface DateWindow {
  /** `YYYY-MM-DD`, inclusive. */
  earliest: string;
  /** `YYYY-MM-DD`, inclusive. */
  latest: string;
}

export const DEFAULT_DATE_WINDOW: DateWindow = { earliest: '2000-01-01', latest: '2100-12-31' };

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is an existing calendar day written `YYYY-MM-DD` (no window applied). */
export function isCalendarDate(text: string): boolean {
  return DATE_TEXT.test(text) && DateTime.fromISO(text, { zone: 'utc' }).isValid;
}

const calendarDateText = z.string().refine(isCalendarDate, 'must be a calendar date in YYYY-MM-DD form');

/** Environment variables of the window, merged into the API's validated configuration. */
export const dateWindowEnvironment = {
  INPUT_DATE_EARLIEST: calendarDateText.default(DEFAULT_DATE_WINDOW.earliest),
  INPUT_DATE_LATEST: calendarDateText.default(DEFAULT_DATE_WINDOW.latest),
};

export function dateWindowFromEnvironment(env: { INPUT_DATE_EARLIEST: string; INPUT_DATE_LATEST: string }): DateWindow {
  return checkedWindow({ earliest: env.INPUT_DATE_EARLIEST, latest: env.INPUT_DATE_LATEST });
}

let accepted: DateWindow = DEFAULT_DATE_WINDOW;

/** Set once when the API starts, from its configuration. */
export function acceptDatesWithin(window: DateWindow): void {
  accepted = checkedWindow(window);
}

export function acceptedDateWindow(): DateWindow {
  return accepted;
}

/** True when `text` is a calendar day (`YYYY-MM-DD`) inside the accepted window. */
export function isAcceptedDate(text: string): boolean {
  return isCalendarDate(text) && text >= accepted.earliest && text <= accepted.latest;
}

const PERIOD_TEXT = /^(\d{4})(-(\d{2})(-\d{2})?)?$/;

/** The years a measured period (an outcome's) may name: as far back as a program's start year goes. */
export const PERIOD_YEARS = { first: 1945, last: 2100 } as const;

/**
 * True when `text` is a year (`2023`), a month (`2023-11`) or a day (`2023-11-30`) that exists, in the
 * years of `PERIOD_YEARS`. Older than the date window on purpose: a baseline may predate 2000.
 */
export function isAcceptedPeriod(text: string): boolean {
  const match = PERIOD_TEXT.exec(text);
  if (!match) return false;
  const [, year, , month, day] = match;
  if (Number(year) < PERIOD_YEARS.first || Number(year) > PERIOD_YEARS.last) return false;
  if (day !== undefined) return isCalendarDate(text);
  return month === undefined || (Number(month) >= 1 && Number(month) <= 12);
}

/** The sentence a refused period ends with. */
export function acceptedPeriodsSentence(): string {
  return `Give a year, year-month or date like 2023-11-30, from ${PERIOD_YEARS.first} to ${PERIOD_YEARS.last}.`;
}

/** The sentence every refused date input ends with, naming the window. */
export function acceptedDatesSentence(): string {
  return `Give a date in YYYY-MM-DD form from ${accepted.earliest} to ${accepted.latest}.`;
}

function checkedWindow(window: DateWindow): DateWindow {
  if (!isCalendarDate(window.earliest) || !isCalendarDate(window.latest)) {
    throw new RangeError(`the accepted date window ${window.earliest}..${window.latest} must be two YYYY-MM-DD dates`);
  }
  // Years past 9999 are exactly what the window keeps out: the walk's text comparison breaks there.
  if (window.earliest > window.latest || window.latest > '9999-12-30') {
    throw new RangeError(`the accepted date window ${window.earliest}..${window.latest} must be ordered and end before 9999-12-31`);
  }
  return window;
}
