import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { requireViewer } from '../accounts/viewer.server';
import { Badge } from '../components/badge';
import { DefinitionList } from '../components/definition-list';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/i18n-context';
import { languageOf, translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { type Translate } from '../i18n/translate';
import { explainApiErrors } from '../lib/api-rejection';
import { type ApiError, type ApiResult, statusForApiErrors } from '../lib/api.server';
import { formatDate, formatShortDate, zoneAbbreviationOf } from '../lib/format';
import { FormReader } from '../lib/form-reader';

import { programHref } from '../programs/compare-selection';
import { VisitActionsPanel } from '../visits/visit-actions-panel';
import { VisitAgenda } from '../visits/visit-agenda';
import { VisitFeedback } from '../visits/visit-feedback-form';
import { feedbackInputFrom } from '../visits/visit-feedback-input';
import { VisitDocuments } from '../visits/visit-documents';
import { VisitHistory } from '../visits/visit-history';
import { isDoneIntent, isTransitionIntent, type DoneIntent } from '../visits/visit-intents';
import { VisitMessages } from '../visits/visit-messages';
import {
  addVisitAgendaItem,
  giveVisitFeedback,
  postVisitMessage,
  proposeVisitDates,
  removeVisitAgendaItem,
  transitionVisit,
} from '../visits/visit-mutations.server';
import { type VisitRejection } from '../visits/visit-page-types';
import { loadVisit, loadVisitLimits, type Visit, type VisitLimits } from '../visits/visit-queries.server';
import { describeDayProblems } from '../visits/visit-request-form';
import { visitStateTone } from '../visits/visit-table';
import { pageError } from '../lib/page-errors';

export async function loader({ request, params }: LoaderFunctionArgs) {
  // Only those taking part see a visit: someone signed out (following a link from an e-mail) signs in first.
  await requireViewer(request);
  const { visit, limits } = await loadVisit(request, params.id ?? '');
  const done = new URL(request.url).searchParams.get('done');
  return { visit, limits, done: isDoneIntent(done) ? done : null };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, data ? t('visit.title', { host: data.visit.hostRegency.name }) : undefined);
};

const formFields = [
  'reason',
  'dates',
  'body',
  'date',
  'startTime',
  'endTime',
  'activity',
  'place',
  'presenter',
  'rating',
  'willAdopt',
  'replications',
];

const refuse = (rejection: VisitRejection, status: number) => data(rejection, { status });

/** Puts what the API refused next to the right field, in the visitor's language where the page knows the rule. */
function refusal(
  intent: string,
  form: FormReader,
  errors: readonly ApiError[],
  t: Translate,
  formatDay: (date: string) => string
) {
  const [first] = errors;
  const dayFull = first?.code === 'CONFLICT' && typeof first.details?.date === 'string';
  const stateChanged = first?.code === 'CONFLICT' && first.field === 'state';
  const days = describeDayProblems(first?.details?.problems, t, formatDay);
  const explained = explainApiErrors(errors, t, formFields, {
    reason: t('visit.actions.reasonNeeded'),
    ...(days ? { dates: days } : {}),
  });
  const formError = dayFull
    ? t('visit.error.dayFull', { date: formatDay(first.details!.date as string) })
    : stateChanged
    ? t('visit.error.stateChanged')
    : explained.formError;
  // A state that changed meanwhile is answered with 200 so the page reloads the visit and its allowed steps.
  return refuse(
    { intent, values: form.values, fieldErrors: explained.fieldErrors, ...(formError ? { formError } : {}) },
    stateChanged ? 200 : statusForApiErrors(errors)
  );
}

async function perform(
  request: Request,
  id: string,
  intent: string,
  form: FormReader,
  limits: VisitLimits
): Promise<ApiResult<unknown> | null> {
  if (isTransitionIntent(intent)) return transitionVisit(request, intent, id, form.text('reason', { max: limits.reason }));
  switch (intent) {
    case 'PROPOSE_DATES':
      return proposeVisitDates(request, id, form.all('dates'), form.text('reason', { max: limits.reason }));
    case 'message': {
      const body = form.text('body', { required: true, max: limits.message });
      return body ? postVisitMessage(request, id, body) : null;
    }
    case 'agenda-add': {
      const timePattern = { test: /^\d{2}:\d{2}$/, message: form.t('form.error.time') };
      const input = {
        date: form.text('date', { required: true }) ?? '',
        startTime: form.text('startTime', { required: true, pattern: timePattern }) ?? '',
        endTime: form.text('endTime', { required: true, pattern: timePattern }) ?? '',
        activity: form.text('activity', { required: true, max: limits.agendaText }) ?? '',
        place: form.text('place', { max: limits.agendaText }),
        presenter: form.text('presenter', { max: limits.agendaText }),
      };
      return form.valid ? addVisitAgendaItem(request, id, input) : null;
    }
    case 'agenda-remove':
      return removeVisitAgendaItem(request, id, form.text('itemId') ?? '');
    case 'feedback': {
      const input = feedbackInputFrom(form, limits);
      return form.valid ? giveVisitFeedback(request, id, input) : null;
    }
    default:
      throw pageError(400);
  }
}

