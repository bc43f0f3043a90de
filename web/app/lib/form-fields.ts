import { z } from 'zod';
import { type Language } from '../i18n/languages';
import { type Translate } from '../i18n/translate';
import { type FieldRules } from './input-rules';
import { readNumber, significantDigits } from './number-input';

/**
 * Zod pieces for form fields, each with the API's limits for that field (`fieldRules`) and messages in the
 * visitor's language. A form's schema is made of these on the server (its action) and in the browser (Conform's
 * client validation), so both say the same thing. Conform hands an empty field over as `undefined`.
 */

function required(t: Translate) {
  return { error: t('form.error.required') };
}

/** Trimmed text within the field's declared lengths (and e-mail, web address or pattern, when declared). */
export function text(
  t: Translate,
  rules: FieldRules,
  { patternMessage, requiredMessage = t('form.error.required') }: { patternMessage?: string; requiredMessage?: string } = {},
) {
  let schema = z.string({ error: requiredMessage }).trim().min(1, requiredMessage);
  if (rules.minLength !== undefined) schema = schema.min(rules.minLength, t('form.error.tooShort', { min: rules.minLength }));
  if (rules.maxLength !== undefined) schema = schema.max(rules.maxLength, t('form.error.tooLong', { max: rules.maxLength }));
  if (rules.isEmail) schema = schema.email(t('form.error.email'));
  if (rules.pattern !== undefined) schema = schema.regex(new RegExp(rules.pattern), patternMessage ?? t('form.error.choice'));
  if (rules.urlProtocols) {
    const protocols = rules.urlProtocols;
    schema = schema.refine((value) => isWebAddress(value, protocols), t('form.error.url'));
  }
  return schema;
}

/** Text that may be left empty (sent as null, so the API clears it). */
export function optionalText(t: Translate, rules: FieldRules, options: { patternMessage?: string } = {}) {
  return text(t, rules, options)
    .optional()
    .transform((value) => value ?? null);
}

function isWebAddress(value: string, protocols: readonly string[]): boolean {
  if (!URL.canParse(value)) return false;
  const protocol = new URL(value).protocol.replace(/:$/, '');
  return protocols.length === 0 || protocols.includes(protocol);
}

/** One of the options offered (roles, scopes, …). */
export function choice<Option extends string>(t: Translate, options: readonly Option[]) {
  return z.string(required(t)).refine((value): value is Option => options.includes(value as Option), t('form.error.choice'));
}

/** Every checked option of a checkbox group, at least `min` of them, each among the options offered. */
export function choices<Option extends string>(
  t: Translate,
  options: readonly Option[],
  { min = 0, minMessage, rules = {} }: { min?: number; minMessage?: string; rules?: FieldRules } = {},
) {
  const least = Math.max(min, rules.arrayMinSize ?? 0);
  const most = rules.arrayMaxSize ?? Number.POSITIVE_INFINITY;
  const schema = z
    .array(z.string())
    .optional()
    .transform((values) => [...new Set(values ?? [])])
    .pipe(
      z
        .array(z.string().refine((value): value is Option => options.includes(value as Option), t('form.error.choice')))
        .min(least, minMessage ?? t('form.error.pickAtLeast', { min: least }))
        .max(most, t('form.error.tooMany', { max: most })),
    );
  return schema;
}

/** A float keeps 15 significant digits exactly; a number with more would not be stored as typed. */
export const maxFloatDigits = 15;

/**
 * The exact digits of a number typed the page language's way (see number-input.ts), or the message saying how to
 * write it: the one reading of typed numbers that FormReader and the Zod fields share.
 */
export function readTypedNumber(text: string, language: Language, t: Translate, maxDigits = maxFloatDigits): { digits: string } | { problem: string } {
  const reading = readNumber(text, language);
  switch (reading.kind) {
    case 'ambiguous':
      return { problem: t('form.error.ambiguousNumber', { typed: text, ...reading }) };
    case 'otherLanguage':
      return { problem: t('form.error.otherLanguageNumber', { written: reading.written }) };
    case 'invalid':
      return { problem: t('form.error.number') };
  }
  if (significantDigits(reading.digits) > maxDigits) return { problem: t('form.error.tooManyDigits', { max: maxDigits }) };
  return { digits: reading.digits };
}

/** A whole number typed the page language's way (`1.250` in Indonesian), within the field's declared range. */
export function integer(t: Translate, language: Language, rules: FieldRules) {
  return z.string(required(t)).transform((typed, context) => {
    const read = readTypedNumber(typed.trim(), language, t);
    const problem = 'problem' in read ? read.problem : read.digits.includes('.') ? t('form.error.wholeNumber') : rangeProblem(t, Number(read.digits), rules);
    if (problem) {
      context.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return Number((read as { digits: string }).digits);
  });
}

/** What is wrong with a number outside its range: between min and max, or below a floor of zero. */
export function rangeProblem(t: Translate, value: number, { min, max }: { min?: number; max?: number }): string | null {
  if (min !== undefined && max !== undefined && (value < min || value > max)) return t('form.error.between', { min, max });
  if (min === 0 && value < 0) return t('form.error.notNegative');
  return null;
}
