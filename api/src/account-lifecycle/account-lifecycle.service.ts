import { type EntityManager, LockMode } from '@mikro-orm/core';
import {
  Account,
  addMembership,
  assertCanManageAccount,
  assertCanManageMembership,
  assertCanRevokeInvitation,
  assertScopeExists,
  Invitation,
  Membership,
  type MembershipInput,
  requireViewer,
  Session,
} from '../accounts';
import { recordAudit } from '../audit';
import { type Viewer } from '../core';
import { selectRows } from '../db';
import { Conflict, NotFound } from '../errors';
import { assertApiId, findManagedAccount, type ManagedAccount, membershipScopeOf } from './account-directory.service';

type Target = { account: Account; memberships: Membership[]; scopes: MembershipInput[] };

/** The account a change is about, locked for the change's transaction, with what the rules need to judge it. */
async function lockTarget(tx: EntityManager, accountId: string): Promise<Target> {
  assertApiId(accountId, 'accountId');
  const account = await tx.findOne(Account, { id: accountId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!account) throw new NotFound('Account', accountId, 'accountId');
  const memberships = await tx.find(Membership, { account: account.id });
  return { account, memberships, scopes: memberships.map(membershipScopeOf) };
}

/**
 * Refuses a change that would leave the deployment without an active administrator. Every active admin's account
 * and membership rows are locked first, so two admins removing each other at once are judged one after the other.
 */
async function assertAnotherAdministratorRemains(tx: EntityManager, leavingAccountId: string): Promise<void> {
  const others = await selectRows<{ id: string }>(
    tx,
    `select m.id from membership m join account a on a.id = m.account_id
      where m.role = 'ADMIN' and a.deactivated_at is null and a.id <> ? for update of m, a`,
    [leavingAccountId],
  );
  if (others.length === 0) throw new Conflict('Tiru needs at least one active administrator: appoint another first.', 'accountId');
}

function isAdministrator(target: Target): boolean {
  return target.scopes.some((scope) => scope.role === 'ADMIN');
}

/** Ends an account's sessions at once and refuses its sign-ins until it is reactivated. */
export async function deactivateAccount(em: EntityManager, viewer: Viewer | null, accountId: string): Promise<ManagedAccount> {
  await em.transactional(async (tx) => {
    const target = await lockTarget(tx, accountId);
    assertCanManageAccount(viewer, { accountId, memberships: target.scopes });
    if (target.account.deactivatedAt) return;
    if (isAdministrator(target)) await assertAnotherAdministratorRemains(tx, accountId);
    target.account.deactivatedAt = new Date();
    const sessionsEnded = await tx.nativeDelete(Session, { account: accountId });
    recordAudit(tx, { actor: viewer, entityType: 'Account', entityId: accountId, action: 'DEACTIVATED', changedFields: ['deactivatedAt'], details: { sessionsEnded } });
  });
  return findManagedAccount(em, viewer, accountId);
}

export async function reactivateAccount(em: EntityManager, viewer: Viewer | null, accountId: string): Promise<ManagedAccount> {
  await em.transactional(async (tx) => {
    const target = await lockTarget(tx, accountId);
    assertCanManageAccount(viewer, { accountId, memberships: target.scopes });
    if (!target.account.deactivatedAt) return;
    target.account.deactivatedAt = null;
    recordAudit(tx, { actor: viewer, entityType: 'Account', entityId: accountId, action: 'REACTIVATED', changedFields: ['deactivatedAt'] });
  });
  return findManagedAccount(em, viewer, accountId);
}

function sameScope(a: MembershipInput, b: MembershipInput): boolean {
  const covered = (scope: MembershipInput) => [...scope.coveredRegencyCodes].sort().join(',');
  return a.role === b.role && a.regencyCode === b.regencyCode && a.agencyId === b.agencyId && covered(a) === covered(b);
}

/** Grants a role to an account the viewer manages (an admin: any account), under the rule invitations follow. */
export async function grantMembership(em: EntityManager, viewer: Viewer | null, accountId: string, scope: MembershipInput): Promise<ManagedAccount> {
  // Someone who may not see the account is told no more than that it is not theirs to find.
  await findManagedAccount(em, viewer, accountId);
  assertCanManageMembership(viewer, scope);
  await assertScopeExists(em, scope);
  await em.transactional(async (tx) => {
    const target = await lockTarget(tx, accountId);
    if (target.scopes.some((held) => sameScope(held, scope))) throw new Conflict('The account already holds this role.', 'role');
    const granted = addMembership(tx, target.account, scope);
    recordAudit(tx, { actor: viewer, entityType: 'Account', entityId: accountId, action: 'MEMBERSHIP_GRANTED', details: { ...scope, membershipId: granted.id } });
  });
  return findManagedAccount(em, viewer, accountId);
}

/** Withdraws a role; the holder's next request is judged without it (the viewer is read afresh on every request). */
export async function withdrawMembership(em: EntityManager, viewer: Viewer | null, membershipId: string): Promise<void> {
  assertApiId(membershipId, 'membershipId');
  requireViewer(viewer);
  await em.transactional(async (tx) => {
    const membership = await tx.findOne(Membership, { id: membershipId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!membership) throw new NotFound('Membership', membershipId, 'membershipId');
    const scope = membershipScopeOf(membership);
    assertCanManageMembership(viewer, scope);
    if (scope.role === 'ADMIN') await assertAnotherAdministratorRemains(tx, membership.account.id);
    tx.remove(membership);
    recordAudit(tx, { actor: viewer, entityType: 'Account', entityId: membership.account.id, action: 'MEMBERSHIP_WITHDRAWN', details: { ...scope, membershipId } });
  });
}

/** Withdraws an invitation not yet accepted: its link stops working at once. */
export async function revokeInvitation(em: EntityManager, viewer: Viewer | null, invitationId: string): Promise<void> {
  assertApiId(invitationId, 'invitationId');
  requireViewer(viewer);
  await em.transactional(async (tx) => {
    const invitation = await tx.findOne(Invitation, { id: invitationId, acceptedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!invitation) throw new NotFound('Invitation', invitationId, 'invitationId');
    const scope = { role: invitation.role, regencyCode: invitation.regency?.code ?? null, agencyId: invitation.agency?.id ?? null, coveredRegencyCodes: invitation.coveredRegencyCodes };
    assertCanRevokeInvitation(viewer, { ...scope, invitedByAccountId: invitation.invitedBy?.id ?? null });
    tx.remove(invitation);
    recordAudit(tx, { actor: viewer, entityType: 'Invitation', entityId: invitationId, action: 'REVOKED', details: scope });
  });
}
