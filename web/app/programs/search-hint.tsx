import { Link } from '@remix-run/react';
import { useI18n } from '../i18n/i18n-context';
import { searchHref, searchStateOf } from './search-state';

const emptySearch = searchStateOf(new URLSearchParams());

/** A search box's hint, with example searches the API took from the catalog (each finds programs) when it gave some. */
export function SearchHint({ hint, terms }: { hint: string; terms: readonly string[] }) {
  const { t } = useI18n();
  if (terms.length === 0) return <>{hint}</>;
  return (
    <>
      {hint} {t('home.search.examples')}{' '}
      {terms.map((term, index) => (
        <span key={term}>
          {index > 0 ? ', ' : null}
          <Link to={searchHref({ ...emptySearch, query: term })}>{term}</Link>
        </span>
      ))}
    </>
  );
}
