import { Link, useLocation } from '@remix-run/react';
import { useI18n } from '../i18n/i18n-context';

export const pageQueryParam = 'page';

function hrefForPage(pathname: string, search: string, page: number): string {
  const params = new URLSearchParams(search);
  if (page <= 1) params.delete(pageQueryParam);
  else params.set(pageQueryParam, String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Previous/next links that keep the rest of the address (query, facets) so every page can be shared. */
export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  if (pageCount <= 1) return null;

  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link className="button button--secondary" rel="prev" to={hrefForPage(pathname, search, page - 1)}>
          ← {t('pagination.previous')}
        </Link>
      ) : (
        <span className="pagination__disabled" aria-hidden="true" />
      )}
      <span className="pagination__status" aria-current="page">
        {t('pagination.status', { page, count: pageCount })}
      </span>
      {page < pageCount ? (
        <Link className="button button--secondary" rel="next" to={hrefForPage(pathname, search, page + 1)}>
          {t('pagination.next')} →
        </Link>
      ) : (
        <span className="pagination__disabled" aria-hidden="true" />
      )}
    </nav>
  );
}
