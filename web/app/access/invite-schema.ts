import { z } from 'zod';
import { parseScopeValue, scopeValue, type InvitationChoices } from '../accounts/invitation-choices';
import { type Translate } from '../i18n/translate';
import { choice, text } from '../lib/form-fields';
import { fieldRules } from '../lib/input-rules';

/** An invitation within what the person may choose (`me.invitationChoices`); every role but admin names a place. */
export function inviteSchema(t: Translate, choices: InvitationChoices) {
  const covered = fieldRules('InviteInput', 'coveredRegencyCodes');
  return z
    .object({
      email: text(t, fieldRules('InviteInput', 'email')),
      role: choice(t, choices.roles),
      scope: z.string().optional(),
      coveredRegencyCodes: z
        .string()
        .optional()
        .transform((codes) => (codes ?? '').split(/[\s,;]+/).filter(Boolean))
        .pipe(z.array(z.string()).max(covered.arrayMaxSize ?? Number.POSITIVE_INFINITY, t('form.error.tooMany', { max: covered.arrayMaxSize ?? 0 }))),
    })
    .superRefine(({ role, scope }, context) => {
      if (!scope && role !== 'ADMIN') context.addIssue({ code: 'custom', path: ['scope'], message: t('form.error.required') });
      const offered =
        scope !== undefined && parseScopeValue(scope) !== null && (choices.scopes === 'any' || choices.scopes.some((option) => scopeValue(option) === scope));
      if (scope && !offered) context.addIssue({ code: 'custom', path: ['scope'], message: t('form.error.choice') });
    });
}
