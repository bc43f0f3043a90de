import { useI18n } from '../i18n/i18n-context';
import { type Visit } from './visit-queries.server';

/**
 * The visit's letters and trip report as PDFs, each in Indonesian and English: the ones the API lists for the visit
 * now, linked to the web's addresses of the API's paths (the resource route streams them with the session).
 */
export function VisitDocuments({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const kinds = [...new Set(visit.documents.map((document) => document.kind))];
  if (kinds.length === 0) return null;
  return (
    <section className="visit-documents" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('visitDocuments.title')}</h2>
      <ul className="plain-list">
        {kinds.map((kind) => (
          <li key={kind}>
            <span>{t(`visitDocuments.kind.${kind}`)}</span>{' '}
            {visit.documents
              .filter((document) => document.kind === kind)
              .map((document) => (
                <a
                  key={document.language}
                  className="button button--quiet"
                  href={document.path}
                  hrefLang={document.language.toLowerCase()}
                  download
                  aria-label={t('visitDocuments.download', { document: t(`visitDocuments.kind.${kind}`), language: t(`visitDocuments.language.${document.language}`) })}
                >
                  {t(`visitDocuments.language.${document.language}`)}
                </a>
              ))}
          </li>
        ))}
      </ul>
      <p className="muted">{t('visitDocuments.note')}</p>
    </section>
  );
}
