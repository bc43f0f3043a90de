import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';
import { type OutboxFilter } from './outbox-filter';

export const outboxPageSize = 25;

const mailOutboxQuery = graphql(`
  query MailOutbox($first: Int!, $state: OutboxMailState, $before: ID) {
    mailOutbox(first: $first, state: $state, before: $before) {
      id
      to
      subject
      text
      state
      attempts
      lastError
      createdAt
      sentAt
      nextAttemptAt
    }
  }
`);

const resendMutation = graphql(`
  mutation ResendOutboxMail($id: ID!) {
    resendOutboxMail(id: $id) {
      id
      state
    }
  }
`);

export type OutboxMail = ResultOf<typeof mailOutboxQuery>['mailOutbox'][number];
/** One page of the outbox, newest first, and whether older messages follow (asked for one more than shown). */
export async function loadMailOutbox(request: Request, filter: OutboxFilter): Promise<{ mails: OutboxMail[]; olderFrom: string | null }> {
  const result = await graphqlRequest(request, mailOutboxQuery, { first: outboxPageSize + 1, state: filter.state, before: filter.before });
  const { mailOutbox } = requireData(request, result);
  const mails = mailOutbox.slice(0, outboxPageSize);
  return { mails, olderFrom: mailOutbox.length > outboxPageSize ? (mails.at(-1)?.id ?? null) : null };
}

export function resendMail(request: Request, id: string) {
  return graphqlRequest(request, resendMutation, { id });
}
