import { intlLocales, type Language } from '../i18n/languages';
import { numberSigns } from './number-input';
import { unitIn } from './units';

/** Money arrives from the API as a string of digits (GraphQL BigInt); it never passes through a float. */
export type RupiahAmount = bigint | string;


const shortUnits: Record<Language, readonly (readonly [bigint, string])[]> = {
  id: [
    [10n ** 12n, 'triliun'],
    [10n ** 9n, 'miliar'],
    [10n ** 6n, 'juta'],
    [10n ** 3n, 'ribu'],
  ],
  en: [
    [10n ** 12n, 'trillion'],
    [10n ** 9n, 'billion'],
    [10n ** 6n, 'million'],
    [10n ** 3n, 'thousand'],
  ],
};

function toRupiah(amount: RupiahAmount): bigint {
  if (typeof amount === 'bigint') return amount;
  if (!/^-?\d+$/.test(amount)) throw new RangeError(`Not a whole number of rupiah: "${amount}"`);
  return BigInt(amount);
}

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function withRupiahSign(value: bigint, body: string): string {
  return value < 0n ? `-Rp${body}` : `Rp${body}`;
}

/** `Rp50.000.000` in Indonesian, `Rp50,000,000` in English. */
export function formatRupiah(amount: RupiahAmount, language: Language = 'id'): string {
  const value = toRupiah(amount);
  const magnitude = value < 0n ? -value : value;
  return withRupiahSign(value, groupDigits(magnitude.toString(), numberSigns[language].group));
}

/** `Rp50 juta`, `Rp60 miliar`, `Rp1,2 triliun`: one decimal at most, rounded half up. */
export function formatRupiahShort(amount: RupiahAmount, language: Language = 'id'): string {
  const value = toRupiah(amount);
  const magnitude = value < 0n ? -value : value;
  const units = shortUnits[language];
  const index = units.findIndex(([size]) => magnitude >= size);
  if (index === -1) return formatRupiah(value, language);

  const [size, word] = units[index]!;
  const tenths = (magnitude * 10n + size / 2n) / size;
  const larger = units[index - 1];
  // Rounding can carry into the next unit: Rp999.960.000 is "Rp1 miliar", not "Rp1.000 juta".
  if (larger && tenths * size >= larger[0] * 10n)
    return formatRupiahShort(larger[0] * (value < 0n ? -1n : 1n), language);

  const whole = groupDigits((tenths / 10n).toString(), numberSigns[language].group);
  const fraction = tenths % 10n;
  const number = fraction === 0n ? whole : `${whole}${numberSigns[language].decimal}${fraction}`;
  return withRupiahSign(value, `${number} ${word}`);
}

/** Whole or decimal counts (beneficiaries, units built): `1.250` in Indonesian, `1,250` in English. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(intlLocales[language], { maximumFractionDigits }).format(value);
}

/**
 * A percentage given in percent points (11.23 means 11.23 %). Indonesian puts a no-break space before the sign
 * (`11,23 %`, the space being U+00A0 so the sign never wraps alone); English writes `11.23%`.
 */
export function formatPercent(value: number, language: Language, maximumFractionDigits = 2): string {
  const number = formatNumber(value, language, maximumFractionDigits);
  return language === 'id' ? `${number}\u00a0%` : `${number}%`;
}

const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar dates (GraphQL LocalDate, `2024-02-16`) are not instants: they are shown as written, in any zone. */
function dateAndZone(value: string | Date, timeZone: string): { instant: Date; timeZone: string } {
  if (typeof value === 'string' && localDatePattern.test(value)) {
    return { instant: new Date(`${value}T00:00:00Z`), timeZone: 'UTC' };
  }
  return { instant: typeof value === 'string' ? new Date(value) : value, timeZone };
}

function formatCalendarDay(value: string | Date, timeZone: string, language: Language, shape: Intl.DateTimeFormatOptions): string {
  const { instant, timeZone: zone } = dateAndZone(value, timeZone);
  return new Intl.DateTimeFormat(intlLocales[language], { ...shape, day: 'numeric', year: 'numeric', timeZone: zone }).format(instant);
}

/** `Jumat, 16 Februari 2024` / `Friday, 16 February 2024`, for the calendar day in the given IANA zone. */
export function formatDate(value: string | Date, timeZone: string, language: Language): string {
  return formatCalendarDay(value, timeZone, language, { weekday: 'long', month: 'long' });
}

/** `16 Februari 2024` / `16 February 2024`: a date in running text, such as when a source was published. */
export function formatLongDate(value: string | Date, timeZone: string, language: Language): string {
  return formatCalendarDay(value, timeZone, language, { month: 'long' });
}

/** `16 Feb 2024`, for tables and lists where the weekday is noise. */
export function formatShortDate(value: string | Date, timeZone: string, language: Language): string {
  return formatCalendarDay(value, timeZone, language, { month: 'short' });
}

/** Indonesian zone abbreviations (WIB, WITA, WIT) in both languages: they are what visitors plan with. */
function zoneAbbreviation(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(intlLocales.id, { timeZone, timeZoneName: 'short' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** WIB, WITA or WIT for an Indonesian zone (they keep no daylight saving, so any instant gives the same). */
export function zoneAbbreviationOf(timeZone: string): string {
  return zoneAbbreviation(new Date(), timeZone);
}

/** `14.00 WIB` / `14:00 WIB`. */
export function formatTime(value: string | Date, timeZone: string, language: Language): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  const time = new Intl.DateTimeFormat(intlLocales[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(instant);
  return `${time} ${zoneAbbreviation(instant, timeZone)}`;
}

/**
 * An outcome's measurement period as written by the host — a year (`2023`), a month (`2023-11`) or a day
 * (`2023-11-30`) — shown at that precision: `2023`, `Nov 2023`, `30 Nov 2023`.
 */
export function formatPeriod(period: string, language: Language): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    return new Intl.DateTimeFormat(intlLocales[language], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${period}-01T00:00:00Z`)
    );
  }
  if (localDatePattern.test(period)) return formatShortDate(period, 'UTC', language);
  return period;
}

/** A measured value with its unit: `11,23 %`, `1.000 RT`. */
export function formatMeasure(value: number, unit: string, language: Language): string {
  return unit.trim() === '%' ? formatPercent(value, language) : `${formatNumber(value, language)} ${unitIn(unit, language)}`.trim();
}

/** An `HH:mm` clock time of the host as the language writes it: `08.30` in Indonesian, `08:30` in English. */
export function formatClockTime(time: string, language: Language): string {
  return language === 'id' ? time.replace(':', '.') : time;
}
