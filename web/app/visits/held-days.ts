import { type Language } from '../i18n/languages';
import { type Translate } from '../i18n/translate';
import { type ApiError } from '../lib/api.server';
import { formatShortDate } from '../lib/format';

interface HeldDay {
  date: string;
  delegations: number;
  participants: number;
}

function isHeldDay(value: unknown): value is HeldDay {
  const day = value as Partial<HeldDay> | null;
  return typeof day?.date === 'string' && typeof day.delegations === 'number' && typeof day.participants === 'number';
}

function heldDaysOf(error: ApiError): HeldDay[] {
  const days = error.code === 'CONFLICT' ? error.details?.days : undefined;
  return Array.isArray(days) ? days.filter(isHeldDay) : [];
}

/**
 * When the API refused a calendar change because visits already agreed stand on some days (decision 011):
 * those days and what each holds, so the host knows which visits to move first. Undefined for any other refusal.
 */
export function heldDaysMessage(errors: readonly ApiError[], t: Translate, language: Language): string | undefined {
  const days = errors.flatMap(heldDaysOf);
  if (days.length === 0) return undefined;
  const list = days
    .map((day) =>
      t('hostCalendar.error.heldDay', {
        date: formatShortDate(day.date, 'UTC', language),
        delegations: day.delegations,
        participants: day.participants,
      })
    )
    .join('; ');
  return t('hostCalendar.error.heldDays', { days: list });
}
