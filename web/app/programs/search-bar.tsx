import { Button } from '../components/button';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import { SearchHint } from './search-hint';
import { searchParams, searchSorts, type SearchState } from './search-state';

/** The query and sort fields of the search form, with the example searches as hints. */
export function SearchBar({ state, terms }: { state: SearchState; terms: string[] }) {
  const { t } = useI18n();
  return (
    <div className="search-layout__bar">
      <Field
        name={searchParams.query}
        label={t('search.query.label')}
        hint={<SearchHint hint={t('search.query.hint')} terms={terms} />}
        inputProps={{ type: 'search', defaultValue: state.query, autoComplete: 'off', enterKeyHint: 'search' }}
      />
      <Field
        name={searchParams.sort}
        label={t('search.sort.label')}
        control={(props) => (
          <select {...props} defaultValue={state.sort} key={state.sort}>
            {searchSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`search.sort.${sort}`)}
              </option>
            ))}
          </select>
        )}
      />
      <Button type="submit">{t('search.submit')}</Button>
    </div>
  );
}
