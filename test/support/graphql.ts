/** One GraphQL answer as a client sees it: the HTTP status and the headers the tests read, with the body. */
export interface GraphqlAnswer<Data> {
  status: number;
  retryAfter: string | null;
  /** The session cookie (`name=value`) when the answer sets one. */
  cookie: string | null;
  data?: Data;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one operation to the API; `headers` carry the cookie and, for a client address of its own, X-Forwarded-For. */
export async function postGraphql<Data>(
  apiUrl: string,
  query: string,
  variables: object = {},
  headers: Record<string, string> = {}
): Promise<GraphqlAnswer<Data>> {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Pick<GraphqlAnswer<Data>, 'data' | 'errors'>;
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? null;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), cookie, ...body };
}

export const codeOf = (answer: GraphqlAnswer<unknown>) => answer.errors?.[0]?.extensions?.code ?? 'OK';

/**
 * Headers of a client at `address` (the API trusts loopback's X-Forwarded-For), so each test's sign-in and mutation
 * budgets are its own, and of its session when `cookie` is given.
 */
export const from = (address: string, cookie?: string): Record<string, string> => ({
  'x-forwarded-for': address,
  ...(cookie ? { cookie } : {}),
});
