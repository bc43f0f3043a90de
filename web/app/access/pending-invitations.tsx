import { type InvitationScope, scopeValue } from '../accounts/invitation-choices';
import { type Role } from '../accounts/roles';
import { IntentButton } from '../components/intent-button';
import { TableScroll } from '../components/table-scroll';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../lib/format';

/** Invitations have no place of their own; their expiry is shown in Western Indonesian Time. */
export const expiryTimeZone = 'Asia/Jakarta';

export interface PendingInvitation extends InvitationScope {
  id: string;
  email: string;
  role: Role;
  coveredRegencyCodes: string[];
  expiresAt: string;
}

/** The invitations not yet accepted, each with its place named as the form names it. */
export function PendingInvitations({ pendingInvitations, scopeLabels }: { pendingInvitations: PendingInvitation[]; scopeLabels: Record<string, string> }) {
  const { t, language } = useI18n();
  const placeOf = (scope: InvitationScope) => scopeLabels[scopeValue(scope)] ?? ([scope.agencyId, scope.regencyCode].filter(Boolean).join(' — ') || '—');
  return (
    <section className="content-section" aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('invite.pending')}</h2>
      {pendingInvitations.length === 0 ? (
        <p className="muted">{t('invite.pending.none')}</p>
      ) : (
        <TableScroll label={t('invite.pending')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('invite.email')}</th>
                <th scope="col">{t('invite.role')}</th>
                <th scope="col">{t('invite.scope')}</th>
                <th scope="col">{t('invite.pending.validUntil')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('sessions.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pendingInvitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{invitation.email}</th>
                  <td>{t(`role.${invitation.role}`)}</td>
                  <td>
                    {placeOf(invitation)}
                    {invitation.coveredRegencyCodes.length > 0 ? <span className="muted table-note">{invitation.coveredRegencyCodes.join(', ')}</span> : null}
                  </td>
                  <td>{formatDate(invitation.expiresAt, expiryTimeZone, language)}</td>
                  <td>
                    <IntentButton intent="revokeInvitation" id={invitation.id} label={t('invite.revoke')} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
