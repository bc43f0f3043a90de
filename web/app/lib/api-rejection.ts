import { type PlainMessageKey, type Translate } from '../i18n/translate';
import { isRequestShapeCode, type ApiError, type ApiErrorCode } from './api.server';
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

/**
 * What the API means when it refuses one field, in the visitor's language: keyed by `extensions.code` and
 * `extensions.field`, since the API's own messages are English. A field the API names that is missing here gets
 * `apiError.BAD_USER_INPUT.field`, never the API's English text.
 */
const fieldMessageKeys: Partial<Record<`${ApiErrorCode}:${string}`, PlainMessageKey>> = {
  'BAD_USER_INPUT:slug': 'workspace.error.slugTaken',
  'BAD_USER_INPUT:endYear': 'form.error.endBeforeStart',
  'BAD_USER_INPUT:sharePercent': 'workspace.error.sharesOver100',
  'BAD_USER_INPUT:token': 'invitation.error.token',
  'BAD_USER_INPUT:password': 'invitation.error.existingPassword',
  'BAD_USER_INPUT:email': 'form.error.email',
  'CONFLICT:email': 'apiField.emailTaken',
  'BAD_USER_INPUT:regencyCode': 'apiField.scopeRequired',
  'NOT_FOUND:regencyCode': 'apiField.regencyUnknown',
  'NOT_FOUND:hostRegencyCode': 'apiField.regencyUnknown',
  'NOT_FOUND:coveredRegencyCodes': 'apiField.regencyUnknown',
  'NOT_FOUND:visitingRegencyCodes': 'apiField.regencyUnknown',
  'BAD_USER_INPUT:visitingRegencyCodes': 'apiField.visitingRegencies',
  'BAD_USER_INPUT:agencyId': 'apiField.agencyOfRegency',
  'NOT_FOUND:agencyId': 'apiField.agencyUnknown',
  'NOT_FOUND:leadAgencyId': 'apiField.agencyUnknown',
  'BAD_USER_INPUT:programSlugs': 'apiField.programSlugs',
  'NOT_FOUND:programSlugs': 'apiField.programSlugs',
  'BAD_USER_INPUT:participantCount': 'apiField.participantCount',
  'BAD_USER_INPUT:participants': 'apiField.participants',
  'BAD_USER_INPUT:dates': 'apiField.dates',
  'BAD_USER_INPUT:date': 'apiField.date',
  'BAD_USER_INPUT:source.title': 'apiField.sourceTitle',
  'BAD_USER_INPUT:source.publishedOn': 'apiField.sourcePublishedOn',
  'BAD_USER_INPUT:source.url': 'form.error.url',
  'BAD_USER_INPUT:startTime': 'form.error.time',
  'BAD_USER_INPUT:endTime': 'apiField.endTime',
  'BAD_USER_INPUT:workingDays': 'apiField.workingDays',
  'BAD_USER_INPUT:leadTimeDays': 'apiField.leadTimeDays',
  'BAD_USER_INPUT:delegationsPerDay': 'apiField.capacity',
  'BAD_USER_INPUT:participantsPerDay': 'apiField.capacity',
  'BAD_USER_INPUT:rating': 'apiField.rating',
  'BAD_USER_INPUT:replicateProgramSlugs': 'apiField.replicatePrograms',
  'BAD_USER_INPUT:reason': 'apiField.text',
  'BAD_USER_INPUT:body': 'apiField.text',
  'BAD_USER_INPUT:willAdopt': 'apiField.text',
  'BAD_USER_INPUT:activity': 'apiField.text',
  'BAD_USER_INPUT:place': 'apiField.text',
  'BAD_USER_INPUT:presenter': 'apiField.text',
};

function numberDetail(error: ApiError, name: string): number | null {
  const value = error.details?.[name];
  return typeof value === 'number' ? value : null;
}

function waitOf(seconds: number, t: Translate): string {
  return seconds < 90 ? t('apiError.wait.seconds', { count: Math.max(1, Math.ceil(seconds)) }) : t('apiError.wait.minutes', { count: Math.ceil(seconds / 60) });
}

/** One translated sentence for an API error no field owns; throttling says how long to wait when the API tells. */
export function formMessageOf(error: ApiError, t: Translate): string {
  const retryAfter = numberDetail(error, 'retryAfterSeconds');
  if (error.code === 'RATE_LIMITED' && retryAfter !== null) {
    return t('apiError.RATE_LIMITED.retry', { wait: waitOf(retryAfter, t) });
  }
  if (error.code === 'TOO_MANY_FAILED_SIGN_INS' && retryAfter !== null) {
    return t('apiError.TOO_MANY_FAILED_SIGN_INS.retry', { wait: waitOf(retryAfter, t) });
  }
  if (isRequestShapeCode(error.code)) return t('apiError.QUERY_TOO_COMPLEX');
  return t(`apiError.${error.code}`);
}

/** How one form reads the API's errors where it differs from the API's own names. */
export interface ErrorRouting {
  /** The form field that stands for an input field of the API (one choice `scope` for `regencyCode` and `agencyId`). */
  aliases?: Partial<Record<string, string>>;
  /** A form's own sentence for a code no field owns (`UNAUTHENTICATED` on sign-in means wrong credentials). */
  codeMessages?: Partial<Record<ApiErrorCode, string>>;
}

/** The form field an error is about: `input.title` is `title`, `participants.3` is `participants`. */
function formFieldOf(error: ApiError, formFields: readonly string[], aliases: ErrorRouting['aliases'] = {}): string | null {
  const path = error.field?.replace(/^input\./, '');
  if (!path) return null;
  const [head] = path.split('.');
  const candidates = [path, head].flatMap((name) => (name === undefined ? [] : [aliases[name] ?? name]));
  return candidates.find((name) => formFields.includes(name)) ?? null;
}

/**
 * Puts what the API refused where the person will look, in the visitor's language: a field's problem next to that
 * field (`fieldMessages` of the page first, then the message for the error's code and field), a stale version as a
 * conflict with both version numbers, and anything else as one message for the whole form.
 */
export function explainApiErrors(
  errors: readonly ApiError[],
  t: Translate,
  formFields: readonly string[],
  fieldMessages: Partial<Record<string, string>> = {},
  { aliases, codeMessages = {} }: ErrorRouting = {},
): ExplainedApiErrors {
  const explained: ExplainedApiErrors = { fieldErrors: {} };
  for (const error of errors) {
    const field = formFieldOf(error, formFields, aliases);
    const apiField = error.field?.replace(/^input\./, '').split('.')[0];
    const key = field ? (fieldMessageKeys[`${error.code}:${field}`] ?? fieldMessageKeys[`${error.code}:${apiField}`]) : undefined;
    if (field && (key || error.code === 'BAD_USER_INPUT')) {
      explained.fieldErrors[field] ??= fieldMessages[field] ?? t(key ?? 'apiError.BAD_USER_INPUT.field');
    } else if (error.code === 'CONFLICT' && error.field === 'version') {
      const expected = numberDetail(error, 'expectedVersion');
      const actual = numberDetail(error, 'actualVersion');
      explained.staleVersion = expected !== null && actual !== null ? { expected, actual } : undefined;
      explained.formError ??= t('apiError.CONFLICT');
    } else {
      explained.formError ??= codeMessages[error.code] ?? formMessageOf(error, t);
    }
  }
  return explained;
}
