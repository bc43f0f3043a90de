import { type Language } from '../i18n/languages';

/**
 * Every number a person types on the site is read here, the way the page's language writes it: Indonesian `1.200`,
 * `11,28`, `42.500.000`; English `1,200`, `11.28`, `42,500,000`. The rules:
 *
 * 1. Spaces around the number are ignored; spaces inside it (also no-break spaces) count as the group sign.
 * 2. Accepted: an optional `-`, ASCII digits, the language's group sign only between groups of exactly three digits
 *    (`1.200`, `42.500.000`, never `1.2` or `12.00`), and at most one decimal sign followed by digits.
 *    Anything else (`1e9`, `--1`, full-width `１２３`, `1.2.3,4`, `+5`, `Rp`) is not a number.
 * 3. Ambiguous, and refused: a value without group signs whose decimal sign is followed by exactly three digits and
 *    led by one to three digits (`1,200` in Indonesian, `1.200` in English): the other language reads it as
 *    thousands. The person is shown how to write either reading (`1.200` or `1,2`).
 * 4. A value written the other language's way and not readable in this one (`42,500,000` or `1.5` on an
 *    Indonesian page) is refused with the same value written this language's way.
 *
 * A value read is kept as exact decimal digits (`-1200.5`), so rupiah amounts of any size never pass through a float.
 */
export interface NumberSigns {
  group: string;
  decimal: string;
}

export const numberSigns: Record<Language, NumberSigns> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** `digits`: the value as `-?\d+(\.\d+)?` without superfluous zeros (`1200`, `-0.5`, `11.28`). */
export type NumberReading =
  | { kind: 'number'; digits: string }
  | { kind: 'ambiguous'; asThousands: string; asDecimal: string }
  | { kind: 'otherLanguage'; written: string }
  | { kind: 'invalid' };

function escaped(sign: string): string {
  return sign.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wellFormed(text: string, { group, decimal }: NumberSigns): RegExpExecArray | null {
  const g = escaped(group);
  const d = escaped(decimal);
  return new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`).exec(text);
}

/** `-`, `007`, `500` → `-7.5`; a zero is never negative. */
function canonical(negative: boolean, whole: string, fraction: string): string {
  const integer = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  const digits = decimals ? `${integer}.${decimals}` : integer;
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

function parsed(match: RegExpExecArray, group: string): string {
  return canonical(match[1] === '-', match[2]!.split(group).join(''), match[3] ?? '');
}

export function readNumber(input: string, language: Language): NumberReading {
  const signs = numberSigns[language];
  const trimmed = input.trim();
  const text = trimmed.replace(/\s+/g, signs.group);
  const match = wellFormed(text, signs);
  if (match) {
    const [, minus, whole, fraction] = match;
    if (fraction?.length === 3 && /^[1-9]\d{0,2}$/.test(whole!)) {
      return {
        kind: 'ambiguous',
        asThousands: formatDigits(canonical(minus === '-', whole! + fraction, ''), language),
        asDecimal: formatDigits(parsed(match, signs.group), language),
      };
    }
    return { kind: 'number', digits: parsed(match, signs.group) };
  }
  const other = language === 'id' ? 'en' : 'id';
  // Spaces were made this language's group sign; only a value written without them is tried the other way.
  const otherMatch = trimmed === text ? wellFormed(text, numberSigns[other]) : null;
  if (otherMatch) return { kind: 'otherLanguage', written: formatDigits(parsed(otherMatch, numberSigns[other].group), language) };
  return { kind: 'invalid' };
}

/** Significant digits of a read value (`0.0012` has 2, `1200` has 4): a float keeps 15 of them exactly. */
export function significantDigits(digits: string): number {
  return digits.replace(/[-.]/g, '').replace(/^0+/, '').length;
}

/** Exact decimal digits (`-1200.5`) written the language's way (`-1.200,5`), grouped by three. */
export function formatDigits(digits: string, language: Language): string {
  const { group, decimal } = numberSigns[language];
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction ? `${grouped}${decimal}${fraction}` : grouped;
}

/** The plain digits of a number: JavaScript's shortest exact form with its exponent written out (`1.5e-7`). */
function digitsOf(value: number): string {
  const [mantissa = '', exponentText] = String(value).split('e');
  if (exponentText === undefined) return mantissa;
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const exponent = Number(exponentText);
  const all = whole + fraction;
  const point = whole.length + exponent;
  const written =
    point <= 0 ? `0.${'0'.repeat(-point)}${all}` : point >= all.length ? all + '0'.repeat(point - all.length) : `${all.slice(0, point)}.${all.slice(point)}`;
  return canonical(negative, written.split('.')[0]!, written.split('.')[1] ?? '');
}

/**
 * A stored number (or BigInt digits from the API) shown in a form field so that reading it back gives exactly the
 * same value: every decimal kept, grouped the language's way (`1200` → `1.200`, `11.28` → `11,28`).
 */
export function formatNumberInput(value: number | bigint | string, language: Language): string {
  if (typeof value === 'number') return formatDigits(digitsOf(value), language);
  return formatDigits(value.toString(), language);
}
