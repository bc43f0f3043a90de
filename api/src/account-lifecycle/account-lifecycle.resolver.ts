import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../core';
import { encodeAccountCursor, findManagedAccount, listAccounts, type ManagedAccount } from './account-directory.service';
import { deactivateAccount, grantMembership, reactivateAccount, revokeInvitation, withdrawMembership } from './account-lifecycle.service';
import { AccountSessionGql, GrantMembershipInput, ManagedAccountConnectionGql, ManagedAccountGql } from './account-lifecycle.types';
import { endSession, endSessionsOf, sessionsOf } from './sessions.service';

@Resolver(() => ManagedAccountGql)
export class AccountLifecycleResolver {
  @Query(() => ManagedAccountConnectionGql, {
    description: 'Accounts by e-mail address: every one for an admin, else your own and those holding a role you could grant.',
  })
  async accounts(
    @Ctx() { em, viewer }: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the e-mail address or name.' }) search: string | null,
  ): Promise<ManagedAccountConnectionGql> {
    const page = await listAccounts(em, await viewer(), { first, after, search });
    const edges = page.accounts.map((account) => ({ cursor: encodeAccountCursor(account.email), node: account }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Query(() => ManagedAccountGql, { description: 'One account of the directory.' })
  async account(@Ctx() { em, viewer }: RequestContext, @Arg('id', () => ID) id: string) {
    return findManagedAccount(em, await viewer(), id);
  }

  @FieldResolver(() => [AccountSessionGql], { description: 'Its open sessions, newest first; for those who manage it.' })
  async sessions(@Ctx() { em, viewer, sessionToken }: RequestContext, @Root() account: ManagedAccount) {
    return sessionsOf(em, await viewer(), account.id, sessionToken);
  }

  @Query(() => [AccountSessionGql], { description: 'Your open sessions, newest first.' })
  async mySessions(@Ctx() { em, viewer, sessionToken }: RequestContext) {
    const signedIn = await viewer();
    return sessionsOf(em, signedIn, signedIn?.accountId ?? '', sessionToken);
  }

  @Mutation(() => ManagedAccountGql, { description: 'Ends the account\'s sessions at once and refuses its sign-ins until reactivated.' })
  async deactivateAccount(@Ctx() { em, viewer }: RequestContext, @Arg('accountId', () => ID) accountId: string) {
    return deactivateAccount(em, await viewer(), accountId);
  }

  @Mutation(() => ManagedAccountGql, { description: 'Lets a deactivated account sign in again.' })
  async reactivateAccount(@Ctx() { em, viewer }: RequestContext, @Arg('accountId', () => ID) accountId: string) {
    return reactivateAccount(em, await viewer(), accountId);
  }

  @Mutation(() => ManagedAccountGql, { description: 'Gives an account a role, under the rules invitations follow.' })
  async grantMembership(@Ctx() { em, viewer }: RequestContext, @Arg('input', () => GrantMembershipInput) input: GrantMembershipInput) {
    return grantMembership(em, await viewer(), input.accountId, {
      role: input.role,
      regencyCode: input.regencyCode ?? null,
      agencyId: input.agencyId ?? null,
      coveredRegencyCodes: input.coveredRegencyCodes ?? [],
    });
  }

  @Mutation(() => Boolean, { description: 'Withdraws a role; its holder\'s next request is judged without it.' })
  async withdrawMembership(@Ctx() { em, viewer }: RequestContext, @Arg('membershipId', () => ID) membershipId: string) {
    await withdrawMembership(em, await viewer(), membershipId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Withdraws an invitation not yet accepted: its link stops working.' })
  async revokeInvitation(@Ctx() { em, viewer }: RequestContext, @Arg('invitationId', () => ID) invitationId: string) {
    await revokeInvitation(em, await viewer(), invitationId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends one session: yours, or one of an account you manage.' })
  async endSession(@Ctx() { em, viewer }: RequestContext, @Arg('sessionId', () => ID) sessionId: string) {
    await endSession(em, await viewer(), sessionId);
    return true;
  }

  @Mutation(() => Int, {
    description: 'Ends every session of an account you manage, or every other session of yours when accountId is yours. Answers how many ended.',
  })
  async endAccountSessions(@Ctx() { em, viewer, sessionToken }: RequestContext, @Arg('accountId', () => ID) accountId: string) {
    return endSessionsOf(em, await viewer(), accountId, sessionToken);
  }
}
