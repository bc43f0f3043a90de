import ical, {
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
  ICalEventStatus,
  type ICalEventData,
  type ICalRepeatingOptions,
} from 'ical-generator';
import { type DateTime } from 'luxon';
import { type IndonesianTimeZone } from '../regions';
import { eachDate, localDateTime, type LocalDate, type LocalTime } from './host-time';

export interface VisitDaySchedule {
  date: LocalDate;
  /** Wall-clock times in the host's zone; a day never runs past midnight. */
  start: LocalTime;
  end: LocalTime;
  /** Where the day takes place, when its agenda says; otherwise the entry's `location`. */
  location?: string;
}

export interface VisitCalendarEntry {
  /** Globally unique and never changed for the life of the visit, e.g. `studi-tiru-<id>@<site domain>`. */
  uid: string;
  /** Raise it on every change that calendars should pick up (new dates, cancellation). */
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  title: string;
  description: string;
  /** Where a day takes place when its agenda names no place. */
  location: string;
  hostTimeZone: IndonesianTimeZone;
  days: readonly VisitDaySchedule[];
  organizer: { name: string; email: string };
  url?: string;
  /** Written as DTSTAMP and LAST-MODIFIED, so the same visit always renders the same file. */
  updatedAt: Date;
}

// Indonesia has kept these offsets without daylight saving since 1964, so one STANDARD rule per zone
// is the whole truth for every date a visit can have.
const ZONE_RULES: Record<IndonesianTimeZone, { offset: string; abbreviation: string }> = {
  'Asia/Jakarta': { offset: '+0700', abbreviation: 'WIB' },
  'Asia/Makassar': { offset: '+0800', abbreviation: 'WITA' },
  'Asia/Jayapura': { offset: '+0900', abbreviation: 'WIT' },
};

/** The VTIMEZONE block for one of the three Indonesian zones. */
export function indonesianVTimezone(zone: string): string | null {
  if (!isIndonesianTimeZone(zone)) return null;
  const { offset, abbreviation } = ZONE_RULES[zone];
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${abbreviation}`,
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

/**
 * The visit as an iCalendar (RFC 5545) file: METHOD:PUBLISH while it stands (STATUS CONFIRMED or
 * TENTATIVE), METHOD:CANCEL with STATUS:CANCELLED once it is called off.
 *
 * A visit of several days is ONE recurring event, not one event per day. Its UID is the visit's own and
 * never changes, so a calendar that imported an earlier version replaces it, even when the host moved
 * the visit to other dates or it was cancelled: per-day UIDs (`<uid>-<date>`) would leave the old days
 * behind as orphans after a reschedule. The days become DTSTART/DTEND of the first day, RRULE DAILY
 * across first..last day, EXDATE for the days in between that are not visit days, and a RECURRENCE-ID
 * override for any day whose hours or place differ from the first day's. RRULE, EXDATE and overrides are read
 * by every common calendar (unlike RDATE), and a single span from first start to last end would turn
 * three working days into one 56-hour meeting.
 *
 * No ATTENDEE lines: RFC 5546 forbids them in PUBLISH, and a CANCEL names only attendees the event had.
 */
export function visitToICalendar(entry: VisitCalendarEntry): string {
  const days = checkedDays(entry.days);
  const firstDay = days[0]!;
  const zone = entry.hostTimeZone;
  const at = (date: LocalDate, time: LocalTime): DateTime => localDateTime(date, time, zone);
  const locationOf = (day: VisitDaySchedule): string => day.location ?? entry.location;

  const calendar = ical({
    prodId: { company: 'Tiru', product: 'Studi Tiru', language: 'ID' },
    method: entry.status === 'CANCELLED' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: with one, ical-generator would write DTSTAMP as local time instead of UTC.
    timezone: { name: null, generator: indonesianVTimezone },
  });

  const shared: Omit<ICalEventData, 'start'> = {
    id: entry.uid,
    sequence: entry.sequence,
    stamp: entry.updatedAt,
    lastModified: entry.updatedAt,
    timezone: zone,
    summary: entry.title,
    description: entry.description,
    location: locationOf(firstDay),
    organizer: entry.organizer,
    url: entry.url ?? null,
    status: ICalEventStatus[entry.status],
  };

  calendar.createEvent({
    ...shared,
    start: at(firstDay.date, firstDay.start),
    end: at(firstDay.date, firstDay.end),
    repeating: days.length > 1 ? dailyAcross(days, (date) => at(date, firstDay.start)) : null,
  });
  for (const day of days.slice(1)) {
    if (day.start === firstDay.start && day.end === firstDay.end && locationOf(day) === locationOf(firstDay)) continue;
    calendar.createEvent({
      ...shared,
      location: locationOf(day),
      recurrenceId: at(day.date, firstDay.start),
      start: at(day.date, day.start),
      end: at(day.date, day.end),
    });
  }
  return calendar.toString();
}

function dailyAcross(
  days: readonly VisitDaySchedule[],
  occurrenceOn: (date: LocalDate) => DateTime,
): ICalRepeatingOptions {
  const visitDates = new Set(days.map((day) => day.date));
  const span = eachDate(days[0]!.date, days[days.length - 1]!.date);
  const gaps = span.filter((date) => !visitDates.has(date)).map(occurrenceOn);
  return { freq: ICalEventRepeatingFreq.DAILY, count: span.length, ...(gaps.length > 0 ? { exclude: gaps } : {}) };
}

function checkedDays(days: readonly VisitDaySchedule[]): VisitDaySchedule[] {
  if (days.length === 0) throw new RangeError('a visit needs at least one day');
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  sorted.forEach((day, index) => {
    if (index > 0 && sorted[index - 1]!.date === day.date) throw new RangeError(`day ${day.date} is listed twice`);
    if (day.end <= day.start) throw new RangeError(`day ${day.date} ends (${day.end}) before it starts (${day.start})`);
  });
  return sorted;
}

function isIndonesianTimeZone(zone: string): zone is IndonesianTimeZone {
  return Object.hasOwn(ZONE_RULES, zone);
}
