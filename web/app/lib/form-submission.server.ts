import { data } from '@remix-run/node';
import { type ApiError } from './api.server';

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

/** The HTTP status that fits the first API error of a refused mutation. */
export function statusForApiErrors(errors: readonly ApiError[]): number {
  switch (errors[0]?.code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'BAD_USER_INPUT':
      return 400;
    case 'RATE_LIMITED':
    case 'TOO_MANY_FAILED_SIGN_INS':
      return 429;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    default:
      return 500;
  }
}
