import { DateTime } from 'luxon';
import ical, { type CalendarResponse, type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { type IndonesianTimeZone } from '../regions/region.entities';
import { localDate, parseLocalTime, type LocalTime } from './host-time';
import { indonesianVTimezone, visitToICalendar, type VisitCalendarEntry, type VisitDaySchedule } from './visit-calendar-file';

function time(text: string): LocalTime {
  const parsed = parseLocalTime(text);
  if (!parsed) throw new Error(`bad time in test: ${text}`);
  return parsed;
}

function day(date: string, start = '08:00', end = '16:00'): VisitDaySchedule {
  return { date: localDate(date), start: time(start), end: time(end) };
}

// Tangerang Selatan studies Bontang's Prolita; Bontang (East Kalimantan) keeps WITA.
function bontangVisit(overrides: Partial<VisitCalendarEntry> = {}): VisitCalendarEntry {
  return {
    uid: 'studi-tiru-42@tiru.test',
    sequence: 0,
    status: 'CONFIRMED',
    title: 'Studi tiru Prolita: Pemkot Tangerang Selatan',
    description: 'Belajar Prolita, Rp50 juta per RT.\nAgenda: paparan, kunjungan lapangan.',
    location: 'Kantor Wali Kota Bontang, Jl. Moh. Roem',
    hostTimeZone: 'Asia/Makassar',
    days: [day('2026-03-10')],
    organizer: { name: 'Bappeda Kota Bontang', email: 'bappeda@bontang.test' },
    url: 'https://tiru.test/kunjungan/42',
    updatedAt: new Date('2026-03-01T03:04:05Z'),
    ...overrides,
  };
}

function parse(text: string): { calendar: CalendarResponse; event: VEvent } {
  const calendar = ical.sync.parseICS(text);
  const events = Object.values(calendar).filter((component) => component?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  return { calendar, event: events[0] as VEvent };
}

function instancesOf(event: VEvent): [string, string][] {
  return ical
    .expandRecurringEvent(event, { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') })
    .map((instance) => [instance.start.toISOString(), instance.end.toISOString()]);
}

describe('visitToICalendar', () => {
  it('writes a Bontang visit in Asia/Makassar with its own VTIMEZONE and the right local start', () => {
    const text = visitToICalendar(bontangVisit());
    const { calendar, event } = parse(text);

    expect(event.uid).toBe('studi-tiru-42@tiru.test');
    expect(event.start.tz).toBe('Asia/Makassar');
    expect(event.start.toISOString()).toBe('2026-03-10T00:00:00.000Z'); // 08:00 WITA
    expect(event.end?.toISOString()).toBe('2026-03-10T08:00:00.000Z'); // 16:00 WITA
    expect(event.rrule).toBeUndefined();
    expect(event.status).toBe('CONFIRMED');
    expect(event.method).toBe('PUBLISH');
    expect(event.summary).toBe('Studi tiru Prolita: Pemkot Tangerang Selatan');
    expect(event.location).toBe('Kantor Wali Kota Bontang, Jl. Moh. Roem');
    expect(event.description).toBe('Belajar Prolita, Rp50 juta per RT.\nAgenda: paparan, kunjungan lapangan.');

    const zones = Object.values(calendar).filter((component) => component?.type === 'VTIMEZONE');
    expect(zones.map((zone) => (zone as { tzid: string }).tzid)).toEqual(['Asia/Makassar']);

    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(text).toContain('\r\nDTSTART;TZID=Asia/Makassar:20260310T080000\r\n');
    expect(text).toContain('\r\nDTSTAMP:20260301T030405Z\r\n');
    expect(text).not.toContain('ATTENDEE');
  });

  it.each([
    ['Asia/Jakarta', '2026-03-10T01:00:00.000Z'],
    ['Asia/Makassar', '2026-03-10T00:00:00.000Z'],
    ['Asia/Jayapura', '2026-03-09T23:00:00.000Z'],
  ] as [IndonesianTimeZone, string][])('08:00 in %s is %s', (hostTimeZone, instant) => {
    const text = visitToICalendar(bontangVisit({ hostTimeZone }));
    const { event } = parse(text);
    expect(event.start.tz).toBe(hostTimeZone);
    expect(event.start.toISOString()).toBe(instant);
    expect(text).toContain(`DTSTART;TZID=${hostTimeZone}:20260310T080000`);
  });

  it('keeps the UID when a visit is updated, so calendars replace it', () => {
    const first = parse(visitToICalendar(bontangVisit({ sequence: 0 }))).event;
    const moved = parse(
      visitToICalendar(bontangVisit({ sequence: 1, days: [day('2026-03-17')], updatedAt: new Date('2026-03-02T00:00:00Z') })),
    ).event;
    expect(moved.uid).toBe(first.uid);
    expect([first.sequence, moved.sequence]).toEqual([0, 1]);
    expect(moved.start.toISOString()).toBe('2026-03-17T00:00:00.000Z');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID', () => {
    const text = visitToICalendar(bontangVisit({ sequence: 2, status: 'CANCELLED' }));
    const { event } = parse(text);
    expect(event.uid).toBe('studi-tiru-42@tiru.test');
    expect(event.sequence).toBe(2);
    expect(event.status).toBe('CANCELLED');
    expect(event.method).toBe('CANCEL');
    expect(text).toContain('\r\nMETHOD:CANCEL\r\n');
    expect(text).toContain('\r\nSTATUS:CANCELLED\r\n');
  });

  it('publishes a visit not yet confirmed as TENTATIVE', () => {
    const text = visitToICalendar(bontangVisit({ status: 'TENTATIVE' }));
    expect(parse(text).event).toMatchObject({ status: 'TENTATIVE', method: 'PUBLISH' });
  });

  it('writes non-consecutive days with their own hours as one recurring event', () => {
    const days = [day('2026-03-13', '09:00', '15:00'), day('2026-03-10'), day('2026-03-11', '08:00', '12:00')];
    const { event } = parse(visitToICalendar(bontangVisit({ days })));
    expect(event.uid).toBe('studi-tiru-42@tiru.test');
    expect(instancesOf(event)).toEqual([
      ['2026-03-10T00:00:00.000Z', '2026-03-10T08:00:00.000Z'],
      ['2026-03-11T00:00:00.000Z', '2026-03-11T04:00:00.000Z'],
      ['2026-03-13T01:00:00.000Z', '2026-03-13T07:00:00.000Z'],
    ]);
  });

  it('writes consecutive days with equal hours without overrides or exclusions', () => {
    const text = visitToICalendar(bontangVisit({ days: [day('2026-03-10'), day('2026-03-11'), day('2026-03-12')] }));
    expect(text).toContain('\r\nRRULE:FREQ=DAILY;COUNT=3\r\n');
    expect(text).not.toContain('EXDATE');
    expect(text).not.toContain('RECURRENCE-ID');
    expect(instancesOf(parse(text).event).map(([start]) => start)).toEqual([
      '2026-03-10T00:00:00.000Z',
      '2026-03-11T00:00:00.000Z',
      '2026-03-12T00:00:00.000Z',
    ]);
  });

  it("gives each day its own place: the second day's site visit is not at the first day's office", () => {
    const text = visitToICalendar(
      bontangVisit({
        days: [
          { ...day('2026-03-10'), location: 'Aula Bappeda Kota Bontang' },
          { ...day('2026-03-11'), location: 'RT 12 Kelurahan Api-Api' },
          day('2026-03-12'),
        ],
      }),
    );
    const events = Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => component?.type === 'VEVENT');
    const master = events.find((event) => event.recurrenceid === undefined)!;
    expect(master.location).toBe('Aula Bappeda Kota Bontang');
    // node-ical files each override under more than one key.
    const overrides = new Map(Object.values(master.recurrences ?? {}).map((event) => [(event as VEvent).start.toISOString(), event.location]));
    expect([...overrides].sort()).toEqual([
      ['2026-03-11T00:00:00.000Z', 'RT 12 Kelurahan Api-Api'],
      ['2026-03-12T00:00:00.000Z', 'Kantor Wali Kota Bontang, Jl. Moh. Roem'],
    ]);
  });

  it('renders the same visit to the same text, whatever the clock says', () => {
    expect(visitToICalendar(bontangVisit())).toBe(visitToICalendar(bontangVisit()));
  });

  it.each([
    ['no days', []],
    ['a day listed twice', [day('2026-03-10'), day('2026-03-10', '09:00', '12:00')]],
    ['a day ending before it starts', [day('2026-03-10', '16:00', '08:00')]],
    ['a day of no length', [day('2026-03-10', '08:00', '08:00')]],
  ] as [string, VisitDaySchedule[]][])('refuses %s', (_name, days) => {
    expect(() => visitToICalendar(bontangVisit({ days }))).toThrow(RangeError);
  });
});

describe('indonesianVTimezone', () => {
  it.each(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const)(
    'gives %s the offset the time zone database has for it, all year',
    (zone) => {
      const block = indonesianVTimezone(zone) ?? '';
      const offset = /TZOFFSETTO:([+-]\d{4})/.exec(block)?.[1];
      const minutes = (Number(offset?.slice(1, 3)) * 60 + Number(offset?.slice(3))) * (offset?.startsWith('-') ? -1 : 1);
      for (const month of [1, 4, 7, 10]) {
        expect(DateTime.fromObject({ year: 2026, month, day: 1 }, { zone }).offset).toBe(minutes);
      }
      expect(block).toContain(`TZID:${zone}`);
    },
  );

  it('knows no zone outside Indonesia', () => {
    expect(indonesianVTimezone('Europe/Berlin')).toBeNull();
  });
});
