import { z } from 'zod';
import { type Translate } from '../i18n/translate';
import { text } from '../lib/form-fields';
import { fieldRules } from '../lib/input-rules';

/** The name and password of a new account, within the API's limits for them (`AcceptInvitationInput`). */
export function acceptInvitationSchema(t: Translate) {
  const { minLength = 0, maxLength = Number.POSITIVE_INFINITY } = fieldRules('AcceptInvitationInput', 'password');
  return z.object({
    displayName: text(t, fieldRules('AcceptInvitationInput', 'displayName'), {
      requiredMessage: t('invitation.error.displayNameRequired'),
    }),
    // Taken as typed: spaces may be part of a password.
    password: z
      .string({ error: t('invitation.error.passwordTooShort', { min: minLength }) })
      .min(minLength, t('invitation.error.passwordTooShort', { min: minLength }))
      .max(maxLength, t('form.error.tooLong', { max: maxLength })),
  });
}
