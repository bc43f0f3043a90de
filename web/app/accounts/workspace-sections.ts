import { type PlainMessageKey } from '../i18n/translate';
import { invitesPeople } from './invitation-choices';
import { hostsPrograms } from './roles';
import { type Viewer } from './viewer.server';

export interface WorkspaceSection {
  to: string;
  label: PlainMessageKey;
}

const hostSections: readonly WorkspaceSection[] = [
  { to: '/workspace/programs', label: 'workspace.nav.programs' },
  { to: '/workspace/visits', label: 'workspace.nav.requests' },
  { to: '/workspace/calendar', label: 'workspace.nav.calendar' },
];

const invitationsSection: WorkspaceSection = { to: '/workspace/invitations', label: 'workspace.nav.invitations' };

/** The workspace sections a person's roles open, in menu order; none for visitors and plain delegates. */
export function workspaceSectionsFor(viewer: Viewer | null): WorkspaceSection[] {
  return [...(hostsPrograms(viewer) ? hostSections : []), ...(invitesPeople(viewer) ? [invitationsSection] : [])];
}
