import { getFormProps, type SubmissionResult } from '@conform-to/react';
import { Form, Link, useNavigation } from '@remix-run/react';
import { useCallback, useEffect, useRef } from 'react';
import { Button } from '../components/button';
import { ChoiceGroup } from '../components/choice-group';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/i18n-context';
import { type Language } from '../i18n/languages';
import { type Translate } from '../i18n/translate';
import { checkedOf, fieldOf, formErrorOf, useSchemaForm } from '../lib/conform-form';
import { zoneAbbreviationOf } from '../lib/format';
import { type RegencyOption } from '../regions/regions.server';
import { AvailabilityCalendar } from './availability-calendar';
import { addMonths, monthsShown } from './calendar-months';
import { ParticipantRows } from './participant-rows';
import { type DayAvailability, type VisitLimits } from './visit-queries.server';
import { visitRequestSchema } from './visit-request-form';
import { type RequestableProgram } from './visit-request.server';

export interface RequestFormProps {
  programs: RequestableProgram[];
  regencies: RegencyOption[];
  calendar: { timeZone: string; leadTimeDays: number };
  days: DayAvailability[];
  limits: VisitLimits;
  preselected: string | null;
  monthLink: (month: string) => string;
  firstMonth: string;
  lastResult?: SubmissionResult<string[]>;
}

/** The study-visit request: programs, days on the host's calendar, the delegation and its participants. */
export function VisitRequestForm(props: RequestFormProps) {
  const { t } = useI18n();
  const { programs, regencies, calendar, days, limits, preselected, lastResult } = props;
  const submitting = useNavigation().state === 'submitting';
  const offered = { programs: programs.map((program) => program.slug), regencies: regencies.map((regency) => regency.code) };
  const schemaOf = useCallback(
    (translate: Translate, language: Language) => visitRequestSchema(translate, language, offered, limits),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the offer changes with the loader's data only
    [programs, regencies, limits],
  );
  const [form, fields] = useSchemaForm(schemaOf, lastResult, {
    defaultValue: {
      programSlugs: preselected ? [preselected] : [],
      visitingRegencyCodes: regencies.length === 1 ? [regencies[0]!.code] : [],
    },
  });
  const datesField = useRef<HTMLFieldSetElement>(null);
  const pickedDays = checkedOf(fields.dates);
  // The page is not reloaded after a refusal, so the checkboxes stay as clicked: show the days the server kept.
  useEffect(() => {
    if (!lastResult) return;
    datesField.current?.querySelectorAll<HTMLInputElement>('input[name="dates"]').forEach((input) => {
      input.checked = pickedDays.includes(input.value);
    });
  }, [lastResult, pickedDays]);
  const count = fieldOf(fields.participantCount);
  const letter = fieldOf(fields.requestLetterNumber);
  const objectives = fieldOf(fields.objectives);
  const questions = fieldOf(fields.questions);
  const listed = fields.participants.getFieldList().length;
  const formError = formErrorOf(form.errors);

  return (
    <>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Form method="post" className="stacked-form visit-request" {...getFormProps(form)}>
        <ChoiceGroup
          legend={t('request.programs')}
          name={fields.programSlugs.name}
          idPrefix="request"
          options={programs.map((program) => ({
            value: program.slug,
            label: program.acronym ? `${program.acronym} — ${program.title}` : program.title,
          }))}
          checked={checkedOf(fields.programSlugs)}
          error={fieldOf(fields.programSlugs).error}
        />
        <fieldset ref={datesField} className="field choice-group" aria-describedby="request-dates-hint">
          <legend className="field__label">{t('request.dates')}</legend>
          <p className="field__hint" id="request-dates-hint">
            {t('request.dates.hint', { zone: zoneAbbreviationOf(calendar.timeZone), days: calendar.leadTimeDays })}
          </p>
          {fields.dates.errors?.[0] ? (
            <p className="field__error" id="request-dates-error">
              {fields.dates.errors[0]}
            </p>
          ) : null}
          <nav className="availability-nav" aria-label={t('request.dates')}>
            <Link to={props.monthLink(addMonths(props.firstMonth, -monthsShown))} preventScrollReset>
              ← {t('calendar.earlier')}
            </Link>
            <Link to={props.monthLink(addMonths(props.firstMonth, monthsShown))} preventScrollReset>
              {t('calendar.later')} →
            </Link>
          </nav>
          <AvailabilityCalendar days={days} timeZone={calendar.timeZone} pick={{ name: 'dates', selected: pickedDays }} />
        </fieldset>
        <ChoiceGroup
          legend={t('request.delegation')}
          hint={t('request.delegation.hint')}
          name={fields.visitingRegencyCodes.name}
          idPrefix="request"
          options={regencies.map((regency) => ({
            value: regency.code,
            label: t('regency.inProvince', { regency: regency.name, province: regency.province.name }),
          }))}
          checked={checkedOf(fields.visitingRegencyCodes)}
          error={fieldOf(fields.visitingRegencyCodes).error}
        />
        <div className="form-row">
          {listed > 0 ? (
            <p className="field">{t('request.participantCount.fromRows', { count: listed })}</p>
          ) : (
            <Field
              idPrefix="request"
              name={count.name}
              label={t('request.participantCount')}
              required
              error={count.error}
              inputProps={{ defaultValue: count.defaultValue, inputMode: 'numeric' }}
            />
          )}
          <Field
            idPrefix="request"
            name={letter.name}
            label={t('request.letter')}
            hint={t('request.letter.hint')}
            error={letter.error}
            inputProps={{ defaultValue: letter.defaultValue }}
          />
        </div>
        <Field
          idPrefix="request"
          name={objectives.name}
          label={t('request.objectives')}
          hint={t('request.objectives.hint')}
          required
          error={objectives.error}
          control={(control) => <textarea {...control} rows={4} defaultValue={objectives.defaultValue} />}
        />
        <Field
          idPrefix="request"
          name={questions.name}
          label={t('request.questions')}
          error={questions.error}
          control={(control) => <textarea {...control} rows={3} defaultValue={questions.defaultValue} />}
        />
        <ParticipantRows form={form} rows={fields.participants} />
        <Button type="submit" disabled={submitting}>
          {t('request.submit')}
        </Button>
      </Form>
    </>
  );
}
