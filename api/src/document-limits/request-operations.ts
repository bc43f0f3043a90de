import { type Request } from 'express';

/** The operations a request carries: a JSON body, a batch of them, or the query string of a GET. */
function operationsOf(req: Request): { query?: unknown; variables?: unknown }[] {
  const body: unknown = req.body;
  const operations = (Array.isArray(body) ? body : [body]).filter((item): item is object => Boolean(item) && typeof item === 'object');
  if (req.method === 'GET') {
    const search = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    let variables: unknown;
    try {
      variables = JSON.parse(search.get('variables') ?? 'null');
    } catch {
      variables = undefined;
    }
    operations.push({ query: search.get('query') ?? undefined, variables });
  }
  return operations;
}

/** The GraphQL documents of the request, before anything has parsed them. */
export function documentsOf(req: Request): string[] {
  return operationsOf(req)
    .map((operation) => (operation as { query?: unknown }).query)
    .filter((query): query is string => typeof query === 'string');
}

/** The variables of each operation of the request, as sent. */
export function variablesOf(req: Request): unknown[] {
  return operationsOf(req).map((operation) => (operation as { variables?: unknown }).variables);
}
