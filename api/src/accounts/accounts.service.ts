import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/core';
import { isEmail } from 'class-validator';
import { Agency } from '../agencies';
import { Conflict, InvalidInput, NotAuthenticated, NotFound } from '../errors';
import { enqueueOutboxEvent, OUTBOX_TOPICS } from '../outbox';
import { Regency } from '../regions';
import { currentRequest, type Role } from '../core';
import { Account, Invitation, Membership, Session } from './account.entities';
import { assertCanInvite, invitationSenderFilter, type InvitationScope } from './authorization';
import { decoyPasswordHash, hashPassword, passwordMatches } from './passwords';
import { type Viewer } from '../core';
import { type InvitationMail } from './invitation-mail';

const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function viewerForSessionToken(em: EntityManager, token: string | undefined, now = new Date()): Promise<Viewer | null> {
  if (!token) return null;
  // A deactivated account's sessions are deleted with the deactivation; the condition also refuses one opened meanwhile.
  const session = await em.findOne(
    Session,
    { tokenHash: tokenHash(token), expiresAt: { $gt: now }, account: { deactivatedAt: null } },
    { populate: ['account'] },
  );
  if (!session) return null;
  return viewerOf(em, session.account.unwrap());
}

export async function viewerOf(em: EntityManager, account: Account): Promise<Viewer> {
  const memberships = await em.find(Membership, { account: account.id });
  return {
    accountId: account.id,
    email: account.email,
    displayName: account.displayName,
    memberships: memberships.map((membership) => ({
      role: membership.role,
      regencyCode: membership.regency?.code ?? null,
      agencyId: membership.agency?.id ?? null,
      coveredRegencyCodes: membership.coveredRegencyCodes,
    })),
  };
}

export type SignedIn = { viewer: Viewer; sessionToken: string; expiresAt: Date };

async function openSession(em: EntityManager, account: Account): Promise<SignedIn> {
  const sessionToken = newToken();
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  em.create(Session, { tokenHash: tokenHash(sessionToken), account, expiresAt, clientAddress: currentRequest()?.clientAddress?.slice(0, 64) ?? null });
  await em.flush();
  return { viewer: await viewerOf(em, account), sessionToken, expiresAt };
}

/** Wrong e-mail and wrong password fail alike, in the same time, so sign-in does not reveal who has an account. */
export async function signIn(em: EntityManager, email: string, password: string): Promise<SignedIn> {
  if (email.length > 254 || password.length > MAX_PASSWORD_LENGTH) throw new NotAuthenticated('The e-mail or password is not right.');
  const account = await em.findOne(Account, { email: normaliseEmail(email) }, { populate: ['passwordHash'] });
  const matches = await passwordMatches(account?.passwordHash ?? (await decoyPasswordHash()), password);
  // A deactivated account is told apart from no account by nobody: the same answer, after the same work.
  if (!account || !matches || account.deactivatedAt) throw new NotAuthenticated('The e-mail or password is not right.');
  return openSession(em, account);
}

export async function signOut(em: EntityManager, token: string | undefined): Promise<void> {
  if (!token) return;
  await em.nativeDelete(Session, { tokenHash: tokenHash(token) });
}

