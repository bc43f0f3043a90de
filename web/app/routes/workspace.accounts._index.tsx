import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { loadAccountDirectory } from '../accounts/account-admin.server';
import { Button, ButtonLink } from '../components/button';
import { Field } from '../components/field';
import { PageHeader } from '../components/page-header';
import { TableScroll } from '../components/table-scroll';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';

export async function loader({ request }: LoaderFunctionArgs) {
  return loadAccountDirectory(request);
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('accounts.title'));
};

function nextPageHref(search: string, endCursor: string): string {
  const params = new URLSearchParams({ after: endCursor });
  if (search) params.set('q', search);
  return `/workspace/accounts?${params}`;
}

/** The accounts the API lets the viewer manage, found by part of an address or name, a page at a time. */
export default function Accounts() {
  const { t } = useI18n();
  const { search, edges, pageInfo } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t('accounts.title')} lead={t('accounts.lead')} />
      <Form method="get" className="stacked-form" role="search">
        <Field name="q" label={t('accounts.search')} inputProps={{ type: 'search', defaultValue: search }} />
        <Button type="submit">{t('accounts.search.submit')}</Button>
      </Form>
      {edges.length === 0 ? (
        <p className="muted">{t('accounts.none')}</p>
      ) : (
        <TableScroll label={t('accounts.title')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('accounts.name')}</th>
                <th scope="col">{t('accounts.email')}</th>
                <th scope="col">{t('accounts.roles')}</th>
                <th scope="col">{t('accounts.state')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link to={`/workspace/accounts/${node.id}`}>{node.displayName}</Link>
                  </th>
                  <td>{node.email}</td>
                  <td>
                    {node.memberships
                      .map((membership) => [t(`role.${membership.role}`), membership.regencyCode].filter(Boolean).join(' '))
                      .join(', ') || '—'}
                  </td>
                  <td>{t(node.deactivatedAt ? 'accounts.state.deactivated' : 'accounts.state.active')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <nav className="pagination" aria-label={t('pagination.label')}>
          <ButtonLink variant="secondary" rel="next" to={nextPageHref(search, pageInfo.endCursor)}>
            {t('pagination.next')} →
          </ButtonLink>
        </nav>
      ) : null}
    </>
  );
}
