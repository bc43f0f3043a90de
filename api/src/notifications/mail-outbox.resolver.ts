import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext } from '../core';
import { listMailOutbox, type OutboxMailState, OutboxMailStateEnum, OutboxMailGql, resendOutboxMail } from './mail-outbox';
import { type MailRenderer } from './mail-templates';

/** The admins' `mailOutbox` query, rendering with every feature's templates (the composition root passes them). */
export function mailOutboxResolver(renderMail: MailRenderer) {
  @Resolver()
  class MailOutboxResolver {
    @Query(() => [OutboxMailGql], { description: 'Admins: queued e-mail, newest first (all of it, only what is not sent yet, or one state), paged by `before`.' })
    async mailOutbox(
      @Ctx() { em, viewer }: RequestContext,
      @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
      @Arg('pendingOnly', () => Boolean, { defaultValue: false }) pendingOnly = false,
      @Arg('state', () => OutboxMailStateEnum, { nullable: true }) state: OutboxMailState | null = null,
      @Arg('before', () => ID, { nullable: true, description: 'The id of the last message of the previous page.' }) before: string | null = null,
    ) {
      return listMailOutbox(em, await viewer(), { first, pendingOnly, state, before, renderMail });
    }

    @Mutation(() => OutboxMailGql, { description: 'Admins: send an e-mail of the outbox again now (a sent one once more; a waiting or failing one at once). Audited.' })
    async resendOutboxMail(@Ctx() { em, viewer }: RequestContext, @Arg('id', () => ID) id: string) {
      return resendOutboxMail(em, await viewer(), id, renderMail);
    }
  }
  return MailOutboxResolver;
}
