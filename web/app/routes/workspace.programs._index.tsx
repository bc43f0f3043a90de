import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { requireViewer } from '../accounts/viewer.server';
import { Badge, type BadgeTone } from '../components/badge';
import { ButtonLink } from '../components/button';
import { PageHeader } from '../components/page-header';
import { TableScroll } from '../components/table-scroll';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { formatShortDate } from '../lib/format';
import { loadEditablePrograms } from '../workspace/workspace-programs.server';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireViewer(request);
  return loadEditablePrograms(request, new URL(request.url).searchParams.get('after'));
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('workspace.programs.title'));
};

const publicationTone: Record<string, BadgeTone> = { DRAFT: 'warning', PUBLISHED: 'success', ARCHIVED: 'neutral' };

export default function WorkspacePrograms() {
  const { t, language } = useI18n();
  const { programs, nextCursor } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={t('workspace.programs.title')}
        lead={t('workspace.programs.lead')}
        actions={<ButtonLink to="/workspace/programs/new">{t('workspace.programs.new')}</ButtonLink>}
      />
      {programs.length === 0 ? (
        <p className="muted">{t('workspace.programs.none')}</p>
      ) : (
        <TableScroll label={t('workspace.programs.title')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('workspace.programs.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workspace.programs.column.program')}</th>
                <th scope="col">{t('workspace.programs.column.state')}</th>
                <th scope="col">{t('workspace.programs.column.updated')}</th>
                <th scope="col">{t('workspace.programs.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {programs.map((program) => (
                <tr key={program.slug}>
                  <th scope="row">
                    <Link to={`/programs/${program.slug}`}>{program.title}</Link>
                    <span className="muted table-note">{program.hostRegency.name}</span>
                  </th>
                  <td>
                    <Badge tone={publicationTone[program.publication]}>{t(`publication.${program.publication}`)}</Badge>{' '}
                    {program.isStale && program.publication === 'PUBLISHED' ? (
                      <Badge tone="warning">{t('workspace.programs.stale')}</Badge>
                    ) : null}
                  </td>
                  <td>{formatShortDate(program.updatedAt, program.hostRegency.province.timeZone, language)}</td>
                  <td>
                    <Link
                      to={`/workspace/programs/${program.slug}/edit`}
                      aria-label={t('workspace.programs.edit', { title: program.title })}
                    >
                      {t('workspace.programs.editShort')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {nextCursor ? (
        <nav className="pagination" aria-label={t('pagination.label')}>
          <Link className="button button--secondary" to={`?after=${encodeURIComponent(nextCursor)}`} rel="next">
            {t('pagination.next')} →
          </Link>
        </nav>
      ) : null}
    </>
  );
}
