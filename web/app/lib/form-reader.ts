import { type Language } from '../i18n/languages';
import { createTranslator, type Translate } from '../i18n/translate';
import { maxFloatDigits, rangeProblem, readTypedNumber } from './form-fields';
import { formatNumberInput } from './number-input';
/** A PostgreSQL bigint holds 19 digits; the API refuses the exact excess, this only keeps absurd input away. */
const maxRupiahDigits = 19;

export type FormValues = Partial<Record<string, string | string[]>>;
export type FieldErrors = Partial<Record<string, string>>;

interface TextRules {
  required?: boolean;
  min?: number;
  max?: number;
  pattern?: { test: RegExp; message: string };
}

interface NumberRules {
  required?: boolean;
  min?: number;
  max?: number;
}

/**
 * Reads a submitted form field by field, keeping what the person typed (to show it again on error) and a
 * translated message per field that breaks a rule. The rules mirror the API's own, so most mistakes are explained
 * in the visitor's language before the API is asked; what the API still refuses is mapped onto the same fields.
 */
export class FormReader {
  readonly values: FormValues = {};
  readonly errors: FieldErrors = {};

  readonly t: Translate;

  constructor(
    private readonly form: FormData,
    readonly language: Language,
  ) {
    this.t = createTranslator(language);
  }

  get valid(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  fail(name: string, message: string): void {
    this.errors[name] ??= message;
  }

  private raw(name: string): string {
    const value = this.form.get(name);
    const text = typeof value === 'string' ? value.trim() : '';
    this.values[name] = text;
    return text;
  }

  /** Trimmed text, or null when left empty. */
  text(name: string, rules: TextRules = {}): string | null {
    const text = this.raw(name);
    if (!text) {
      if (rules.required) this.fail(name, this.t('form.error.required'));
      return null;
    }
    if (rules.min !== undefined && text.length < rules.min) this.fail(name, this.t('form.error.tooShort', { min: rules.min }));
    if (rules.max !== undefined && text.length > rules.max) this.fail(name, this.t('form.error.tooLong', { max: rules.max }));
    if (rules.pattern && !rules.pattern.test.test(text)) this.fail(name, rules.pattern.message);
    return text;
  }

  /** Non-empty lines of a textarea (approach steps), each within `maxLength`. */
  lines(name: string, { max, maxLength }: { max: number; maxLength: number }): string[] {
    const lines = this.raw(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > max) this.fail(name, this.t('form.error.tooMany', { max }));
    if (lines.some((line) => line.length > maxLength)) this.fail(name, this.t('form.error.tooLong', { max: maxLength }));
    return lines;
  }

  /** A whole number written the page language's way (`1.250` in Indonesian, `1,250` in English), or null. */
  integer(name: string, rules: NumberRules = {}): number | null {
    const digits = this.digits(name, rules.required);
    if (digits === null) return null;
    if (digits.includes('.')) {
      this.fail(name, this.t('form.error.wholeNumber'));
      return null;
    }
    return this.inRange(name, Number(digits), rules);
  }

  /** A decimal number written the page language's way (`11,28` in Indonesian, `11.28` in English), or null. */
  decimal(name: string, rules: NumberRules = {}): number | null {
    const digits = this.digits(name, rules.required);
    return digits === null ? null : this.inRange(name, Number(digits), rules);
  }

  /**
   * Whole rupiah as the API's BigInt string, written like any number of the page (`50.000.000` in Indonesian,
   * `50,000,000` in English), optionally after `Rp`; `,00` decimals are accepted, others and negative amounts are not.
   */
  rupiah(name: string, { required = false }: { required?: boolean } = {}): string | null {
    const digits = this.digits(name, required, { prefix: /^rp\.?/i, maxDigits: maxRupiahDigits });
    if (digits === null) return null;
    if (digits.includes('.') || digits.startsWith('-')) {
      this.fail(name, this.t('form.error.rupiah'));
      return null;
    }
    return digits;
  }

  /** The exact digits of a number field (see number-input.ts), or null with the field's message. */
  private digits(name: string, required = false, { prefix, maxDigits = maxFloatDigits }: { prefix?: RegExp; maxDigits?: number } = {}): string | null {
    const text = this.raw(name);
    if (!text) {
      if (required) this.fail(name, this.t('form.error.required'));
      return null;
    }
    const read = readTypedNumber(prefix ? text.replace(prefix, '') : text, this.language, this.t, maxDigits);
    if ('problem' in read) {
      this.fail(name, read.problem);
      return null;
    }
    return read.digits;
  }

  private inRange(name: string, value: number, rules: NumberRules): number {
    const problem = rangeProblem(this.t, value, rules);
    if (problem) this.fail(name, problem);
    return value;
  }

  /** One of `options`, or null when left empty. */
  choice<Option extends string>(name: string, options: readonly Option[], { required = false } = {}): Option | null {
    const text = this.raw(name);
    if (!text) {
      if (required) this.fail(name, this.t('form.error.required'));
      return null;
    }
    const option = options.find((candidate) => candidate === text);
    if (!option) this.fail(name, this.t('form.error.choice'));
    return option ?? null;
  }

  /** Every checked option of a checkbox group, in the options' order. */
  choices<Option extends string>(name: string, options: readonly Option[], { min = 0 } = {}): Option[] {
    const picked = new Set(this.form.getAll(name).filter((value): value is string => typeof value === 'string'));
    this.values[name] = [...picked];
    const chosen = options.filter((option) => picked.has(option));
    if (chosen.length < min) this.fail(name, this.t('form.error.pickAtLeast', { min }));
    return chosen;
  }

  /** Every value sent under one name (checkboxes whose options are not known in advance), trimmed, once each. */
  all(name: string): string[] {
    const values = this.form
      .getAll(name)
      .filter((value): value is string => typeof value === 'string')
      .map((value) => value.trim())
      .filter(Boolean);
    this.values[name] = values;
    return [...new Set(values)];
  }

  /** A checkbox: true when sent. */
  flag(name: string): boolean {
    const on = this.form.get(name) !== null;
    this.values[name] = on ? 'on' : '';
    return on;
  }
}

/** What a form shows in a field: what was typed (after a refusal) or else the stored value. */
export function shownValue(values: FormValues | undefined, name: string, stored: string | number | null | undefined): string {
  const typed = values?.[name];
  if (typeof typed === 'string') return typed;
  return stored === null || stored === undefined ? '' : String(stored);
}

/**
 * What a number field shows: what was typed (after a refusal) or else the stored value written the page language's
 * way, every decimal kept, so that saving the form again stores the same value.
 */
export function shownNumber(values: FormValues | undefined, name: string, stored: number | bigint | string | null | undefined, language: Language): string {
  return shownValue(values, name, stored === null || stored === undefined ? null : formatNumberInput(stored, language));
}

/** The checked options of a checkbox group: as submitted after a refusal, or else as stored. */
export function shownChoices(values: FormValues | undefined, name: string, stored: readonly string[]): string[] {
  const typed = values?.[name];
  return Array.isArray(typed) ? typed : [...stored];
}
