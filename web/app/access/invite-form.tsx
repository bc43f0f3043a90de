import { getFormProps, type SubmissionResult } from '@conform-to/react';
import { Form, useNavigation } from '@remix-run/react';
import { useCallback } from 'react';
import { type InvitationChoices } from '../accounts/invitation-choices';
import { Button } from '../components/button';
import { Field } from '../components/field';
import { GroupedSelect, type OptionGroup } from '../components/grouped-select';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/i18n-context';
import { type Translate } from '../i18n/translate';
import { fieldOf, formErrorOf, useSchemaForm } from '../lib/conform-form';
import { inviteSchema } from './invite-schema';

/** The invitation form; after an invitation is sent it starts empty again (`key` changes), ready for the next. */
export function InviteForm({
  choices,
  scopeGroups,
  lastResult,
}: {
  choices: InvitationChoices;
  scopeGroups: OptionGroup[];
  lastResult?: SubmissionResult<string[]>;
}) {
  const { t } = useI18n();
  const submitting = useNavigation().state === 'submitting';
  const schemaOf = useCallback((translate: Translate) => inviteSchema(translate, choices), [choices]);
  const [form, fields] = useSchemaForm(schemaOf, lastResult, { defaultValue: { role: choices.roles[0] } });
  const email = fieldOf(fields.email);
  const role = fieldOf(fields.role);
  const scope = fieldOf(fields.scope);
  const covered = fieldOf(fields.coveredRegencyCodes);
  const formError = formErrorOf(form.errors);
  return (
    <>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <Field
          name={email.name}
          label={t('invite.email')}
          hint={t('invite.email.hint')}
          required
          error={email.error}
          inputProps={{ type: 'email', autoComplete: 'off', defaultValue: email.defaultValue }}
        />
        <Field
          name={role.name}
          label={t('invite.role')}
          required
          error={role.error}
          control={(props) => (
            <select {...props} defaultValue={role.defaultValue}>
              {choices.roles.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}`)}
                </option>
              ))}
            </select>
          )}
        />
        <Field
          name={scope.name}
          label={t('invite.scope')}
          hint={t(choices.scopes === 'any' ? 'invite.scope.hintAdmin' : 'invite.scope.hint')}
          required={choices.scopes !== 'any'}
          error={scope.error}
          control={(props) => (
            <GroupedSelect
              control={props}
              groups={scopeGroups}
              defaultValue={scope.defaultValue}
              emptyOption={choices.scopes === 'any' ? t('invite.scope.none') : undefined}
              filterLabel={t('invite.scope.filter')}
            />
          )}
        />
        {choices.namesCoveredRegencies ? (
          <Field
            name={covered.name}
            label={t('invite.covered')}
            hint={t('invite.covered.hint')}
            error={covered.error}
            inputProps={{ defaultValue: covered.defaultValue, autoCapitalize: 'none' }}
          />
        ) : null}
        <Button type="submit" disabled={submitting}>
          {t('invite.submit')}
        </Button>
      </Form>
    </>
  );
}
