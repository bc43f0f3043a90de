import { type LoaderFunctionArgs } from '@remix-run/node';
import { NavLink, Outlet } from '@remix-run/react';
import { hostsPrograms } from '../accounts/roles';
import { requireViewer } from '../accounts/viewer.server';
import { useI18n } from '../i18n/i18n-context';
import { type PlainMessageKey } from '../i18n/translate';

const workspaceSections: readonly { to: string; label: PlainMessageKey }[] = [
  { to: '/workspace/programs', label: 'workspace.nav.programs' },
  { to: '/workspace/visits', label: 'workspace.nav.requests' },
  { to: '/workspace/calendar', label: 'workspace.nav.calendar' },
];

/** The host workspace is for host editors (and admins): others are sent to sign in or refused. */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  if (!hostsPrograms(viewer)) throw new Response(null, { status: 403 });
  return null;
}

export default function Workspace() {
  const { t } = useI18n();
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
