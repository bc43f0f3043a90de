import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { seesContactDetails } from '../accounts/roles';
import { useViewer } from '../accounts/use-viewer';
import { Badge } from '../components/badge';
import { ButtonLink } from '../components/button';
import { ContentSection } from '../components/content-section';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/i18n-context';
import { languageForMeta, pageMeta, translatorForMeta } from '../i18n/route-meta';
import { formatDate } from '../lib/format';
import { AdoptionsList } from '../programs/adoptions-list';
import { compareHref, compareSelectionOf, programHref, withProgram } from '../programs/compare-selection';
import { ContactsList } from '../programs/contacts-list';
import { CostsAndFunding } from '../programs/costs-and-funding';
import { KeyFigures } from '../programs/key-figures';
import { OutcomesList } from '../programs/outcomes-list';
import { loadProgramProfile, type ProgramProfile } from '../programs/program-profile.server';
import { LanguageFallbackNote, textInReaderLanguage } from '../programs/program-text';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { program, figures } = await loadProgramProfile(request, params.slug ?? '');
  const selection = compareSelectionOf(new URL(request.url).searchParams);
  return { program, figures, selection };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorForMeta(matches);
  if (!data) return pageMeta(t);
  const language = languageForMeta(matches);
  const { program } = data;
  const summary = textInReaderLanguage(language, program.summary, program.summaryEn).text;
  return pageMeta(t, textInReaderLanguage(language, program.title, program.titleEn).text, `${program.hostRegency.name} — ${summary}`);
};

function hasIllustrativeFigures(program: ProgramProfile): boolean {
  return [...program.costs, ...program.funding, ...program.outcomes, ...program.contacts].some(
    (part) => part.illustrative
  );
}

function StaleNotice({ program }: { program: ProgramProfile }) {
  const { t, language } = useI18n();
  const zone = program.hostRegency.province.timeZone;
  return (
    <Notice tone="warning" title={t('program.stale.title')}>
      <p>
        {program.lastVerifiedAt
          ? t('program.stale.body', { date: formatDate(program.lastVerifiedAt, zone, language) })
          : t('program.stale.bodyNever')}
      </p>
    </Notice>
  );
}

function ProgramHeader({ program, selection }: { program: ProgramProfile; selection: string[] }) {
  const { t, language } = useI18n();
  const title = textInReaderLanguage(language, program.title, program.titleEn);
  const others = selection.filter((slug) => slug !== program.slug);
  const region = t('regency.inProvince', {
    regency: program.hostRegency.name,
    province: program.hostRegency.province.name,
  });
  return (
    <header className="program-header">
      <nav aria-label={t('program.breadcrumb')} className="breadcrumb">
        <Link to="/programs">{t('nav.programs')}</Link>
      </nav>
      <p className="program-header__eyebrow">
        {program.acronym ? <Badge tone="accent">{program.acronym}</Badge> : null}
        <Badge tone={program.activity === 'RUNNING' ? 'success' : 'neutral'}>{t(`activity.${program.activity}`)}</Badge>
        {program.publication !== 'PUBLISHED' ? (
          <Badge tone="warning">{t(`publication.${program.publication}`)}</Badge>
        ) : null}
      </p>
      <h1>
        <span lang={title.lang}>{title.text}</span> <LanguageFallbackNote shown={title} />
      </h1>
      {program.localName ? <p className="program-header__local-name">{program.localName}</p> : null}
      <p className="program-header__meta">
        <span>{t('program.hostedBy', { regency: region })}</span>
        {program.leadAgency ? <span>{t('program.leadAgency', { agency: program.leadAgency.name })}</span> : null}
        {program.startYear ? (
          <span>
            {program.endYear
              ? t('program.period', { start: program.startYear, end: program.endYear })
              : t('program.since', { year: program.startYear })}
          </span>
        ) : null}
      </p>
      <ul className="tag-list" aria-label={t('program.themes')}>
        {program.themes.map((theme) => (
          <li key={theme}>
            <Link to={`/programs?theme=${theme}`}>{t(`theme.${theme}`)}</Link>
          </li>
        ))}
      </ul>
      <div className="page-header__actions no-print">
        <ButtonLink to={`/visits/new?program=${encodeURIComponent(program.slug)}`}>
          {t('program.actions.requestVisit')}
        </ButtonLink>
        <ButtonLink variant="secondary" to={compareHref(withProgram(selection, program.slug))}>
          {others.length > 0
            ? t('program.actions.compareWith', { count: others.length })
            : t('program.actions.compare')}
        </ButtonLink>
        {program.viewerCan.edit ? (
          <ButtonLink variant="quiet" to={`/workspace/programs/${encodeURIComponent(program.slug)}/edit`}>
            {t('program.actions.edit')}
          </ButtonLink>
        ) : null}
      </div>
    </header>
  );
}

