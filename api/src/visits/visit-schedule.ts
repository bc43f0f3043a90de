import { type LocalDate, type LocalTime } from './host-time';
import { type VisitCalendarEntry, type VisitDaySchedule } from './visit-calendar-file';
import { type VisitState } from './visit-workflow';

/** A visit day with nothing on its agenda yet is shown as office hours. */
export const OFFICE_HOURS = { start: '08:00' as LocalTime, end: '16:00' as LocalTime };

type TimedItem = { date: string; startTime: string; endTime: string; place: string };

/** Each visit day runs from its first agenda item's start to its last one's end, at the place of its first item that names one. */
export function daySchedules(dates: readonly LocalDate[], agenda: readonly TimedItem[]): VisitDaySchedule[] {
  return dates.map((date) => {
    const items = agenda.filter((item) => item.date === date);
    if (items.length === 0) return { date, ...OFFICE_HOURS };
    const start = items.map((item) => item.startTime).sort()[0] as LocalTime;
    const end = items.map((item) => item.endTime).sort().at(-1) as LocalTime;
    const location = [...items].sort((a, b) => a.startTime.localeCompare(b.startTime)).find((item) => item.place.length > 0)?.place;
    return location === undefined ? { date, start, end } : { date, start, end, location };
  });
}

export function calendarStatusOf(state: VisitState): VisitCalendarEntry['status'] {
  if (state === 'CONFIRMED' || state === 'COMPLETED') return 'CONFIRMED';
  if (state === 'CANCELLED' || state === 'DECLINED') return 'CANCELLED';
  return 'TENTATIVE';
}

/** Everything a calendar shows of a visit's time and place: when it changes, the iCalendar SEQUENCE must rise. */
export function calendarFingerprint(state: VisitState, schedules: readonly VisitDaySchedule[]): string {
  return [calendarStatusOf(state), ...schedules.map((day) => `${day.date} ${day.start}-${day.end} ${day.location ?? ''}`)].join('|');
}
