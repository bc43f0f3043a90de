import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { requireViewer } from '../accounts/viewer.server';
import { workspaceSectionsFor } from '../accounts/workspace-sections';
import { useI18n } from '../i18n/i18n-context';
import { pathInAppOf } from '../i18n/language-path';
import { pageError } from '../lib/page-errors';

/**
 * The workspace shows each person the sections their capabilities open (host editors keep programs, requests and
 * calendar; whoever may invite sends invitations) and opens on the first; a section outside them, or a workspace
 * with none, is refused with the site's 403 page. `/workspace` itself is this layout's (an index route without a
 * page would be a resource route, whose refusals are no page at all).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const sections = workspaceSectionsFor(viewer);
  const pathname = new URL(pathInAppOf(request), request.url).pathname;
  const [first] = sections;
  if (!first) throw pageError(403);
  if (pathname === '/workspace' || pathname === '/workspace/') throw redirect(first.to);
  if (!sections.some((section) => pathname.startsWith(section.to))) throw pageError(403);
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
