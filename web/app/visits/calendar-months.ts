/** Calendar arithmetic on host-local dates (`YYYY-MM-DD`) and months (`YYYY-MM`), free of time zones. */

/** How many months the availability calendar shows at once. */
export const monthsShown = 3;

const monthPattern = /^(\d{4})-(\d{2})$/;

export function isMonth(value: string | null | undefined): value is string {
  const match = monthPattern.exec(value ?? '');
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

/** The first and last day of `count` months starting with `first`. */
export function monthSpan(first: string, count: number): { from: string; to: string } {
  const last = addMonths(first, count - 1);
  return { from: `${first}-01`, to: `${last}-${String(daysInMonth(last)).padStart(2, '0')}` };
}

/** The day it is now in a time zone, as the host reads its calendar. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

export function addDays(date: string, count: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + count);
  return day.toISOString().slice(0, 10);
}

export interface CalendarMonth<Day extends { date: string }> {
  month: string;
  /** Monday-first weeks; null pads the days before the 1st and after the last. */
  weeks: (Day | null)[][];
}

/** Lays days out as month grids, Monday first, for a calendar table per month. */
export function calendarMonths<Day extends { date: string }>(days: readonly Day[]): CalendarMonth<Day>[] {
  const months: CalendarMonth<Day>[] = [];
  for (const day of days) {
    const month = day.date.slice(0, 7);
    let current = months.at(-1);
    if (current?.month !== month) {
      current = { month, weeks: [Array<Day | null>(isoWeekdayOf(day.date) - 1).fill(null)] };
      months.push(current);
    }
    let week = current.weeks.at(-1)!;
    if (week.length === 7) {
      week = [];
      current.weeks.push(week);
    }
    week.push(day);
  }
  for (const { weeks } of months) {
    const last = weeks.at(-1)!;
    while (last.length < 7) last.push(null);
  }
  return months;
}