function assertPasswordStrongEnough(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidInput('password', `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
}

export type MembershipInput = InvitationScope;

export async function assertScopeExists(em: EntityManager, scope: MembershipInput): Promise<void> {
  if (scope.regencyCode && !(await em.count(Regency, { code: scope.regencyCode }))) {
    throw new NotFound('Regency', scope.regencyCode, 'regencyCode');
  }
  if (scope.agencyId && !(await em.count(Agency, { id: scope.agencyId }))) {
    throw new NotFound('Agency', scope.agencyId, 'agencyId');
  }
  for (const code of scope.coveredRegencyCodes) {
    if (!(await em.count(Regency, { code }))) throw new NotFound('Regency', code, 'coveredRegencyCodes');
  }
  const needsScope: Role[] = ['HOST_EDITOR', 'COORDINATOR', 'DELEGATE'];
  if (needsScope.includes(scope.role) && !scope.regencyCode && !scope.agencyId) {
    throw new InvalidInput('regencyCode', `A ${scope.role.toLowerCase().replace('_', ' ')} must belong to a regency or an agency.`);
  }
}

export function addMembership(em: EntityManager, account: Account, scope: MembershipInput): Membership {
  return em.create(Membership, {
    account,
    role: scope.role,
    regency: scope.regencyCode,
    agency: scope.agencyId,
    coveredRegencyCodes: scope.coveredRegencyCodes,
  });
}

export async function createAccount(
  em: EntityManager,
  input: { email: string; displayName: string; password: string; memberships: MembershipInput[] },
): Promise<Account> {
  assertPasswordStrongEnough(input.password);
  const email = normaliseEmail(input.email);
  if (await em.count(Account, { email })) throw new Conflict('An account with this e-mail already exists.', 'email');
  for (const scope of input.memberships) await assertScopeExists(em, scope);
  const account = em.create(Account, { email, displayName: input.displayName.trim(), passwordHash: await hashPassword(input.password) });
  for (const scope of input.memberships) addMembership(em, account, scope);
  await em.flush();
  return account;
}

const ADMINISTRATION: MembershipInput = { role: 'ADMIN', regencyCode: null, agencyId: null, coveredRegencyCodes: [] };

export type AdministratorOutcome = 'created' | 'granted' | 'unchanged';

/**
 * The first administrator of a deployment (`npm run create-admin`), and any later one: idempotent. An existing
 * account gains the ADMIN role and keeps its password; a new one is created with the given password.
 */
export async function ensureAdministrator(
  em: EntityManager,
  input: { email: string; displayName: string; password: string },
): Promise<AdministratorOutcome> {
  const email = normaliseEmail(input.email);
  if (!isEmail(email)) throw new InvalidInput('email', `"${input.email}" is not an e-mail address.`);
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(Account, { email });
    if (!existing) {
      await createAccount(tx, { ...input, email, memberships: [ADMINISTRATION] });
      return 'created';
    }
    if (await tx.count(Membership, { account: existing.id, role: 'ADMIN' })) return 'unchanged';
    addMembership(tx, existing, ADMINISTRATION);
    await tx.flush();
    return 'granted';
  });
}

export type IssuedInvitation = { token: string; email: string; expiresAt: Date };

export async function invite(
  em: EntityManager,
  viewer: Viewer | null,
  input: { email: string } & MembershipInput,
  acceptUrlBase: string,
): Promise<IssuedInvitation> {
  assertCanInvite(viewer, input);
  await assertScopeExists(em, input);
  const email = normaliseEmail(input.email);
  const token = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
  em.create(Invitation, {
    tokenHash: tokenHash(token),
    email,
    role: input.role,
    regency: input.regencyCode,
    agency: input.agencyId,
    coveredRegencyCodes: input.coveredRegencyCodes,
    invitedBy: viewer?.accountId,
    expiresAt,
  });
  const mail: InvitationMail = { template: 'invitation', to: email, role: input.role, acceptUrl: `${acceptUrlBase}/invitations/${token}` };
  enqueueOutboxEvent(em, OUTBOX_TOPICS.mail, email, mail);
  await em.flush();
  return { token, email, expiresAt };
}

const MAX_PENDING_LISTED = 100;

export type PendingInvitation = { id: string; email: string; expiresAt: Date } & InvitationScope;

/** Invitations not yet accepted and still valid, newest first: the ones the viewer sent, or all for an admin. */
export async function pendingInvitations(em: EntityManager, viewer: Viewer | null, now = new Date()): Promise<PendingInvitation[]> {
  const sender = invitationSenderFilter(viewer);
  const invitations = await em.find(
    Invitation,
    { acceptedAt: null, expiresAt: { $gt: now }, ...(sender ? { invitedBy: sender } : {}) },
    { orderBy: { createdAt: 'DESC' }, limit: MAX_PENDING_LISTED },
  );
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    regencyCode: invitation.regency?.code ?? null,
    agencyId: invitation.agency?.id ?? null,
    coveredRegencyCodes: invitation.coveredRegencyCodes,
    expiresAt: invitation.expiresAt,
  }));
}

export async function acceptInvitation(
  em: EntityManager,
  input: { token: string; displayName: string; password: string },
): Promise<SignedIn> {
  const invitation = await em.findOne(Invitation, { tokenHash: tokenHash(input.token), acceptedAt: null, expiresAt: { $gt: new Date() } });
  if (!invitation) throw new InvalidInput('token', 'This invitation is unknown, used or expired. Ask for a new one.');
  assertPasswordStrongEnough(input.password);
  const scope: MembershipInput = {
    role: invitation.role,
    regencyCode: invitation.regency?.code ?? null,
    agencyId: invitation.agency?.id ?? null,
    coveredRegencyCodes: invitation.coveredRegencyCodes,
  };
  let account = await em.findOne(Account, { email: invitation.email });
  if (account?.deactivatedAt) throw new InvalidInput('token', 'This invitation is unknown, used or expired. Ask for a new one.');
  if (account) {
    const matches = await passwordMatches((await em.findOneOrFail(Account, account.id, { populate: ['passwordHash'] })).passwordHash, input.password);
    if (!matches) throw new InvalidInput('password', 'An account with this e-mail exists: enter its password to add the new role.');
  } else {
    account = em.create(Account, {
      email: invitation.email,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
    });
  }
  addMembership(em, account, scope);
  invitation.acceptedAt = new Date();
  return openSession(em, account);
}
