import { type DefaultValue, type FieldMetadata, type SubmissionResult, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { useMemo } from 'react';
import { type z } from 'zod';
import { useI18n } from '../i18n/i18n-context';
import { type Language } from '../i18n/languages';
import { type Translate } from '../i18n/translate';

/** A form's schema, made in the visitor's language: the same function serves the action and the browser. */
export type FormSchemaOf<Schema extends z.ZodObject> = (t: Translate, language: Language) => Schema;

/**
 * Conform's form state for one schema: the action's last answer (field errors, what was typed, also without
 * JavaScript) and, when JavaScript runs, the same schema checked in the browser as the person leaves each field.
 */
export function useSchemaForm<Schema extends z.ZodObject>(
  schemaOf: FormSchemaOf<Schema>,
  lastResult: SubmissionResult<string[]> | null | undefined,
  options: { id?: string; defaultValue?: DefaultValue<z.input<Schema>> } = {},
) {
  const { t, language } = useI18n();
  const schema = useMemo(() => schemaOf(t, language), [schemaOf, t, language]);
  return useForm<z.input<Schema>, z.output<Schema>>({
    id: options.id,
    lastResult: lastResult ?? null,
    defaultValue: options.defaultValue,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}

/** What `Field` needs from Conform's metadata of one field: its name, first error and what it shows. */
export function fieldOf(meta: FieldMetadata<unknown>) {
  const initial = meta.initialValue;
  return {
    name: meta.name,
    error: meta.errors?.[0],
    defaultValue: typeof initial === 'string' ? initial : '',
  };
}

/** The values a checkbox group shows as checked, from Conform's metadata. */
export function checkedOf(meta: FieldMetadata<unknown>): string[] {
  const initial = meta.initialValue;
  if (Array.isArray(initial)) return initial.filter((value): value is string => typeof value === 'string');
  return typeof initial === 'string' ? [initial] : [];
}

/** The form's own message (the API's refusal no field owns), if any. */
export function formErrorOf(errors: string[] | undefined): string | undefined {
  return errors?.[0];
}
