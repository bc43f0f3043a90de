import { type LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { requireViewer } from '../accounts/viewer.server';
import { workspaceSectionsFor } from '../accounts/workspace-sections';
import { useI18n } from '../i18n/i18n-context';
import { pageError } from '../lib/page-errors';

/**
 * The workspace shows each person the sections of their roles (host editors keep programs, requests and calendar;
 * whoever may invite sends invitations); a section outside them, or a workspace with none, is refused.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const sections = workspaceSectionsFor(viewer);
  const { pathname } = new URL(request.url);
  const opened = pathname === '/workspace' || sections.some((section) => pathname.startsWith(section.to));
  if (sections.length === 0 || !opened) throw pageError(403);
  return { sections };
}

export default function Workspace() {
  const { t } = useI18n();
  const { sections: workspaceSections } = useLoaderData<typeof loader>();
  return (
    <div className="container workspace">
      <nav className="workspace-nav no-print" aria-label={t('workspace.nav.label')}>
        <ul>
          {workspaceSections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} prefetch="intent">
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
