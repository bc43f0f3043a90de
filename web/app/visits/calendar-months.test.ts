import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarMonths, isMonth, isoWeekdayOf, monthSpan, todayIn } from './calendar-months';

describe('calendar months', () => {
  it('steps months across years', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(isMonth('2027-02')).toBe(true);
    expect(isMonth('2027-13')).toBe(false);
    expect(isMonth('next')).toBe(false);
  });

  it('spans whole months, leap days included', () => {
    expect(monthSpan('2028-01', 2)).toEqual({ from: '2028-01-01', to: '2028-02-29' });
  });

  it('reads today in the host zone', () => {
    const lateEveningUtc = new Date('2026-11-23T20:00:00Z');
    expect(todayIn('Asia/Jakarta', lateEveningUtc)).toBe('2026-11-24');
    expect(todayIn('UTC', lateEveningUtc)).toBe('2026-11-23');
  });

  it('knows weekdays and adds days', () => {
    expect(isoWeekdayOf('2027-02-01')).toBe(1);
    expect(isoWeekdayOf('2027-02-07')).toBe(7);
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
  });

  it('lays days out Monday first with padding', () => {
    const days = Array.from({ length: 31 }, (_, index) => ({ date: addDays('2027-03-01', index) }));
    const [march] = calendarMonths(days);
    expect(march!.month).toBe('2027-03');
    expect(march!.weeks).toHaveLength(5);
    expect(march!.weeks[0]![0]).toEqual({ date: '2027-03-01' });
    expect(march!.weeks[4]!.map((day) => day?.date ?? null)).toEqual([
      '2027-03-29',
      '2027-03-30',
      '2027-03-31',
      null,
      null,
      null,
      null,
    ]);
  });

  it('pads the first week of a month starting mid-week', () => {
    const [february] = calendarMonths([{ date: '2026-02-01' }, { date: '2026-02-02' }]);
    expect(february!.weeks).toEqual([
      [null, null, null, null, null, null, { date: '2026-02-01' }],
      [{ date: '2026-02-02' }, null, null, null, null, null, null],
    ]);
  });
});
