import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { MostReplicated, ProvinceTable, UnvisitedRegions, VisitsPerMonth } from '../programs/national-figures';
import { loadNationalPicture } from '../programs/national-picture.server';
import { ProvinceMap } from '../programs/province-map';

export async function loader({ request }: LoaderFunctionArgs) {
  return { picture: await loadNationalPicture(request) };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('national.title'));
};

/** The national picture: public, with the regions that asked for visits added for those the API shows them to. */
export default function National() {
  const { t } = useI18n();
  const { picture } = useLoaderData<typeof loader>();
  return (
    <div className="container national-page">
      <PageHeader title={t('national.title')} lead={t('national.lead')} />
      <section aria-labelledby="national-map">
        <h2 id="national-map">{t('national.map.heading')}</h2>
        <p className="muted">{t('national.map.legend')}</p>
        <ProvinceMap provinces={picture.provinces} />
        <details>
          <summary>{t('national.provinces.title')}</summary>
          <ProvinceTable provinces={picture.provinces} />
        </details>
      </section>
      <section aria-labelledby="national-visits">
        <h2 id="national-visits">{t('national.visits.heading')}</h2>
        <VisitsPerMonth months={picture.visitsPerMonth} />
      </section>
      <section aria-labelledby="national-replicated">
        <h2 id="national-replicated">{t('national.replicated.heading')}</h2>
        <MostReplicated programs={picture.mostReplicated} />
      </section>
      {picture.unvisitedRegions ? (
        <section aria-labelledby="national-unvisited">
          <h2 id="national-unvisited">{t('national.unvisited.title')}</h2>
          <UnvisitedRegions regions={picture.unvisitedRegions} />
        </section>
      ) : null}
    </div>
  );
}
