import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { heldDaysMessage } from './held-days';

describe('the days a refused calendar change would strand', () => {
  it('names every day and what it holds, in the visitor’s language', () => {
    const refusal = {
      code: 'CONFLICT' as const,
      message: 'Kota Bontang already has visits agreed on …',
      field: 'delegationsPerDay',
      details: {
        date: '2026-12-17',
        days: [
          { date: '2026-12-17', delegations: 2, participants: 24, reasons: ['OVER_DELEGATION_CAPACITY'] },
          { date: '2026-12-18', delegations: 1, participants: 12, reasons: ['OVER_DELEGATION_CAPACITY'] },
        ],
      },
    };
    expect(heldDaysMessage([refusal], createTranslator('en'), 'en')).toBe(
      'Visits already agreed stand on 17 Dec 2026 (delegations: 2, participants: 24); 18 Dec 2026 (delegations: 1, participants: 12). Move or cancel those visits first, then change the calendar.'
    );
    expect(heldDaysMessage([refusal], createTranslator('id'), 'id')).toContain('17 Des 2026 (delegasi: 2, peserta: 24)');
  });

  it('says nothing about any other refusal', () => {
    expect(heldDaysMessage([{ code: 'CONFLICT', message: 'stale', field: 'version' }], createTranslator('en'), 'en')).toBeUndefined();
  });
});
