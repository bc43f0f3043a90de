import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { answersVisitRequests, requestsVisits } from '../accounts/roles';
import { viewerOf } from '../accounts/viewer.server';
import { Button } from '../components/button';
import { Card } from '../components/card';
import { Field } from '../components/field';
import { HighlightedText } from '../components/highlighted-text';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { type PlainMessageKey } from '../i18n/translate';
import { formatNumber, formatRupiahShort, formatShortDate } from '../lib/format';
import { unitIn } from '../lib/units';
import { textInReaderLanguage } from '../programs/program-text';
import { type HomeShowcase, loadHomeShowcase, type ShowcaseHit } from '../programs/home-showcase.server';
import { searchHref, searchStateOf } from '../programs/search-state';
import { SearchHint } from '../programs/search-hint';
import { loadSearchSuggestions, type SearchSuggestions } from '../programs/search-suggestions.server';
import { todayIn } from '../visits/calendar-months';
import { loadMyVisits, type VisitRow } from '../visits/visit-queries.server';

const upcomingStates: readonly VisitRow['state'][] = ['REQUESTED', 'ACCEPTED', 'RESCHEDULE_PROPOSED', 'CONFIRMED'];

/** The signed-in person's next visits, hosted or travelled, soonest first. */
async function upcomingVisits(request: Request): Promise<VisitRow[] | null> {
  const viewer = await viewerOf(request);
  if (!viewer) return null;
  const roles = [
    ...(requestsVisits(viewer) ? (['DELEGATION'] as const) : []),
    ...(answersVisitRequests(viewer) ? (['HOST'] as const) : []),
  ];
  const visits = (await Promise.all(roles.map((role) => loadMyVisits(request, role)))).flat();
  const firstDay = (visit: VisitRow) => [...visit.dates].sort()[0] ?? '';
  return visits
    .filter((visit) => upcomingStates.includes(visit.state) && firstDay(visit) >= todayIn(visit.hostTimeZone))
    .sort((a, b) => firstDay(a).localeCompare(firstDay(b)))
    .slice(0, 3);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const [showcase, visits, suggestions] = await Promise.all([
    loadHomeShowcase(request),
    upcomingVisits(request),
    loadSearchSuggestions(request),
  ]);
  return { showcase, visits, suggestions };
}

export const meta: MetaFunction = ({ matches }) => pageMeta(translatorForMeta(matches));

/** Each figure's label names what it counts, as the API counts it. */
const headlineFigures: readonly { figure: keyof HomeShowcase['figures']; label: PlainMessageKey }[] = [
  { figure: 'publishedPrograms', label: 'home.figures.publishedPrograms' },
  { figure: 'hostProvinces', label: 'home.figures.hostProvinces' },
  { figure: 'replicatingRegencies', label: 'home.figures.replicatingRegencies' },
  { figure: 'completedVisits', label: 'home.figures.completedVisits' },
];

const steps: readonly { title: PlainMessageKey; body: PlainMessageKey }[] = [
  { title: 'home.steps.find.title', body: 'home.steps.find.body' },
  { title: 'home.steps.compare.title', body: 'home.steps.compare.body' },
  { title: 'home.steps.visit.title', body: 'home.steps.visit.body' },
];

function ShowcaseCard({ hit }: { hit: ShowcaseHit }) {
  const { t, language } = useI18n();
  const title = textInReaderLanguage(language, hit.title, hit.titleEn).text;
  const summary = textInReaderLanguage(language, hit.summarySnippet, hit.summaryEn);
  return (
    <Card title={hit.acronym ? `${hit.acronym} · ${title}` : title} href={`/programs/${hit.slug}`}>
      <p className="muted">{t('search.hit.region', { regency: hit.hostRegencyName, province: hit.provinceName })}</p>
      <p className="showcase__snippet" lang={summary.lang}>
        {summary.fallback ? <HighlightedText html={hit.summarySnippet} /> : summary.text}
      </p>
      <ul className="search-hit__facts">
        {hit.unitCostRupiah ? (
          <li>
            {t('search.hit.unitCost', {
              amount: formatRupiahShort(hit.unitCostRupiah, language),
              unit: unitIn(hit.unitCostUnit ?? '', language),
            })}
          </li>
        ) : null}
        {hit.adoptionCount > 0 ? <li>{t('search.hit.adoptions', { count: hit.adoptionCount })}</li> : null}
      </ul>
    </Card>
  );
}

