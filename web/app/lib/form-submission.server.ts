import { data } from '@remix-run/node';
import { explainApiErrors } from './api-rejection';
import { statusForApiErrors, type ApiError } from './api.server';
import { type FormReader } from './form-reader';

/**
 * What an action sends back when it refuses a form: what the person typed (so the form shows it again, also
 * without JavaScript), a message per field and, for problems no single field owns, one message for the form.
 */
export interface FormRejection<Name extends string = string> {
  values: Partial<Record<Name, string | string[]>>;
  fieldErrors: Partial<Record<Name, string>>;
  formError?: string;
}

/** A form field as trimmed text ('' when missing), so actions never deal with File or null. */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export function reject<Name extends string>(rejection: FormRejection<Name>, status = 400) {
  return data(rejection, { status });
}

/** A form that breaks the page's own rules: what was typed, and the message next to each field at fault. */
export function rejectInvalidForm(form: FormReader) {
  return reject({ values: form.values, fieldErrors: form.errors, formError: form.t('form.errorSummary') });
}

/**
 * A form the API refused: what was typed, each field's problem in the visitor's language (see explainApiErrors),
 * and the HTTP status that fits the refusal.
 */
export function rejectApiErrors(
  form: FormReader,
  errors: readonly ApiError[],
  formFields: readonly string[],
  fieldMessages: Partial<Record<string, string>> = {}
) {
  const explained = explainApiErrors(errors, form.t, formFields, fieldMessages);
  return reject(
    {
      values: form.values,
      fieldErrors: explained.fieldErrors,
      formError: explained.formError ?? form.t('form.errorSummary'),
    },
    statusForApiErrors(errors)
  );
}
