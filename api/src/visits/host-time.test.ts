import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  eachDate,
  isoWeekday,
  localDate,
  MAX_DAYS_WALKED,
  parseLocalDate,
  parseLocalTime,
  startOfDayInstant,
  todayIn,
} from './host-time';

describe('parseLocalDate', () => {
  it.each([
    ['2026-03-02', '2026-03-02'],
    ['2024-02-29', '2024-02-29'],
    ['2024-02-30', null],
    ['2023-02-29', null],
    ['2026-13-01', null],
    ['2026-04-31', null],
    ['2026-3-2', null],
    ['2026-03-02T00:00', null],
    [' 2026-03-02', null],
    ['', null],
    ['1999-12-31', null],
    ['2000-01-01', '2000-01-01'],
    ['2100-12-31', '2100-12-31'],
    ['2101-01-01', null],
    ['9999-12-31', null],
    ['0001-01-01', null],
    ['+275760-09-13', null],
  ])('%j → %j', (text, expected) => {
    expect(parseLocalDate(text)).toBe(expected);
  });

  it('localDate throws on what is no calendar day, and trusts days outside the input window', () => {
    expect(() => localDate('2024-02-30')).toThrow(RangeError);
    expect(localDate('2024-02-29')).toBe('2024-02-29');
    expect(localDate('1999-12-31')).toBe('1999-12-31');
  });
});

describe('parseLocalTime', () => {
  it.each([
    ['08:00', '08:00'],
    ['23:59', '23:59'],
    ['00:00', '00:00'],
    ['24:00', null],
    ['8:00', null],
    ['08:60', null],
    ['08:00:00', null],
  ])('%j → %j', (text, expected) => {
    expect(parseLocalTime(text)).toBe(expected);
  });
});

describe('todayIn: the host day near midnight', () => {
  // 16:30Z is 23:30 in Jakarta (WIB, +7), 00:30 in Makassar (WITA, +8), 01:30 in Jayapura (WIT, +9).
  it.each([
    ['2026-03-01T16:30:00Z', 'Asia/Jakarta', '2026-03-01'],
    ['2026-03-01T16:30:00Z', 'Asia/Makassar', '2026-03-02'],
    ['2026-03-01T16:30:00Z', 'Asia/Jayapura', '2026-03-02'],
    ['2026-03-01T14:59:59Z', 'Asia/Jayapura', '2026-03-01'],
    ['2026-03-01T15:00:00Z', 'Asia/Jayapura', '2026-03-02'],
    ['2026-03-01T15:59:59Z', 'Asia/Makassar', '2026-03-01'],
    ['2026-03-01T16:59:59Z', 'Asia/Jakarta', '2026-03-01'],
    ['2026-03-01T17:00:00Z', 'Asia/Jakarta', '2026-03-02'],
    ['2026-03-02T00:30:00+08:00', 'Asia/Jakarta', '2026-03-01'],
    ['2026-12-31T17:00:00Z', 'Asia/Jakarta', '2027-01-01'],
  ] as const)('%s in %s is %s', (now, zone, expected) => {
    expect(todayIn(zone, now)).toBe(expected);
    expect(todayIn(zone, new Date(now))).toBe(expected);
  });

  it('refuses instants without an offset, which would silently use the server zone', () => {
    expect(() => todayIn('Asia/Jakarta', '2026-03-01T16:30:00')).toThrow(RangeError);
    expect(() => todayIn('Asia/Jakarta', '2026-03-01')).toThrow(RangeError);
    expect(() => todayIn('Asia/Jakarta', new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-03-01', 7],
    ['2026-03-02', 1],
    ['2026-03-06', 5],
    ['2026-03-07', 6],
    ['2024-02-29', 4],
  ] as const)('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(localDate(date))).toBe(weekday);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-02', 7, '2026-03-09'],
    ['2026-03-02', 0, '2026-03-02'],
  ] as const)('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(localDate(date), days)).toBe(expected);
    expect(daysBetween(localDate(date), localDate(expected))).toBe(days);
  });

  it('lists each date of a range, both ends included, across a month end', () => {
    expect(eachDate(localDate('2026-02-27'), localDate('2026-03-02'))).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(eachDate(localDate('2026-03-02'), localDate('2026-03-02'))).toEqual(['2026-03-02']);
    expect(eachDate(localDate('2026-03-02'), localDate('2026-03-01'))).toEqual([]);
  });

  it('walks the last days of year 9999 and stops, though the day after sorts before them as text', () => {
    expect(eachDate(localDate('9999-12-30'), localDate('9999-12-31'))).toEqual(['9999-12-30', '9999-12-31']);
  });

  it('never walks more than its bound, whatever two calendar days it is given', () => {
    const anyDay = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((instant) => localDate(instant.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -5, max: MAX_DAYS_WALKED + 5 }), (from, offset) => {
        const to = addDays(from, offset);
        const span = daysBetween(from, to);
        if (span + 1 > MAX_DAYS_WALKED) {
          expect(() => eachDate(from, to)).toThrow(RangeError);
        } else {
          const dates = eachDate(from, to);
          expect(dates).toHaveLength(Math.max(0, span + 1));
          dates.forEach((date, index) => expect(date).toBe(addDays(from, index)));
        }
      }),
    );
  });

  it('refuses a range longer than its bound instead of walking it', () => {
    expect(() => eachDate(localDate('2000-01-01'), localDate('9999-12-31'))).toThrow(RangeError);
  });

  it.each([
    ['Asia/Jakarta', '2026-03-01T17:00:00.000Z'],
    ['Asia/Makassar', '2026-03-01T16:00:00.000Z'],
    ['Asia/Jayapura', '2026-03-01T15:00:00.000Z'],
  ] as const)('2 March begins in %s at %s', (zone, instant) => {
    expect(startOfDayInstant(localDate('2026-03-02'), zone).toISOString()).toBe(instant);
  });
});
