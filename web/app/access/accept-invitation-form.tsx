import { getFormProps, type SubmissionResult } from '@conform-to/react';
import { Form, useNavigation } from '@remix-run/react';
import { Button } from '../components/button';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/i18n-context';
import { fieldOf, formErrorOf, useSchemaForm } from '../lib/conform-form';
import { fieldRules } from '../lib/input-rules';
import { acceptInvitationSchema } from './accept-invitation-schema';

export function AcceptInvitationForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const { t } = useI18n();
  const submitting = useNavigation().state === 'submitting';
  const [form, fields] = useSchemaForm(acceptInvitationSchema, lastResult);
  const displayName = fieldOf(fields.displayName);
  const formError = formErrorOf(form.errors);
  return (
    <>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <Field
          name={displayName.name}
          label={t('invitation.displayName')}
          hint={t('invitation.displayName.hint')}
          required
          error={displayName.error}
          inputProps={{ autoComplete: 'name', defaultValue: displayName.defaultValue }}
        />
        <Field
          name={fields.password.name}
          label={t('invitation.password')}
          hint={t('invitation.password.hint')}
          required
          error={fieldOf(fields.password).error}
          inputProps={{
            type: 'password',
            autoComplete: 'new-password',
            minLength: fieldRules('AcceptInvitationInput', 'password').minLength,
          }}
        />
        <Button type="submit" disabled={submitting}>
          {t('invitation.submit')}
        </Button>
      </Form>
    </>
  );
}
