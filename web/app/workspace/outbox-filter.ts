/** The outbox page's address: a state filter and the page's start, as links and forms write them. */
export const outboxStates = ['WAITING', 'RETRYING', 'SENT'] as const;
export type OutboxState = (typeof outboxStates)[number];

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

