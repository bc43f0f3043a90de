import { z } from 'zod';
import { type Translate } from '../i18n/translate';
import { text } from '../lib/form-fields';
import { fieldRules } from '../lib/input-rules';

/** The name and password of a new account, within the API's limits for them (`AcceptInvitationInput`). */
export function acceptInvitationSchema(t: Translate) {
  const password = fieldRules('AcceptInvitationInput', 'password');
  return z.object({
    displayName: text(t, fieldRules('AcceptInvitationInput', 'displayName')),
    // Taken as typed: spaces may be part of a password.
    password: z
      .string({ error: t('form.error.required') })
      .min(password.minLength ?? 0, t('form.error.tooShort', { min: password.minLength ?? 0 }))
      .max(password.maxLength ?? Number.POSITIVE_INFINITY, t('form.error.tooLong', { max: password.maxLength ?? 0 })),
  });
}
