import { useI18n } from '../i18n/i18n-context';
import { type Language } from '../i18n/languages';
import { type Translate } from '../i18n/translate';
import { formatRupiahShort } from '../lib/format';
import { type SearchFacets } from './program-search.server';
import { rangeParam, searchParams, type SearchState } from './search-state';

function yearRangeLabel(t: Translate, range: { from: number | null; to: number | null }): string {
  if (range.from === null && range.to !== null) return t('search.range.before', { to: range.to + 1 });
  if (range.to === null && range.from !== null) return t('search.range.from', { from: range.from });
  return t('search.range.between', { from: range.from ?? '', to: range.to ?? '' });
}

/** Facet ranges end one rupiah below a round amount (…–49.999.999): they are named by the round amounts. */
function costRangeLabel(t: Translate, language: Language, range: { min: string | null; max: string | null }): string {
  const roundUp = (amount: string) => formatRupiahShort(BigInt(amount) + 1n, language);
  if ((range.min === null || range.min === '0') && range.max !== null) return t('search.range.under', { to: roundUp(range.max) });
  if (range.max === null && range.min !== null) return t('search.range.atLeast', { from: formatRupiahShort(range.min, language) });
  return t('search.range.between', {
    from: range.min ? formatRupiahShort(range.min, language) : '',
    to: range.max ? roundUp(range.max) : '',
  });
}

type FacetOption = { value: string; label: string; count: number };

/** The programs a facet counts that do not state its value: shown so the counts account for every hit, never a filter. */
function NotStated({ count }: { count: number }) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <p className="facet__not-stated muted">
      {t('search.facet.notStated')} <span className="facet__count">({count})</span>
    </p>
  );
}

function CheckboxFacet({
  legend,
  name,
  options,
  checked,
  notStated,
}: {
  legend: string;
  name: string;
  options: readonly FacetOption[];
  checked: readonly string[];
  notStated: number;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {options.length === 0 ? <p className="muted facet__none">{t('search.facet.none')}</p> : null}
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} />
          <span>
            {option.label} <span className="facet__count">({option.count})</span>
          </span>
        </label>
      ))}
      <NotStated count={notStated} />
    </fieldset>
  );
}

function RangeFacet({
  legend,
  name,
  options,
  selected,
  notStated,
}: {
  legend: string;
  name: string;
  options: readonly FacetOption[];
  selected: string;
  notStated: number;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <label className="choice">
        <input type="radio" name={name} value="" defaultChecked={selected === ''} />
        <span>{t('search.facet.any')}</span>
      </label>
      {options
        .filter((option) => option.count > 0 || option.value === selected)
        .map((option) => (
          <label key={option.value} className="choice">
            <input type="radio" name={name} value={option.value} defaultChecked={selected === option.value} />
            <span>
              {option.label} <span className="facet__count">({option.count})</span>
            </span>
          </label>
        ))}
      <NotStated count={notStated} />
    </fieldset>
  );
}

/**
 * The facets with their counts (options no program holds left out, unless picked; programs without the value
 * counted as not stated), as fields of the search form: without JavaScript they are applied with the
 * "Apply filters" button, with it every change searches at once.
 */
export function SearchFilters({ facets, state }: { facets: SearchFacets; state: SearchState }) {
  const { t, language } = useI18n();
  const selectedProvinces = new Set(state.provinces);
  return (
    <div className="search-filters">
      <CheckboxFacet
        legend={t('search.facet.province')}
        name={searchParams.province}
        checked={state.provinces}
        notStated={facets.notStated.provinces}
        options={facets.provinces
          .filter((province) => province.count > 0 || selectedProvinces.has(province.code))
          .map((province) => ({ value: province.code, label: province.name, count: province.count }))}
      />
      <CheckboxFacet
        legend={t('search.facet.theme')}
        name={searchParams.theme}
        checked={state.themes}
        notStated={facets.notStated.themes}
        options={facets.themes.map((facet) => ({
          value: facet.theme,
          label: t(`theme.${facet.theme}`),
          count: facet.count,
        }))}
      />
      <CheckboxFacet
        legend={t('search.facet.funding')}
        name={searchParams.funding}
        checked={state.fundingKinds}
        notStated={facets.notStated.fundingKinds}
        options={facets.fundingKinds.map((facet) => ({
          value: facet.kind,
          label: t(`fundingKind.${facet.kind}`),
          count: facet.count,
        }))}
      />
      <RangeFacet
        legend={t('search.facet.unitCost')}
        name={searchParams.unitCost}
        selected={state.unitCost ? rangeParam(state.unitCost) : ''}
        notStated={facets.notStated.unitCosts}
        options={facets.unitCosts.map((facet) => ({
          value: rangeParam({ from: facet.min, to: facet.max }),
          label: costRangeLabel(t, language, facet),
          count: facet.count,
        }))}
      />
      <RangeFacet
        legend={t('search.facet.startYear')}
        name={searchParams.startYear}
        selected={state.startYear ? rangeParam(state.startYear) : ''}
        notStated={facets.notStated.startYears}
        options={facets.startYears.map((facet) => ({
          value: rangeParam(facet),
          label: yearRangeLabel(t, facet),
          count: facet.count,
        }))}
      />
    </div>
  );
}
