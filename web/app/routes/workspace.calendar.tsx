import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { hostCalendarRegencyCodes } from '../accounts/roles';
import { requireViewer } from '../accounts/viewer.server';
import { Button } from '../components/button';
import { ChoiceGroup } from '../components/choice-group';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { languageOf, translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { type PlainMessageKey } from '../i18n/translate';
import { statusForApiErrors } from '../lib/api.server';
import { explainApiErrors, type StaleVersion } from '../lib/api-rejection';
import { formatDate } from '../lib/format';
import { FormReader, shownChoices, shownNumber, shownValue, type FieldErrors, type FormValues } from '../lib/form-reader';

import { loadRegencyOptions } from '../regions/regions.server';
import { AvailabilityCalendar } from '../visits/availability-calendar';
import { isMonth, todayIn } from '../visits/calendar-months';
import { heldDaysMessage } from '../visits/held-days';
import { addBlackoutDate, removeBlackoutDate, setHostCalendar } from '../visits/host-calendar-mutations.server';
import { loadHostAvailability } from '../visits/visit-queries.server';
import { loadAgencyOptions } from '../workspace/program-editing.server';
import { pageError } from '../lib/page-errors';

const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** The regency whose calendar is shown: the one asked for when the viewer keeps it, else the viewer's first. */
async function regencyCodeOf(request: Request): Promise<string> {
  const viewer = await requireViewer(request);
  const kept = hostCalendarRegencyCodes(viewer);
  const asked = new URL(request.url).searchParams.get('regency');
  const code = asked && kept.includes(asked) ? asked : kept[0];
  // The workspace shows this section only to those who keep a calendar.
  if (!code) throw pageError(403);
  return code;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const code = await regencyCodeOf(request);
  const params = new URL(request.url).searchParams;
  const month = params.get('month');
  const [availability, [regency], agencies] = await Promise.all([
    loadHostAvailability(request, code, isMonth(month) ? month : null),
    loadRegencyOptions(request, [code]),
    loadAgencyOptions(request, code),
  ]);
  // Past closed days no longer matter to anyone planning a visit.
  const today = todayIn(availability.calendar?.timeZone ?? 'Asia/Jakarta');
  const upcomingBlackouts = (availability.calendar?.blackoutDates ?? []).filter((blackout) => blackout.date >= today);
  return { code, regency, agencies, ...availability, upcomingBlackouts, done: params.get('done') };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('hostCalendar.title'));
};

interface CalendarRejection {
  intent: string;
  values: FormValues;
  fieldErrors: FieldErrors;
  formError?: string;
  staleVersion?: StaleVersion;
}

const calendarFields = [
  'workingDays',
  'delegationsPerDay',
  'participantsPerDay',
  'leadTimeDays',
  'agencyId',
  'date',
  'reason',
];

export async function action({ request }: ActionFunctionArgs) {
  const code = await regencyCodeOf(request);
  const t = await translatorOf(request);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const form = new FormReader(formData, await languageOf(request));
  const back = (done: string) => redirect(`/workspace/calendar?regency=${code}&done=${done}`);

  let result;
  if (intent === 'save') {
    const workingDays = form.choices('workingDays', weekdays, { min: 1 }).map(Number);
    const input = {
      hostRegencyCode: code,
      workingDays,
      delegationsPerDay: form.integer('delegationsPerDay', { required: true, min: 1, max: 100 }) ?? 1,
      participantsPerDay: form.integer('participantsPerDay', { required: true, min: 1, max: 5000 }) ?? 1,
      leadTimeDays: form.integer('leadTimeDays', { required: true, min: 0, max: 365 }) ?? 0,
      agencyId: form.text('agencyId'),
      version: form.integer('version'),
    };
    if (form.valid) result = await setHostCalendar(request, input);
  } else if (intent === 'blackout-add') {
    const date = form.text('date', {
      required: true,
      pattern: { test: /^\d{4}-\d{2}-\d{2}$/, message: t('form.error.date') },
    });
    const reason = form.text('reason', { required: true, max: 300 });
    if (form.valid) result = await addBlackoutDate(request, code, date!, reason!);
  } else if (intent === 'blackout-remove') {
    result = await removeBlackoutDate(request, code, form.text('date') ?? '');
  } else {
    throw pageError(400);
  }

  if (result?.ok) throw back(intent);
  if (!result) {
    return data<CalendarRejection>(
      { intent, values: form.values, fieldErrors: form.errors, formError: t('form.errorSummary') },
      { status: 400 }
    );
  }
  const explained = explainApiErrors(result.errors, t, calendarFields);
  return data<CalendarRejection>(
    {
      intent,
      values: form.values,
      fieldErrors: explained.fieldErrors,
      formError: heldDaysMessage(result.errors, t, await languageOf(request)) ?? explained.formError ?? t('form.errorSummary'),
    },
    // A stale version reloads the calendar (status 200) so saving again is made on the latest one.
    { status: explained.staleVersion ? 200 : statusForApiErrors(result.errors) }
  );
}

const doneMessages: Record<string, PlainMessageKey> = {
  save: 'hostCalendar.saved',
  'blackout-add': 'hostCalendar.blackout.added',
  'blackout-remove': 'hostCalendar.blackout.removed',
};

