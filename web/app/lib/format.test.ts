import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatRupiahShort,
  formatShortDate,
  formatClockTime,
  formatMeasure,
  formatPeriod,
  formatTime,
  zoneAbbreviationOf,
} from './format';

describe('formatRupiah', () => {
  it('groups thousands with dots in Indonesian, from a bigint or a digit string', () => {
    expect(formatRupiah(50_000_000n)).toBe('Rp50.000.000');
    expect(formatRupiah('50000000')).toBe('Rp50.000.000');
    expect(formatRupiah('0')).toBe('Rp0');
    expect(formatRupiah('999')).toBe('Rp999');
    expect(formatRupiah('1000')).toBe('Rp1.000');
  });

  it('keeps every digit of amounts beyond float precision', () => {
    expect(formatRupiah('9007199254740993')).toBe('Rp9.007.199.254.740.993');
  });

  it('groups with commas in English', () => {
    expect(formatRupiah('60000000000', 'en')).toBe('Rp60,000,000,000');
  });

  it('puts the minus sign before Rp', () => {
    expect(formatRupiah(-1500n)).toBe('-Rp1.500');
  });

  it('rejects strings that are not whole numbers', () => {
    expect(() => formatRupiah('12.5')).toThrow(RangeError);
    expect(() => formatRupiah('')).toThrow(RangeError);
  });
});

describe('formatRupiahShort', () => {
  it.each([
    ['50000000', 'Rp50 juta'],
    ['60000000000', 'Rp60 miliar'],
    ['1200000000000', 'Rp1,2 triliun'],
    ['1250000000', 'Rp1,3 miliar'],
    ['2500000', 'Rp2,5 juta'],
    ['750000', 'Rp750 ribu'],
    ['999', 'Rp999'],
    ['999960000', 'Rp1 miliar'],
    ['1500000000000000', 'Rp1.500 triliun'],
  ])('%s → %s', (amount, expected) => {
    expect(formatRupiahShort(amount)).toBe(expected);
  });

  it('uses English unit words and decimal point in English', () => {
    expect(formatRupiahShort('1200000000000', 'en')).toBe('Rp1.2 trillion');
    expect(formatRupiahShort('50000000', 'en')).toBe('Rp50 million');
  });
});

describe('formatPercent and formatNumber', () => {
  it('writes a decimal comma and a no-break space before % in Indonesian', () => {
    expect(formatPercent(11.23, 'id')).toBe('11,23\u00a0%');
    expect(formatPercent(11.28, 'en')).toBe('11.28%');
    expect(formatPercent(7, 'id')).toBe('7\u00a0%');
  });

  it('groups counts the local way', () => {
    expect(formatNumber(1250, 'id')).toBe('1.250');
    expect(formatNumber(1250, 'en')).toBe('1,250');
  });
});

describe('dates', () => {
  it('names the weekday and month in each language', () => {
    expect(formatDate('2024-02-16', 'Asia/Jakarta', 'id')).toBe('Jumat, 16 Februari 2024');
    expect(formatDate('2024-02-16', 'Asia/Jakarta', 'en')).toBe('Friday, 16 February 2024');
  });

  it('takes the calendar day of an instant in the given zone', () => {
    const lateEveningUtc = '2024-02-15T20:00:00Z';
    expect(formatDate(lateEveningUtc, 'Asia/Jakarta', 'id')).toBe('Jumat, 16 Februari 2024');
    expect(formatDate(lateEveningUtc, 'UTC', 'id')).toBe('Kamis, 15 Februari 2024');
  });

  it('shows a calendar date as written whatever the zone', () => {
    expect(formatDate('2024-02-16', 'Asia/Jayapura', 'id')).toBe('Jumat, 16 Februari 2024');
    expect(formatShortDate('2024-02-16', 'America/Los_Angeles', 'id')).toBe('16 Feb 2024');
  });

  it('shows times with the Indonesian zone abbreviation', () => {
    expect(formatTime('2024-02-16T06:00:00Z', 'Asia/Makassar', 'id')).toBe('14.00 WITA');
    expect(formatTime('2024-02-16T06:00:00Z', 'Asia/Jakarta', 'en')).toBe('13:00 WIB');
    expect(formatTime('2024-02-16T06:00:00Z', 'Asia/Jayapura', 'id')).toBe('15.00 WIT');
  });
});

describe('formatPeriod and formatMeasure', () => {
  it('shows a period at the precision it was written', () => {
    expect(formatPeriod('2023', 'id')).toBe('2023');
    expect(formatPeriod('2023-11', 'id')).toBe('Nov 2023');
    expect(formatPeriod('2023-11', 'en')).toBe('Nov 2023');
    expect(formatPeriod('2023-11-30', 'id')).toBe('30 Nov 2023');
    expect(formatPeriod('2023-08', 'id')).toBe('Agu 2023');
  });

  it('writes percentages the local way and other units after the number', () => {
    expect(formatMeasure(11.23, '%', 'id')).toBe('11,23\u00a0%');
    expect(formatMeasure(1000, 'RT', 'id')).toBe('1.000 RT');
    expect(formatMeasure(1000, 'RT', 'en')).toBe('1,000 RTs (neighbourhood units)');
  });
});

describe('host clock times and zones', () => {
  it('names the Indonesian zones', () => {
    expect(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'].map(zoneAbbreviationOf)).toEqual(['WIB', 'WITA', 'WIT']);
  });

  it('writes clock times the local way', () => {
    expect(formatClockTime('08:30', 'id')).toBe('08.30');
    expect(formatClockTime('08:30', 'en')).toBe('08:30');
  });
});
