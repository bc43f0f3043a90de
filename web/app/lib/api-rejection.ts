import { type Translate } from '../i18n/translate';
import { type ApiError } from './api.server';
import { type FieldErrors } from './form-reader';

export interface StaleVersion {
  expected: number;
  actual: number;
}

export interface ExplainedApiErrors {
  fieldErrors: FieldErrors;
  formError?: string;
  /** Set when the change was made on an older version than the one now stored (optimistic locking). */
  staleVersion?: StaleVersion;
}

function versionDetail(error: ApiError, name: string): number | null {
  const value = error.details?.[name];
  return typeof value === 'number' ? value : null;
}

/**
 * Puts what the API refused where the person will look: a field's problem next to that field (in the visitor's
 * language when `fieldMessages` knows the field, else in the API's words), a stale version as a conflict with both
 * version numbers, and anything else as one translated message for the whole form.
 */
export function explainApiErrors(
  errors: readonly ApiError[],
  t: Translate,
  formFields: readonly string[],
  fieldMessages: Partial<Record<string, string>> = {}
): ExplainedApiErrors {
  const explained: ExplainedApiErrors = { fieldErrors: {} };
  for (const error of errors) {
    const field = error.field?.replace(/^input\./, '');
    if (error.code === 'BAD_USER_INPUT' && field && formFields.includes(field)) {
      explained.fieldErrors[field] ??= fieldMessages[field] ?? error.message;
    } else if (error.code === 'CONFLICT' && field === 'version') {
      const expected = versionDetail(error, 'expectedVersion');
      const actual = versionDetail(error, 'actualVersion');
      explained.staleVersion = expected !== null && actual !== null ? { expected, actual } : undefined;
      explained.formError ??= t('apiError.CONFLICT');
    } else {
      explained.formError ??= t(`apiError.${error.code}`);
    }
  }
  return explained;
}