export default function ProgramProfilePage() {
  const { t, language } = useI18n();
  const { program, figures, selection } = useLoaderData<typeof loader>();
  const summary = textInReaderLanguage(language, program.summary, program.summaryEn);
  const viewer = useViewer();
  const zone = program.hostRegency.province.timeZone;

  return (
    <div className="container program-profile">
      <ProgramHeader program={program} selection={selection} />
      {program.publication !== 'PUBLISHED' ? <Notice>{t('program.draft.notice')}</Notice> : null}
      {program.isStale ? <StaleNotice program={program} /> : null}

      <div className="profile-layout">
        <div className="profile-layout__main">
          <ContentSection id="summary" title={t('program.summary.title')}>
            <p className="lead" lang={summary.lang}>
              {summary.text}
            </p>
            <LanguageFallbackNote shown={summary} />
          </ContentSection>
          {program.problem ? (
            <ContentSection id="problem" title={t('program.problem.title')}>
              <p>{program.problem}</p>
            </ContentSection>
          ) : null}
          {program.approachSteps.length > 0 ? (
            <ContentSection id="approach" title={t('program.approach.title')}>
              <ol className="approach-steps">
                {program.approachSteps.map((step, index) => (
                  <li key={index}>{step}</li>
                ))}
              </ol>
            </ContentSection>
          ) : null}
          <ContentSection id="money" title={t('program.money.title')}>
            <CostsAndFunding program={program} figures={figures} />
          </ContentSection>
          <ContentSection id="outcomes" title={t('program.outcomes.title')}>
            <OutcomesList outcomes={program.outcomes} />
          </ContentSection>
          <ContentSection id="partners" title={t('program.partners.title')}>
            {program.partners.length > 0 ? (
              <ul className="plain-list">
                {program.partners.map((partner) => (
                  <li key={partner.id}>
                    <strong>{partner.name}</strong>
                    {partner.role ? ` — ${partner.role}` : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('program.partners.none')}</p>
            )}
          </ContentSection>
          <ContentSection id="legal-basis" title={t('program.legalBasis.title')}>
            <p className={program.legalBasis ? undefined : 'muted'}>
              {program.legalBasis ?? t('program.legalBasis.none')}
            </p>
          </ContentSection>
          <ContentSection id="documents" title={t('program.documents.title')}>
            {program.documents.length > 0 ? (
              <ul className="plain-list">
                {program.documents.map((document) => (
                  <li key={document.id}>
                    <a href={document.url} rel="noopener noreferrer">
                      {document.title}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('program.documents.none')}</p>
            )}
          </ContentSection>
        </div>

        <aside className="profile-layout__aside">
          <ContentSection id="figures" title={t('program.figures.title')} className="card">
            <KeyFigures program={program} figures={figures} />
          </ContentSection>
          <ContentSection id="contacts" title={t('program.contacts.title')} className="card">
            <ContactsList contacts={program.contacts} official={seesContactDetails(viewer)} />
          </ContentSection>
          <ContentSection id="adoptions" title={t('program.adoptions.title')} className="card">
            <AdoptionsList adoptions={program.adoptions} />
          </ContentSection>
          {program.similarPrograms.length > 0 ? (
            <ContentSection id="similar" title={t('program.similar.title')} className="card">
              <ul className="plain-list">
                {program.similarPrograms.map((similar) => (
                  <li key={similar.slug}>
                    <Link to={programHref(similar.slug, selection)}>
                      {similar.acronym ? `${similar.acronym} · ` : null}
                      {similar.title}
                    </Link>
                    <span className="muted table-note">{similar.hostRegency.name}</span>
                  </li>
                ))}
              </ul>
            </ContentSection>
          ) : null}
        </aside>
      </div>

      <footer className="profile-footnotes muted">
        {program.lastVerifiedAt ? (
          <p>{t('program.verified', { date: formatDate(program.lastVerifiedAt, zone, language) })}</p>
        ) : null}
        {hasIllustrativeFigures(program) ? <p>{t('illustrative.explanation')}</p> : null}
      </footer>
    </div>
  );
}
