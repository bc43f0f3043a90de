import { describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config';
import { DEFAULT_RETENTION } from './retention-settings';

describe('retention settings', () => {
  it('defaults to 30 days, purged every hour', () => {
    expect(loadConfig({}).retention).toEqual(DEFAULT_RETENTION);
    expect(DEFAULT_RETENTION).toEqual({ retentionDays: 30, intervalMinutes: 60 });
  });

  it('reads RETENTION_DAYS and RETENTION_INTERVAL_MINUTES', () => {
    expect(loadConfig({ RETENTION_DAYS: '7', RETENTION_INTERVAL_MINUTES: '15' }).retention).toEqual({ retentionDays: 7, intervalMinutes: 15 });
    expect(loadConfig({ RETENTION_DAYS: '3650', RETENTION_INTERVAL_MINUTES: '1440' }).retention).toEqual({ retentionDays: 3650, intervalMinutes: 1440 });
  });

  it.each(['0', '-1', 'abc', '1e9', '2.5', '', '3651', '30; drop table session'])('refuses RETENTION_DAYS=%j, naming the variable', (value) => {
    expect(() => loadConfig({ RETENTION_DAYS: value })).toThrow('Invalid configuration: RETENTION_DAYS: must be a whole number of days from 1 to 3650');
  });

  it.each(['0', '-1', 'abc', '1e9', '0.5', '', '1441'])('refuses RETENTION_INTERVAL_MINUTES=%j, naming the variable', (value) => {
    expect(() => loadConfig({ RETENTION_INTERVAL_MINUTES: value })).toThrow('Invalid configuration: RETENTION_INTERVAL_MINUTES: must be a whole number of minutes from 1 to 1440');
  });
});
