import { getFormProps, type SubmissionResult } from '@conform-to/react';
import { Form, useNavigation } from '@remix-run/react';
import { Button } from '../components/button';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/i18n-context';
import { fieldOf, formErrorOf, useSchemaForm } from '../lib/conform-form';
import { signInSchema } from './sign-in-schema';

export function SignInForm({ redirectTo, lastResult }: { redirectTo: string; lastResult?: SubmissionResult<string[]> }) {
  const { t } = useI18n();
  const submitting = useNavigation().state === 'submitting';
  const [form, fields] = useSchemaForm(signInSchema, lastResult);
  const email = fieldOf(fields.email);
  const formError = formErrorOf(form.errors);
  return (
    <>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          name={email.name}
          label={t('signIn.email')}
          required
          error={email.error}
          inputProps={{ type: 'email', autoComplete: 'username', defaultValue: email.defaultValue }}
        />
        <Field
          name={fields.password.name}
          label={t('signIn.password')}
          required
          error={fieldOf(fields.password).error}
          inputProps={{ type: 'password', autoComplete: 'current-password' }}
        />
        <Button type="submit" disabled={submitting}>
          {t('signIn.submit')}
        </Button>
      </Form>
    </>
  );
}
