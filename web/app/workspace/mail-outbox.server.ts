import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';

export const outboxPageSize = 25;
export const outboxStates = ['WAITING', 'RETRYING', 'SENT'] as const;
export type OutboxState = (typeof outboxStates)[number];

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
export type OutboxFilter = { state: OutboxState | null; before: string | null };

/** The outbox filter as the address writes it; anything else is read as no filter. */
export function outboxFilterOf(params: URLSearchParams): OutboxFilter {
  const state = params.get('state');
  const before = params.get('before');
  return {
    state: outboxStates.find((candidate) => candidate === state) ?? null,
    before: before && /^\d{1,16}$/.test(before) ? before : null,
  };
}

export function outboxHref(filter: OutboxFilter): string {
  const params = new URLSearchParams();
  if (filter.state) params.set('state', filter.state);
  if (filter.before) params.set('before', filter.before);
  const query = params.toString();
  return query ? `/workspace/outbox?${query}` : '/workspace/outbox';
}

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
