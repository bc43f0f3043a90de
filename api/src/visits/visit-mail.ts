import { type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Account, type Membership } from '../accounts';
import { type VisitParties } from '../accounts';
import { enqueueOutboxEvent, OUTBOX_TOPICS } from '../outbox';
import { type VisitSide } from '../core';
import { type VisitAgendaMail, type VisitMessageMail, type VisitUpdateMail } from './visit-mail-templates';

type VisitMail = Omit<VisitUpdateMail, 'to'> | Omit<VisitMessageMail, 'to'> | Omit<VisitAgendaMail, 'to'>;

/** Host editors of the host regency (or of the office receiving its visits). */
function hostEditors(parties: VisitParties): FilterQuery<Membership> {
  const scopes: FilterQuery<Membership>[] = [{ regency: parties.hostRegencyCode }];
  if (parties.hostAgencyId) scopes.push({ regency: null, agency: parties.hostAgencyId });
  return { role: 'HOST_EDITOR', $or: scopes };
}

/** The delegation's coordinators; the requester is added by account. */
function delegationCoordinators(parties: VisitParties): FilterQuery<Membership> | null {
  return parties.coordinatorAgencyId ? { role: 'COORDINATOR', agency: parties.coordinatorAgencyId } : null;
}

/** E-mail addresses of the people who speak for `side`, leaving out the person who acted. */
export async function visitRecipients(em: EntityManager, parties: VisitParties, side: VisitSide, actorAccountId: string | null): Promise<string[]> {
  const filters: FilterQuery<Account>[] = [];
  if (side === 'HOST') {
    filters.push({ memberships: hostEditors(parties) });
  } else {
    if (parties.requesterAccountId) filters.push({ id: parties.requesterAccountId });
    const coordinators = delegationCoordinators(parties);
    if (coordinators) filters.push({ memberships: coordinators });
  }
  if (filters.length === 0) return [];
  const accounts = await em.find(Account, { $or: filters, ...(actorAccountId ? { id: { $ne: actorAccountId } } : {}) }, { orderBy: { email: 'asc' } });
  return [...new Set(accounts.map((account) => account.email))];
}

/**
 * Queues the e-mail telling `side` what happened, in the caller's transaction: it is sent only if the
 * change commits, and sending (or failing to) never holds the change up.
 */
export async function enqueueVisitMail(em: EntityManager, parties: VisitParties, side: VisitSide, actorAccountId: string | null, mail: VisitMail): Promise<void> {
  const to = await visitRecipients(em, parties, side, actorAccountId);
  if (to.length === 0) return;
  enqueueOutboxEvent(em, OUTBOX_TOPICS.mail, mail.visit.id, { ...mail, to });
}
