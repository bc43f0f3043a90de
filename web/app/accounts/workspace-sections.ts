import { type PlainMessageKey } from '../i18n/translate';
import { invitesPeople } from './invitation-choices';
import { answersVisitRequests, hostCalendarRegencyCodes, keepsPrograms, managesAccounts, managesMailOutbox } from './roles';
import { type Viewer } from './viewer.server';

export interface WorkspaceSection {
  to: string;
  label: PlainMessageKey;
}

const sections: readonly (WorkspaceSection & { opensFor: (viewer: Viewer | null) => boolean })[] = [
  { to: '/workspace/programs', label: 'workspace.nav.programs', opensFor: keepsPrograms },
  { to: '/workspace/visits', label: 'workspace.nav.requests', opensFor: answersVisitRequests },
  { to: '/workspace/calendar', label: 'workspace.nav.calendar', opensFor: (viewer) => hostCalendarRegencyCodes(viewer).length > 0 },
  { to: '/workspace/invitations', label: 'workspace.nav.invitations', opensFor: invitesPeople },
  { to: '/workspace/accounts', label: 'workspace.nav.accounts', opensFor: managesAccounts },
  { to: '/workspace/outbox', label: 'workspace.nav.outbox', opensFor: managesMailOutbox },
];

/**
 * The workspace sections a person's capabilities (as the API gives them) open, in menu order; none for visitors
 * and plain delegates. An admin keeps programs and invites, but hosts no visits: no requests or calendar of their own.
 */
export function workspaceSectionsFor(viewer: Viewer | null): WorkspaceSection[] {
  return sections.filter((section) => section.opensFor(viewer)).map(({ to, label }) => ({ to, label }));
}
