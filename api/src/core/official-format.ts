/**
 * Dates and money as Indonesian official writing has them ("16 Februari 2024", "Rp50.000.000"), and their
 * English counterparts ("16 February 2024", "Rp50,000,000"), for what the API writes itself: e-mail and documents.
 * The web formats its pages with its own `lib/format.ts`, which follows the same conventions.
 */
export type DocumentLanguage = 'id' | 'en';

const LOCALES: Record<DocumentLanguage, string> = { id: 'id-ID', en: 'en-GB' };
const DIGIT_GROUP: Record<DocumentLanguage, string> = { id: '.', en: ',' };

/** A calendar day (`2024-02-16`) written out: it is a date, not an instant, so it is formatted as written. */
export function formatCalendarDate(date: string, language: DocumentLanguage): string {
  const format = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${date}T00:00:00Z`));
}

export function formatCalendarDates(dates: readonly string[], language: DocumentLanguage): string {
  return dates.map((date) => formatCalendarDate(date, language)).join(', ');
}

/** Whole rupiah from a bigint: never through a float, so Rp60.000.000.000.000 stays exact. */
export function formatRupiah(amount: bigint, language: DocumentLanguage): string {
  const magnitude = amount < 0n ? -amount : amount;
  const digits = magnitude.toString().replace(/\B(?=(\d{3})+(?!\d))/g, DIGIT_GROUP[language]);
  return `${amount < 0n ? '-' : ''}Rp${digits}`;
}