const doneOf = (intent: string): DoneIntent =>
  intent.startsWith('agenda') ? 'agenda' : isDoneIntent(intent) ? intent : 'message';

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.id ?? '';
  const t = await translatorOf(request);
  const language = await languageOf(request);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const form = new FormReader(formData, language);
  const result = await perform(request, id, intent, form, await loadVisitLimits(request));
  if (result?.ok) throw redirect(`/visits/${encodeURIComponent(id)}?done=${doneOf(intent)}`);
  if (!result)
    return refuse({ intent, values: form.values, fieldErrors: form.errors, formError: t('form.errorSummary') }, 400);
  const { visit } = await loadVisit(request, id);
  return refusal(intent, form, result.errors, t, (date) => formatShortDate(date, visit.hostTimeZone, language));
}

function VisitDetails({ visit }: { visit: Visit }) {
  const { t, language } = useI18n();
  const zone = visit.hostTimeZone;
  const rows = [
    {
      label: t('visit.host'),
      value: t('regency.inProvince', { regency: visit.hostRegency.name, province: visit.hostRegency.province.name }),
    },
    {
      label: t('visit.delegation'),
      value: (
        <ul className="compact-list">
          {visit.visitingRegencies.map((regency) => (
            <li key={regency.code}>
              {t('regency.inProvince', { regency: regency.name, province: regency.province.name })}
            </li>
          ))}
        </ul>
      ),
    },
    ...(visit.visitingAgencies.length > 0
      ? [{ label: t('visit.agencies'), value: visit.visitingAgencies.map((agency) => agency.name).join(', ') }]
      : []),
    {
      label: t('visit.programs'),
      value: (
        <ul className="compact-list">
          {visit.programs.map((program) => (
            <li key={program.slug}>
              <Link to={programHref(program.slug, [])}>
                {program.acronym ? `${program.acronym} — ${program.title}` : program.title}
              </Link>
            </li>
          ))}
        </ul>
      ),
    },
    {
      label: t('visit.dates'),
      value: (
        <ul className="compact-list">
          {visit.dates.map((date) => (
            <li key={date}>{formatDate(date, zone, language)}</li>
          ))}
        </ul>
      ),
    },
    ...(visit.proposedDates.length > 0
      ? [
          {
            label: t('visit.proposedDates'),
            value: (
              <ul className="compact-list">
                {visit.proposedDates.map((date) => (
                  <li key={date}>
                    <strong>{formatDate(date, zone, language)}</strong>
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    {
      label: t('visit.participants'),
      value: (
        <>
          {t('visits.participantCount', { count: visit.participantCount })}
          {visit.participants.length > 0 ? (
            <ul className="compact-list">
              {visit.participants.map((participant, index) => (
                <li key={index}>
                  {participant.name} — {participant.position}
                  {participant.agency ? ` (${participant.agency.name})` : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ),
    },
    { label: t('visit.objectives'), value: visit.objectives },
    ...(visit.questions ? [{ label: t('visit.questions'), value: visit.questions }] : []),
    ...(visit.requestLetterNumber ? [{ label: t('visit.letter'), value: visit.requestLetterNumber }] : []),
  ];
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t('visit.details')}</h2>
      <DefinitionList className="detail-list" rows={rows} />
      <p className="muted">{t('visit.timeZone', { zone: zoneAbbreviationOf(zone), tz: zone })}</p>
    </section>
  );
}

export default function VisitPage() {
  const { t } = useI18n();
  const { visit, limits, done } = useLoaderData<typeof loader>();
  const rejection = useActionData<typeof action>();
  const showIcs = visit.state !== 'DECLINED';

  return (
    <div className="container visit-page">
      <header className="page-header">
        <p className="program-header__eyebrow">
          <Badge tone={visitStateTone[visit.state]}>{t(`visitState.${visit.state}`)}</Badge>
        </p>
        <h1>{t('visit.title', { host: visit.hostRegency.name })}</h1>
        {visit.requesterName ? <p className="lead">{t('visit.requestedBy', { name: visit.requesterName })}</p> : null}
        {showIcs ? (
          <div className="page-header__actions">
            <a className="button button--secondary" href={`/visits/${visit.id}/calendar.ics`} download>
              {t('visit.ics')}
            </a>
          </div>
        ) : null}
      </header>
      {done && !rejection ? <Notice tone="success">{t(`visit.done.${done}`)}</Notice> : null}
      {rejection?.formError ? <Notice tone="error">{rejection.formError}</Notice> : null}

      <div className="profile-layout">
        <div className="profile-layout__main">
          <VisitDetails visit={visit} />
          <VisitAgenda visit={visit} rejection={rejection} />
          <VisitMessages visit={visit} rejection={rejection} />
        </div>
        <aside className="profile-layout__aside">
          <VisitActionsPanel visit={visit} limits={limits} rejection={rejection} />
          <VisitFeedback visit={visit} limits={limits} rejection={rejection} />
          <VisitDocuments visit={visit} />
          <VisitHistory visit={visit} />
        </aside>
      </div>
    </div>
  );
}
