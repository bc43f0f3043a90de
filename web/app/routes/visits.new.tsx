import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { regenciesTravellingFor, requestsVisits } from '../accounts/roles';
import { requireViewer, type Viewer } from '../accounts/viewer.server';
import { Button } from '../components/button';
import { ChoiceGroup } from '../components/choice-group';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { formatShortDate, zoneAbbreviationOf } from '../lib/format';
import { FormReader, shownChoices, shownValue } from '../lib/form-reader';
import { rejectApiErrors, rejectInvalidForm } from '../lib/form-submission.server';
import { languageOf } from '../i18n/language.server';
import { loadRegencyOptions } from '../regions/regions.server';
import { AvailabilityCalendar } from '../visits/availability-calendar';
import { addMonths, isMonth, monthsShown } from '../visits/calendar-months';
import { loadHostAvailability, loadVisitLimits } from '../visits/visit-queries.server';
import { describeDayProblems, unpickRefusedDays, readVisitRequest } from '../visits/visit-request-form';
import { hostOfProgram, loadRequestTarget, requestVisit } from '../visits/visit-request.server';
import { pageError } from '../lib/page-errors';

/** The office a coordinator requests for, named on the visit as the coordinating agency. */
function coordinatorAgencyOf(viewer: Viewer): string | null {
  return viewer.memberships.find((membership) => membership.role === 'COORDINATOR')?.agencyId ?? null;
}

async function hostCodeOf(request: Request, params: URLSearchParams): Promise<string> {
  const host = params.get('host');
  if (host) return host;
  const program = params.get('program');
  const code = program ? await hostOfProgram(request, program) : null;
  if (!code) throw pageError(404);
  return code;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const params = new URL(request.url).searchParams;
  const hostCode = await hostCodeOf(request, params);
  const month = params.get('month');
  const [target, availability, regencies] = await Promise.all([
    loadRequestTarget(request, hostCode),
    loadHostAvailability(request, hostCode, isMonth(month) ? month : null),
    requestsVisits(viewer) ? loadRegencyOptions(request, regenciesTravellingFor(viewer)) : Promise.resolve([]),
  ]);
  return {
    ...target,
    ...availability,
    regencies: regencies.filter((regency) => regency.code !== hostCode),
    preselected: params.get('program'),
  };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, data ? t('request.title', { host: data.host.name }) : undefined);
};

const formFields = [
  'programSlugs',
  'visitingRegencyCodes',
  'dates',
  'participantCount',
  'participants',
  'objectives',
  'questions',
  'requestLetterNumber',
];

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const t = await translatorOf(request);
  const language = await languageOf(request);
  const params = new URL(request.url).searchParams;
  const hostCode = await hostCodeOf(request, params);
  const [{ host, programs }, limits] = await Promise.all([loadRequestTarget(request, hostCode), loadVisitLimits(request)]);
  const form = new FormReader(await request.formData(), language);
  const visit = readVisitRequest(
    form,
    { programs: programs.map((program) => program.slug), regencies: regenciesTravellingFor(viewer) },
    limits
  );
  if (!form.valid) return rejectInvalidForm(form);

  const result = await requestVisit(request, {
    ...visit,
    hostRegencyCode: hostCode,
    coordinatorAgencyId: coordinatorAgencyOf(viewer),
  });
  if (result.ok) throw redirect(`/visits/${result.data.requestVisit.id}?done=requested`);

  const problems = result.errors[0]?.details?.problems;
  const days = describeDayProblems(problems, t, (date) => formatShortDate(date, host.province.timeZone, language));
  unpickRefusedDays(form, problems);
  return rejectApiErrors(form, result.errors, formFields, days ? { dates: days, participantCount: days } : {});
}

