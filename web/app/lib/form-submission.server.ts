import { data } from '@remix-run/node';

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
