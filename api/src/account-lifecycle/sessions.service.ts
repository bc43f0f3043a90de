import { type EntityManager } from '@mikro-orm/core';
import { Account, assertCanManageAccount, Membership, requireViewer, Session, tokenHash } from '../accounts';
import { recordAudit } from '../audit';
import { type Viewer } from '../core';
import { NotFound } from '../errors';
import { assertApiId, membershipScopeOf } from './account-directory.service';

export type SessionSummary = { id: string; createdAt: Date; expiresAt: Date; clientAddress: string | null; current: boolean };

/** A person's own sessions are theirs to see and end; someone else's, only for those who manage that account. */
async function assertMaySeeSessionsOf(em: EntityManager, viewer: Viewer | null, accountId: string): Promise<void> {
  if (requireViewer(viewer).accountId === accountId) return;
  assertApiId(accountId, 'accountId');
  if (!(await em.count(Account, { id: accountId }))) throw new NotFound('Account', accountId, 'accountId');
  const memberships = await em.find(Membership, { account: accountId });
  assertCanManageAccount(viewer, { accountId, memberships: memberships.map(membershipScopeOf) });
}

/** Open sessions, newest first; `current` marks the one the request came with. */
export async function sessionsOf(
  em: EntityManager,
  viewer: Viewer | null,
  accountId: string,
  currentToken: string | undefined,
  now = new Date(),
): Promise<SessionSummary[]> {
  await assertMaySeeSessionsOf(em, viewer, accountId);
  const sessions = await em.find(Session, { account: accountId, expiresAt: { $gt: now } }, { orderBy: { createdAt: 'desc' } });
  const currentHash = currentToken ? tokenHash(currentToken) : null;
  return sessions.map((session) => ({
    id: session.id,
    createdAt: session.createdAt,
    expiresAt: session.expiresAt,
    clientAddress: session.clientAddress ?? null,
    current: session.tokenHash === currentHash,
  }));
}

/** Ends one session; the browser holding it is signed out on its next request. */
export async function endSession(em: EntityManager, viewer: Viewer | null, sessionId: string): Promise<void> {
  assertApiId(sessionId, 'sessionId');
  await em.transactional(async (tx) => {
    const session = await tx.findOne(Session, { id: sessionId });
    if (!session) throw new NotFound('Session', sessionId, 'sessionId');
    const accountId = session.account.id;
    await assertMaySeeSessionsOf(tx, viewer, accountId);
    tx.remove(session);
    recordAudit(tx, { actor: viewer, entityType: 'Account', entityId: accountId, action: 'SESSION_ENDED', details: { sessionId } });
  });
}

/** Ends every session of an account (one's own: every other one, since the request's own is kept). */
export async function endSessionsOf(em: EntityManager, viewer: Viewer | null, accountId: string, currentToken: string | undefined): Promise<number> {
  return em.transactional(async (tx) => {
    await assertMaySeeSessionsOf(tx, viewer, accountId);
    const keep = currentToken ? { tokenHash: { $ne: tokenHash(currentToken) } } : {};
    const ended = await tx.nativeDelete(Session, { account: accountId, ...keep });
    recordAudit(tx, { actor: viewer, entityType: 'Account', entityId: accountId, action: 'SESSIONS_ENDED', details: { sessionsEnded: ended } });
    return ended;
  });
}