export default function HostCalendarPage() {
  const { t, language } = useI18n();
  const { code, regency, agencies, calendar, days, upcomingBlackouts, done } = useLoaderData<typeof loader>();
  const rejection = useActionData<typeof action>();
  const saving = rejection?.intent === 'save' ? rejection : undefined;
  const adding = rejection?.intent === 'blackout-add' ? rejection : undefined;
  const doneMessage = done ? doneMessages[done] : undefined;

  return (
    <>
      <PageHeader title={`${t('hostCalendar.title')} · ${regency?.name ?? code}`} lead={t('hostCalendar.lead')} />
      {doneMessage && !rejection ? <Notice tone="success">{t(doneMessage)}</Notice> : null}
      {rejection?.formError ? <Notice tone="error">{rejection.formError}</Notice> : null}
      {!calendar ? <Notice tone="warning">{t('hostCalendar.none')}</Notice> : null}

      <div className="edit-layout">
        <div className="edit-layout__main">
          <Form method="post" className="stacked-form" noValidate key={`settings-${calendar?.version ?? 0}`}>
            <input type="hidden" name="intent" value="save" />
            {calendar ? <input type="hidden" name="version" value={calendar.version} /> : null}
            <fieldset className="form-section">
              <legend>{t('hostCalendar.settings')}</legend>
              <ChoiceGroup
                legend={t('hostCalendar.workingDays')}
                name="workingDays"
                options={weekdays.map((day) => ({ value: day, label: t(`weekday.${day}`) }))}
                checked={shownChoices(
                  saving?.values,
                  'workingDays',
                  (calendar?.workingDays ?? [1, 2, 3, 4, 5]).map(String)
                )}
                error={saving?.fieldErrors.workingDays}
              />
              <div className="form-row">
                {(['delegationsPerDay', 'participantsPerDay', 'leadTimeDays'] as const).map((name) => (
                  <Field
                    key={name}
                    name={name}
                    label={t(`hostCalendar.${name}`)}
                    required
                    error={saving?.fieldErrors[name]}
                    inputProps={{
                      inputMode: 'numeric',
                      defaultValue: shownNumber(
                        saving?.values,
                        name,
                        calendar?.[name] ?? { delegationsPerDay: 2, participantsPerDay: 40, leadTimeDays: 14 }[name],
                        language
                      ),
                    }}
                  />
                ))}
              </div>
              <Field
                name="agencyId"
                label={t('hostCalendar.agency')}
                error={saving?.fieldErrors.agencyId}
                control={(props) => (
                  <select {...props} defaultValue={shownValue(saving?.values, 'agencyId', calendar?.agency?.id)}>
                    <option value="">{t('workspace.field.leadAgency.none')}</option>
                    {agencies.map((agency) => (
                      <option key={agency.id} value={agency.id}>
                        {agency.name}
                      </option>
                    ))}
                  </select>
                )}
              />
              <Button type="submit">{t('hostCalendar.save')}</Button>
            </fieldset>
          </Form>

          {calendar ? (
            <section className="content-section" aria-labelledby="preview-heading">
              <h2 id="preview-heading">{t('hostCalendar.preview')}</h2>
              <AvailabilityCalendar days={days} timeZone={calendar.timeZone} />
            </section>
          ) : null}
        </div>

        {calendar ? (
          <aside className="edit-layout__aside">
            <section className="card" aria-labelledby="blackouts-heading">
              <h2 id="blackouts-heading">{t('hostCalendar.blackouts')}</h2>
              {upcomingBlackouts.length === 0 ? <p className="muted">{t('hostCalendar.blackouts.none')}</p> : null}
              <ul className="part-editor__items">
                {upcomingBlackouts.map((blackout) => (
                  <li key={blackout.date}>
                    <span>
                      <strong>{formatDate(blackout.date, calendar.timeZone, language)}</strong> {blackout.reason}
                    </span>
                    <Form method="post" preventScrollReset>
                      <input type="hidden" name="intent" value="blackout-remove" />
                      <input type="hidden" name="date" value={blackout.date} />
                      <button
                        type="submit"
                        className="button button--quiet"
                        aria-label={t('hostCalendar.blackout.remove', {
                          date: formatDate(blackout.date, calendar.timeZone, language),
                        })}
                      >
                        {t('workspace.parts.remove')}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
              <Form
                method="post"
                className="stacked-form part-editor__add"
                preventScrollReset
                key={`blackouts-${calendar.version}`}
              >
                <input type="hidden" name="intent" value="blackout-add" />
                <Field
                  idPrefix="blackout"
                  name="date"
                  label={t('hostCalendar.blackout.date')}
                  required
                  error={adding?.fieldErrors.date}
                  inputProps={{ type: 'date', defaultValue: shownValue(adding?.values, 'date', null) }}
                />
                <Field
                  idPrefix="blackout"
                  name="reason"
                  label={t('hostCalendar.blackout.reason')}
                  hint={t('hostCalendar.blackout.reason.hint')}
                  required
                  error={adding?.fieldErrors.reason}
                  inputProps={{ defaultValue: shownValue(adding?.values, 'reason', null) }}
                />
                <Button type="submit" variant="secondary">
                  {t('hostCalendar.blackout.add')}
                </Button>
              </Form>
            </section>
            <p>
              <Link to="/workspace/visits">{t('hostVisits.title')}</Link>
            </p>
          </aside>
        ) : null}
      </div>
    </>
  );
}
