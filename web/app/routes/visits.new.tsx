import { parseWithZod } from '@conform-to/zod/v4';
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { regenciesTravellingFor, requestsVisits } from '../accounts/roles';
import { requireViewer, type Viewer } from '../accounts/viewer.server';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { languageOf, translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { formatShortDate } from '../lib/format';
import { replyApiErrors, replyInvalid } from '../lib/form-reply.server';
import { pageError } from '../lib/page-errors';
import { loadRegencyOptions } from '../regions/regions.server';
import { isMonth } from '../visits/calendar-months';
import { loadHostAvailability, loadVisitLimits } from '../visits/visit-queries.server';
import { describeDayProblems, keptDays, visitRequestSchema, withPastedRows } from '../visits/visit-request-form';
import { VisitRequestForm } from '../visits/visit-request-form-view';
import { hostOfProgram, loadRequestTarget, requestVisit } from '../visits/visit-request.server';

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
  const [target, availability, regencies, limits] = await Promise.all([
    loadRequestTarget(request, hostCode),
    loadHostAvailability(request, hostCode, isMonth(month) ? month : null),
    requestsVisits(viewer) ? loadRegencyOptions(request, regenciesTravellingFor(viewer)) : Promise.resolve([]),
    loadVisitLimits(request),
  ]);
  const visiting = regencies.filter((regency) => regency.code !== hostCode);
  return { ...target, ...availability, regencies: visiting, limits, preselected: params.get('program') };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, data ? t('request.title', { host: data.host.name }) : undefined);
};

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const [t, language] = await Promise.all([translatorOf(request), languageOf(request)]);
  const hostCode = await hostCodeOf(request, new URL(request.url).searchParams);
  const [{ host, programs }, limits] = await Promise.all([loadRequestTarget(request, hostCode), loadVisitLimits(request)]);
  const offered = { programs: programs.map((program) => program.slug), regencies: regenciesTravellingFor(viewer) };
  const schema = visitRequestSchema(t, language, offered, limits);
  const submission = parseWithZod(withPastedRows(await request.formData()), { schema });
  if (submission.status !== 'success') return replyInvalid(submission, t);

  const result = await requestVisit(request, {
    ...submission.value,
    hostRegencyCode: hostCode,
    coordinatorAgencyId: coordinatorAgencyOf(viewer),
  });
  if (result.ok) throw redirect(`/visits/${result.data.requestVisit.id}?done=requested`);

  const problems = result.errors[0]?.details?.problems;
  const days = describeDayProblems(problems, t, (date) => formatShortDate(date, host.province.timeZone, language));
  const reply = replyApiErrors(submission, Object.keys(schema.in.shape), result.errors, t, {
    fieldMessages: days ? { dates: days, participantCount: days } : {},
  });
  reply.data.initialValue = { ...reply.data.initialValue, dates: keptDays(submission.value.dates, problems) };
  return reply;
}

export default function RequestVisit() {
  const { t } = useI18n();
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { host, calendar, preselected } = data;
  const monthLink = (month: string) => `?${new URLSearchParams({ host: host.code, ...(preselected ? { program: preselected } : {}), month }).toString()}`;
  const refusal = data.regencies.length === 0 ? t('request.notAllowed') : !calendar ? t('request.noCalendar', { host: host.name }) : null;
  return (
    <div className="container">
      <PageHeader title={t('request.title', { host: host.name })} lead={t('request.lead')} />
      {refusal || !calendar ? (
        <Notice tone="warning">{refusal}</Notice>
      ) : (
        <VisitRequestForm {...data} calendar={calendar} monthLink={monthLink} lastResult={lastResult} />
      )}
    </div>
  );
}
