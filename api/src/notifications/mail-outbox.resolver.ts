import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { type RequestContext } from '../core';
import { listMailOutbox, OutboxMailGql } from './mail-outbox';
import { type MailRenderer } from './mail-templates';

/** The admins' `mailOutbox` query, rendering with every feature's templates (the composition root passes them). */
export function mailOutboxResolver(renderMail: MailRenderer) {
  @Resolver()
  class MailOutboxResolver {
    @Query(() => [OutboxMailGql], { description: 'Admins: queued e-mail, newest first (all of it, or only what is not sent yet).' })
    async mailOutbox(
      @Ctx() { em, viewer }: RequestContext,
      @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
      @Arg('pendingOnly', () => Boolean, { defaultValue: false }) pendingOnly = false,
    ) {
      return listMailOutbox(em, await viewer(), { first, pendingOnly, renderMail });
    }
  }
  return MailOutboxResolver;
}