export default function RequestVisit() {
  const { t } = useI18n();
  const { host, programs, calendar, days, firstMonth, regencies, preselected } = useLoaderData<typeof loader>();
  const rejection = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const values = rejection?.values;
  const errors = rejection?.fieldErrors;
  const datesField = useRef<HTMLFieldSetElement>(null);
  // The page is not reloaded after a refusal, so the checkboxes stay as clicked: show the days the server kept.
  useEffect(() => {
    if (!rejection) return;
    const kept = shownChoices(rejection.values, 'dates', []);
    datesField.current?.querySelectorAll<HTMLInputElement>('input[name="dates"]').forEach((input) => {
      input.checked = kept.includes(input.value);
    });
  }, [rejection]);
  const monthLink = (month: string) =>
    `?${new URLSearchParams({ host: host.code, ...(preselected ? { program: preselected } : {}), month }).toString()}`;

  const header = <PageHeader title={t('request.title', { host: host.name })} lead={t('request.lead')} />;
  if (regencies.length === 0) {
    return (
      <div className="container">
        {header}
        <Notice tone="warning">{t('request.notAllowed')}</Notice>
      </div>
    );
  }
  if (!calendar) {
    return (
      <div className="container">
        {header}
        <Notice tone="warning">{t('request.noCalendar', { host: host.name })}</Notice>
      </div>
    );
  }

  return (
    <div className="container">
      {header}
      {rejection?.formError ? <Notice tone="error">{rejection.formError}</Notice> : null}
      <Form method="post" className="stacked-form visit-request" noValidate>
        <ChoiceGroup
          legend={t('request.programs')}
          name="programSlugs"
          idPrefix="request"
          options={programs.map((program) => ({
            value: program.slug,
            label: program.acronym ? `${program.acronym} — ${program.title}` : program.title,
          }))}
          checked={shownChoices(values, 'programSlugs', preselected ? [preselected] : [])}
          error={errors?.programSlugs}
        />

        <fieldset ref={datesField} className="field choice-group" aria-describedby="request-dates-hint">
          <legend className="field__label">{t('request.dates')}</legend>
          <p className="field__hint" id="request-dates-hint">
            {t('request.dates.hint', { zone: zoneAbbreviationOf(calendar.timeZone), days: calendar.leadTimeDays })}
          </p>
          {errors?.dates ? (
            <p className="field__error" id="request-dates-error">
              {errors.dates}
            </p>
          ) : null}
          <nav className="availability-nav" aria-label={t('request.dates')}>
            <Link to={monthLink(addMonths(firstMonth, -monthsShown))} preventScrollReset>
              ← {t('calendar.earlier')}
            </Link>
            <Link to={monthLink(addMonths(firstMonth, monthsShown))} preventScrollReset>
              {t('calendar.later')} →
            </Link>
          </nav>
          <AvailabilityCalendar
            days={days}
            timeZone={calendar.timeZone}
            pick={{ name: 'dates', selected: shownChoices(values, 'dates', []) }}
          />
        </fieldset>

        <ChoiceGroup
          legend={t('request.delegation')}
          hint={t('request.delegation.hint')}
          name="visitingRegencyCodes"
          idPrefix="request"
          options={regencies.map((regency) => ({
            value: regency.code,
            label: t('regency.inProvince', { regency: regency.name, province: regency.province.name }),
          }))}
          checked={shownChoices(values, 'visitingRegencyCodes', regencies.length === 1 ? [regencies[0]!.code] : [])}
          error={errors?.visitingRegencyCodes}
        />

        <div className="form-row">
          <Field
            idPrefix="request"
            name="participantCount"
            label={t('request.participantCount')}
            required
            error={errors?.participantCount}
            inputProps={{ defaultValue: shownValue(values, 'participantCount', null), inputMode: 'numeric' }}
          />
          <Field
            idPrefix="request"
            name="requestLetterNumber"
            label={t('request.letter')}
            hint={t('request.letter.hint')}
            error={errors?.requestLetterNumber}
            inputProps={{ defaultValue: shownValue(values, 'requestLetterNumber', null) }}
          />
        </div>
        <Field
          idPrefix="request"
          name="objectives"
          label={t('request.objectives')}
          hint={t('request.objectives.hint')}
          required
          error={errors?.objectives}
          control={(props) => <textarea {...props} rows={4} defaultValue={shownValue(values, 'objectives', null)} />}
        />
        <Field
          idPrefix="request"
          name="questions"
          label={t('request.questions')}
          error={errors?.questions}
          control={(props) => <textarea {...props} rows={3} defaultValue={shownValue(values, 'questions', null)} />}
        />
        <Field
          idPrefix="request"
          name="participants"
          label={t('request.participants')}
          hint={t('request.participants.hint')}
          error={errors?.participants}
          control={(props) => <textarea {...props} rows={4} defaultValue={shownValue(values, 'participants', null)} />}
        />
        <Button type="submit" disabled={submitting}>
          {t('request.submit')}
        </Button>
      </Form>
    </div>
  );
}
