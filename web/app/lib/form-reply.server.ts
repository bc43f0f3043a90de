import { type Submission } from '@conform-to/react';
import { data } from '@remix-run/node';
import { type z } from 'zod';
import { type Translate } from '../i18n/translate';
import { explainApiErrors, type ErrorRouting } from './api-rejection';
import { statusForApiErrors, type ApiError } from './api.server';

/** A form the schema refused: Conform's answer (what was typed, each field's message) with a 400. */
export function replyInvalid(submission: Submission<unknown>, t: Translate, { hideFields }: { hideFields?: string[] } = {}) {
  return data(submission.reply({ formErrors: [t('form.errorSummary')], hideFields }), { status: 400 });
}

/**
 * A form the API refused, answered the one way every form answers it: each field's problem next to that field and
 * anything else as the form's message, in the visitor's language (see explainApiErrors), with the status that fits.
 */
export function replyApiErrors(
  submission: Submission<unknown>,
  schema: z.ZodObject,
  errors: readonly ApiError[],
  t: Translate,
  { fieldMessages, routing, hideFields }: { fieldMessages?: Partial<Record<string, string>>; routing?: ErrorRouting; hideFields?: string[] } = {},
) {
  const explained = explainApiErrors(errors, t, Object.keys(schema.shape), fieldMessages, routing);
  const fieldErrors = Object.fromEntries(Object.entries(explained.fieldErrors).flatMap(([field, message]) => (message ? [[field, [message]]] : [])));
  return data(submission.reply({ formErrors: [explained.formError ?? t('form.errorSummary')], fieldErrors, hideFields }), {
    status: statusForApiErrors(errors),
  });
}
