import { type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Account, accountDirectoryScopeOf, requireViewer, type AllowedInvitation, canManageAccount, canManageMembership, Membership, type MembershipInput } from '../accounts';
import { type Viewer } from '../core';
import { InvalidInput, NotFound } from '../errors';

const MAX_PAGE_SIZE = 100;
const MAX_SEARCH_LENGTH = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are the API's own uuids; anything else is refused before it reaches a query (and never quoted back). */
export function assertApiId(value: string, field: string): void {
  if (!UUID.test(value)) throw new InvalidInput(field, 'This is not an id the API gave out.');
}

export function encodeAccountCursor(email: string): string {
  return Buffer.from(`account:${email}`).toString('base64url');
}

function decodeAccountCursor(cursor: string): string {
  const match = /^account:(.{1,254})$/s.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) throw new InvalidInput('after', 'This cursor is not one the API gave out.');
  return match[1];
}

export function membershipScopeOf(membership: Membership): MembershipInput {
  return {
    role: membership.role,
    regencyCode: membership.regency?.code ?? null,
    agencyId: membership.agency?.id ?? null,
    coveredRegencyCodes: membership.coveredRegencyCodes,
  };
}

export type ManagedMembership = MembershipInput & { id: string; viewerCanWithdraw: boolean };

export type ManagedAccount = {
  id: string;
  email: string;
  displayName: string;
  createdAt: Date;
  deactivatedAt: Date | null;
  memberships: ManagedMembership[];
  /** Whether the viewer may deactivate it and see and end its sessions. */
  viewerCanManage: boolean;
};

function managedAccountOf(viewer: Viewer | null, account: Account, memberships: Membership[]): ManagedAccount {
  const scopes = memberships.map((membership) => ({ membership, scope: membershipScopeOf(membership) }));
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    createdAt: account.createdAt,
    deactivatedAt: account.deactivatedAt ?? null,
    memberships: scopes.map(({ membership, scope }) => ({ ...scope, id: membership.id, viewerCanWithdraw: canManageMembership(viewer, scope) })),
    viewerCanManage: canManageAccount(viewer, { accountId: account.id, memberships: scopes.map(({ scope }) => scope) }),
  };
}

/** A membership the viewer could grant, as a filter: a delegate's office is the granter's to name, so any agency. */
function membershipFilterOf(allowed: AllowedInvitation): FilterQuery<Membership> {
  if (allowed.role === 'DELEGATE') return { role: allowed.role, regency: allowed.regencyCode };
  return { role: allowed.role, regency: allowed.regencyCode, agency: allowed.agencyId };
}

function searchFilterOf(search: string): FilterQuery<Account> {
  if (search.length > MAX_SEARCH_LENGTH) throw new InvalidInput('search', `Search with at most ${MAX_SEARCH_LENGTH} characters.`);
  const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return { $or: [{ email: { $ilike: pattern } }, { displayName: { $ilike: pattern } }] };
}

/** What a non-admin's directory holds: their own account, and those holding a membership they could grant. */
function reachFilterOf(viewer: Viewer, scope: AllowedInvitation[]): FilterQuery<Account> {
  return { $or: [{ id: viewer.accountId }, { memberships: { $or: scope.map(membershipFilterOf) } }] };
}

/** The accounts a viewer may see (an admin: all), in the order of their e-mail addresses, a keyset page at a time. */
export async function listAccounts(
  em: EntityManager,
  viewer: Viewer | null,
  options: { first: number; after?: string | null; search?: string | null },
): Promise<{ accounts: ManagedAccount[]; hasNextPage: boolean }> {
  const scope = accountDirectoryScopeOf(viewer);
  if (options.first < 1 || options.first > MAX_PAGE_SIZE) throw new InvalidInput('first', `Ask for between 1 and ${MAX_PAGE_SIZE} accounts at a time.`);
  const conditions: FilterQuery<Account>[] = [];
  if (scope) conditions.push(reachFilterOf(requireViewer(viewer), scope));
  const search = options.search?.trim();
  if (search) conditions.push(searchFilterOf(search));
  if (options.after) conditions.push({ email: { $gt: decodeAccountCursor(options.after) } });
  const accounts = await em.find(Account, { $and: conditions }, { orderBy: { email: 'asc' }, limit: options.first + 1 });
  const page = accounts.slice(0, options.first);
  const memberships = await em.find(Membership, { account: page.map((account) => account.id) }, { orderBy: { role: 'asc', id: 'asc' } });
  return {
    accounts: page.map((account) => managedAccountOf(viewer, account, memberships.filter((membership) => membership.account.id === account.id))),
    hasNextPage: accounts.length > options.first,
  };
}

/** One account as the directory shows it; an account outside the viewer's reach is as unknown as one that does not exist. */
export async function findManagedAccount(em: EntityManager, viewer: Viewer | null, accountId: string): Promise<ManagedAccount> {
  const scope = accountDirectoryScopeOf(viewer);
  assertApiId(accountId, 'accountId');
  const account = await em.findOne(Account, { $and: [{ id: accountId }, ...(scope ? [reachFilterOf(requireViewer(viewer), scope)] : [])] });
  if (!account) throw new NotFound('Account', accountId, 'accountId');
  const memberships = await em.find(Membership, { account: account.id }, { orderBy: { role: 'asc', id: 'asc' } });
  return managedAccountOf(viewer, account, memberships);
}
