import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../core';
import { AcceptInvitationInput, CapabilitiesGql, InvitationChoicesGql, InvitationGql, InviteInput, PendingInvitationGql, ViewerGql } from './account.types';
import { capabilitiesOf, invitationChoicesOf } from './authorization';
import { acceptInvitation, invite, pendingInvitations, signIn, signOut, type SignedIn } from './accounts.service';
import { type Viewer } from '../core';

@Resolver()
export class AccountsResolver {
  @Query(() => ViewerGql, { nullable: true, description: 'Who is signed in, or null.' })
  me(@Ctx() { viewer }: RequestContext) {
    return viewer();
  }

  @Query(() => [PendingInvitationGql], {
    description: 'Invitations not accepted yet and still valid, newest first: those you sent (all of them for admins).',
  })
  async pendingInvitations(@Ctx() { em, viewer }: RequestContext) {
    return pendingInvitations(em, await viewer());
  }

  @Mutation(() => ViewerGql, { description: 'Sign in; sets an HttpOnly session cookie.' })
  async signIn(
    @Ctx() context: RequestContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ) {
    return startSession(context, await signIn(context.em, email, password));
  }

  @Mutation(() => Boolean, { description: 'End this session.' })
  async signOut(@Ctx() context: RequestContext) {
    await signOut(context.em, context.sessionToken);
    context.clearSessionCookie();
    return true;
  }

  @Mutation(() => InvitationGql, { description: 'Invite someone to a role. Accounts exist only by invitation.' })
  async invite(@Ctx() { em, viewer, webOrigin }: RequestContext, @Arg('input', () => InviteInput) input: InviteInput) {
    const issued = await invite(
      em,
      await viewer(),
      { email: input.email, role: input.role, regencyCode: input.regencyCode ?? null, agencyId: input.agencyId ?? null, coveredRegencyCodes: input.coveredRegencyCodes ?? [] },
      webOrigin,
    );
    return { email: issued.email, expiresAt: issued.expiresAt, acceptUrl: `${webOrigin}/invitations/${issued.token}` };
  }

  @Mutation(() => ViewerGql, { description: 'Accept an invitation: creates the account (or adds the role) and signs in.' })
  async acceptInvitation(@Ctx() context: RequestContext, @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput) {
    return startSession(context, await acceptInvitation(context.em, input));
  }
}

function startSession(context: RequestContext, signedIn: SignedIn) {
  context.setSessionCookie(signedIn.sessionToken, signedIn.expiresAt);
  return signedIn.viewer;
}

@Resolver(() => ViewerGql)
export class ViewerResolver {
  @FieldResolver(() => InvitationChoicesGql, { nullable: true, description: 'Whom and where you may invite; null when nobody.' })
  invitationChoices(@Root() viewer: Viewer) {
    return invitationChoicesOf(viewer);
  }

  @FieldResolver(() => CapabilitiesGql, { description: 'What your roles open: the workspace sections and requests the web offers you.' })
  capabilities(@Root() viewer: Viewer) {
    return capabilitiesOf(viewer);
  }
}
