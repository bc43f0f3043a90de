import { z } from 'zod';
import { type Translate } from '../i18n/translate';

/** Sign-in takes e-mail and password as typed (spaces may be part of a password); the API judges them. */
export function signInSchema(t: Translate) {
  return z.object({
    email: z.string({ error: t('signIn.error.emailRequired') }).trim(),
    password: z.string({ error: t('signIn.error.passwordRequired') }),
    redirectTo: z.string().optional(),
  });
}
