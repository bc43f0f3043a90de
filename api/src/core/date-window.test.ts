import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config';
import { acceptDatesWithin, acceptedDateWindow, DEFAULT_DATE_WINDOW, isAcceptedDate, isAcceptedPeriod } from './date-window';

afterEach(() => acceptDatesWithin(DEFAULT_DATE_WINDOW));

describe('the accepted date window', () => {
  it.each([
    ['2000-01-01', true],
    ['2100-12-31', true],
    ['1999-12-31', false],
    ['2101-01-01', false],
    ['9999-12-31', false],
    ['2024-02-30', false],
    ['02024-01-01', false],
    ['+275760-09-13', false],
  ])('date %s accepted: %s', (text, accepted) => {
    expect(isAcceptedDate(text)).toBe(accepted);
  });

  it.each([
    ['2023', true],
    ['2023-11', true],
    ['2023-11-30', true],
    ['2000', true],
    ['1999', true],
    ['1945-08', true],
    ['1944', false],
    ['2101', false],
    ['9999', false],
    ['2023-00', false],
    ['2023-13', false],
    ['2023-02-30', false],
    ['2023-1', false],
  ])('period %s accepted: %s', (text, accepted) => {
    expect(isAcceptedPeriod(text)).toBe(accepted);
  });

  it('follows the configured window, read from the environment', () => {
    const config = loadConfig({ INPUT_DATE_EARLIEST: '2020-01-01', INPUT_DATE_LATEST: '2030-06-30' });
    acceptDatesWithin(config.dateWindow);
    expect(acceptedDateWindow()).toEqual({ earliest: '2020-01-01', latest: '2030-06-30' });
    expect(isAcceptedDate('2019-12-31')).toBe(false);
  });

  it('refuses a window that is not two ordered calendar days before year 9999 ends', () => {
    expect(() => loadConfig({ INPUT_DATE_EARLIEST: '2020-02-30' })).toThrow(/INPUT_DATE_EARLIEST/);
    expect(() => loadConfig({ INPUT_DATE_EARLIEST: '2030-01-01', INPUT_DATE_LATEST: '2020-01-01' })).toThrow(RangeError);
    expect(() => acceptDatesWithin({ earliest: '2000-01-01', latest: '9999-12-31' })).toThrow(RangeError);
  });
});