const emptySearch = searchStateOf(new URLSearchParams());

/** Only themes that published programs hold, as the API counts them; none when the API did not answer. */
function ThemeTiles({ themes }: { themes: SearchSuggestions['themes'] }) {
  const { t } = useI18n();
  if (themes.length === 0) return null;
  return (
    <section className="section container" aria-labelledby="themes-heading">
      <h2 id="themes-heading">{t('home.themes.title')}</h2>
      <ul className="theme-grid">
        {themes.map(({ theme, count }) => (
          <li key={theme}>
            <Link to={searchHref({ ...emptySearch, themes: [theme] })}>
              {t(`theme.${theme}`)} <span className="theme-grid__count">{t('home.themes.count', { count })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Showcase({ id, title, hits }: { id: string; title: PlainMessageKey; hits: ShowcaseHit[] }) {
  const { t } = useI18n();
  if (hits.length === 0) return null;
  return (
    <section className="section container" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(title)}</h2>
      <ul className="card-grid">
        {hits.map((hit) => (
          <li key={hit.slug}>
            <ShowcaseCard hit={hit} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function Home() {
  const { t, language } = useI18n();
  const { showcase, visits, suggestions } = useLoaderData<typeof loader>();
  const figures = showcase?.figures;
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t('home.title')}</h1>
          <p className="lead">{t('home.lead')}</p>
          <Form method="get" action="/programs" role="search" className="search-form">
            <Field
              name="q"
              label={t('home.search.label')}
              hint={<SearchHint hint={t('home.search.hint')} terms={suggestions?.terms ?? []} />}
              inputProps={{ type: 'search', autoComplete: 'off', enterKeyHint: 'search' }}
            />
            <Button type="submit">{t('home.search.submit')}</Button>
          </Form>
          {figures ? (
            <dl className="headline-figures" aria-label={t('home.figures.title')}>
              {headlineFigures.map(({ figure, label }) => (
                <div key={figure}>
                  <dt>{t(label)}</dt>
                  <dd>{formatNumber(figures[figure], language)}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </div>
      </section>

      {visits ? (
        <section className="section container" aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t('home.visits.title')}</h2>
          {visits.length === 0 ? <p className="muted">{t('home.visits.none')}</p> : null}
          <ul className="plain-list">
            {visits.map((visit) => (
              <li key={visit.id}>
                <Link to={`/visits/${visit.id}`}>
                  {t('visits.to', { host: visit.hostRegency.name })} —{' '}
                  {visit.visitingRegencies.map((regency) => regency.name).join(', ')}
                </Link>{' '}
                <span className="muted">
                  {visit.dates.map((date) => formatShortDate(date, visit.hostTimeZone, language)).join(', ')} ·{' '}
                  {t(`visitState.${visit.state}`)}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/visits">{t('home.visits.all')}</Link>
          </p>
        </section>
      ) : null}

      {showcase ? (
        <>
          <Showcase id="most-replicated" title="home.replicated.title" hits={showcase.mostReplicated} />
          <Showcase id="newest" title="home.recent.title" hits={showcase.newest} />
          <p className="container">
            <Link to="/programs">{t('home.seeAll')}</Link>
          </p>
        </>
      ) : null}

      <ThemeTiles themes={suggestions?.themes ?? []} />

      <section className="section container" aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('home.steps.title')}</h2>
        <ol className="steps">
          {steps.map((step) => (
            <li key={step.title}>
              <Card title={t(step.title)}>
                <p>{t(step.body)}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
