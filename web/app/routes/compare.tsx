import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Button, ButtonLink } from '../components/button';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { ShareLink } from '../components/share-link';
import { useHydrated } from '../components/use-hydrated';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { compareHref, compareSelectionOf, maxCompared, selectionQuery } from '../programs/compare-selection';
import { loadComparison } from '../programs/comparison.server';
import { ComparisonTable } from '../programs/comparison-table';

const differencesParam = 'diff';

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const selection = compareSelectionOf(url.searchParams);
  const comparisons = await loadComparison(request, selection);
  return {
    selection,
    comparisons,
    onlyDifferences: url.searchParams.get(differencesParam) === '1',
    shareUrl: new URL(compareHref(selection), url.origin).toString(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorForMeta(matches);
  const titles = data?.comparisons.map((comparison) => comparison.program.acronym ?? comparison.program.title);
  return pageMeta(t, titles && titles.length > 0 ? `${t('compare.title')}: ${titles.join(' · ')}` : t('compare.title'));
};

function EmptyComparison() {
  const { t } = useI18n();
  return (
    <Notice title={t('compare.empty.title')}>
      <p>{t('compare.empty.body')}</p>
      <p>
        <Link to="/programs">{t('compare.empty.action')}</Link>
      </p>
    </Notice>
  );
}

export default function Compare() {
  const { t } = useI18n();
  const { selection, comparisons, onlyDifferences, shareUrl } = useLoaderData<typeof loader>();
  const hydrated = useHydrated();
  const differencesToggle = onlyDifferences
    ? compareHref(selection)
    : `${compareHref(selection)}&${differencesParam}=1`;

  return (
    <div className="container compare-sheet">
      <PageHeader
        title={t('compare.title')}
        lead={t('compare.lead')}
        actions={
          comparisons.length > 0 ? (
            <div className="compare-actions no-print">
              {selection.length < maxCompared ? (
                <ButtonLink to={`/programs?${selectionQuery(selection)}`}>{t('compare.addMore')}</ButtonLink>
              ) : null}
              {comparisons.length > 1 ? (
                <ButtonLink variant="secondary" to={differencesToggle} preventScrollReset>
                  {onlyDifferences ? t('compare.showAll') : t('compare.onlyDifferences')}
                </ButtonLink>
              ) : null}
              {hydrated ? (
                <Button variant="secondary" onClick={() => window.print()}>
                  {t('compare.print')}
                </Button>
              ) : null}
            </div>
          ) : null
        }
      />
      {comparisons.length === 0 ? <EmptyComparison /> : null}
      {comparisons.length === 1 ? <Notice>{t('compare.addOneMore')}</Notice> : null}
      {selection.length >= maxCompared ? <p className="muted no-print">{t('compare.full')}</p> : null}
      {comparisons.length > 0 ? (
        <>
          <ComparisonTable comparisons={comparisons} selection={selection} onlyDifferences={onlyDifferences} />
          <div className="no-print">
            <ShareLink url={shareUrl} label={t('compare.share.label')} hint={t('compare.share.hint')} />
          </div>
        </>
      ) : null}
    </div>
  );
}
