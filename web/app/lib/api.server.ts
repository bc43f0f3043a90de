import { print } from '@0no-co/graphql.web';
import { redirect } from '@remix-run/node';
import { type TadaDocumentNode } from 'gql.tada';
import { pathInAppOf } from '../i18n/language-path';
import { logger } from './logger.server';

/**
 * The error codes the API puts in `extensions.code` (domain errors, and the refusals of api/src/errors/refusals.ts); anything
 * else is reported as INTERNAL.
 */
/** Refusals of a request's shape (the API's query limits): only asking for less at once helps. */
export const requestShapeCodes = [
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_TOKENS',
  'BATCH_TOO_LARGE',
  'BAD_REQUEST',
] as const;
type RequestShapeCode = (typeof requestShapeCodes)[number];

export const apiErrorCodes = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  'TOO_MANY_FAILED_SIGN_INS',
  'PAYLOAD_TOO_LARGE',
  'REQUEST_TIMEOUT',
  ...requestShapeCodes,
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export function isRequestShapeCode(code: ApiErrorCode): code is RequestShapeCode {
  return (requestShapeCodes as readonly ApiErrorCode[]).includes(code);
}

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** The input field a BAD_USER_INPUT error is about (`extensions.field`), e.g. `participantCount`. */
  field?: string;
  /** Further facts the API puts in `extensions`, e.g. `actualVersion` on a stale-version CONFLICT. */
  details?: Record<string, unknown>;
}

export type ApiResult<Data> =
  | { ok: true; data: Data; headers: Headers }
  | { ok: false; errors: ApiError[]; fieldErrors: Partial<Record<string, string>>; headers: Headers };

/** Documents whose variables are all optional may be sent without them. */
type VariablesArgument<Variables> = Partial<Variables> extends Variables
  ? [variables?: Variables]
  : [variables: Variables];

interface GraphQLResponseBody {
  data?: unknown;
  errors?: { message?: unknown; extensions?: { code?: unknown; field?: unknown; [detail: string]: unknown } }[];
}

const requestTimeoutMs = 15_000;

function apiUrl(): string {
  return process.env.API_URL ?? 'http://localhost:4000/graphql';
}

/** Why the API did not answer, in one line: while `npm start` brings the API up, this is logged for every page asked. */
export function unavailableReason(reason: unknown): string {
  if (!(reason instanceof Error)) return String(reason);
  const cause = reason.cause;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : null;
  return code ? `${reason.message} (${code})` : reason.message;
}

// The error page says the service is starting or away for a moment; Retry-After tells clients when to ask again.
const API_RETRY_AFTER_SECONDS = '5';

function apiUnavailable(reason: unknown): Response {
  logger.error({ reason: unavailableReason(reason) }, 'GraphQL API unavailable');
  return new Response(null, { status: 503, statusText: 'API unavailable', headers: { 'Retry-After': API_RETRY_AFTER_SECONDS } });
}

function toApiError(error: NonNullable<GraphQLResponseBody['errors']>[number]): ApiError {
  const { code: rawCode, field, ...details } = error.extensions ?? {};
  const code = apiErrorCodes.find((known) => known === rawCode) ?? 'INTERNAL';
  const message = typeof error.message === 'string' ? error.message : code;
  return {
    code,
    message,
    ...(typeof field === 'string' ? { field } : {}),
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}

function fieldErrorsOf(errors: ApiError[]): Partial<Record<string, string>> {
  const fieldErrors: Partial<Record<string, string>> = {};
  for (const error of errors) {
    if (error.code === 'BAD_USER_INPUT' && error.field && !fieldErrors[error.field])
      fieldErrors[error.field] = error.message;
  }
  return fieldErrors;
}

/**
 * What travels from the browser's request to the API: its cookies (the session) and the X-Forwarded-For chain the
 * web server recorded (see client-address.server.ts), so the API's rate limits count this browser, not the web server;
 * the request id and W3C trace context the web server gave the request (web/server/request-observation.ts), so the
 * API's log lines and spans join the page's.
 */
function headersForApi(request: Request, init: Record<string, string> = {}): Headers {
  const headers = new Headers(init);
  for (const name of ['Cookie', 'X-Forwarded-For', 'X-Request-Id', 'traceparent', 'tracestate']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
}

/** Only the API's cookies (the session) travel back to the browser; its other headers stay between the servers. */
function cookiesToPassBack(response: Response): Headers {
  const headers = new Headers();
  for (const cookie of response.headers.getSetCookie()) headers.append('Set-Cookie', cookie);
  return headers;
}

async function parseBody(response: Response): Promise<GraphQLResponseBody | null> {
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? body : null;
  } catch {
    return null;
  }
}

/**
 * Sends one operation to the API on behalf of the browser request: its cookies and client address go along, and the
 * API's Set-Cookie headers come back in `headers` for the route to return (sign-in, sign-out). GraphQL errors come
 * back as a typed result; an unreachable API throws a 503 Response for the error boundary.
 */
export async function graphqlRequest<Data, Variables>(
  request: Request,
  document: TadaDocumentNode<Data, Variables>,
  ...[variables]: VariablesArgument<Variables>
): Promise<ApiResult<Data>> {
  const headers = headersForApi(request, { 'Content-Type': 'application/json', Accept: 'application/json' });
  let response: Response;
  try {
    response = await fetch(apiUrl(), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(requestTimeoutMs)]),
    });
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw apiUnavailable(error);
  }

  const body = await parseBody(response);
  if (!body || (body.data === undefined && !Array.isArray(body.errors))) {
    throw apiUnavailable(`HTTP ${response.status} without a GraphQL body`);
  }
  const passBack = cookiesToPassBack(response);
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const errors = body.errors.map(toApiError);
    return { ok: false, errors, fieldErrors: fieldErrorsOf(errors), headers: passBack };
  }
  return { ok: true, data: body.data as Data, headers: passBack };
}

/**
 * Fetches a plain HTTP resource of the API (not GraphQL) for the browser request, its cookies going along — e.g.
 * a visit's `.ics` file. An unreachable API throws a 503 Response like `graphqlRequest`.
 */
export async function apiResource(request: Request, path: string): Promise<Response> {
  const headers = headersForApi(request);
  try {
    return await fetch(new URL(path, apiUrl()), {
      headers,
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(requestTimeoutMs)]),
    });
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw apiUnavailable(error);
  }
}

const statusForCode: Record<Exclude<ApiErrorCode, RequestShapeCode>, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
  TOO_MANY_FAILED_SIGN_INS: 429,
  PAYLOAD_TOO_LARGE: 413,
  REQUEST_TIMEOUT: 503,
  INTERNAL: 500,
};

/** The HTTP status that fits the first of the API's errors, for a page or a refused form. */
export function statusForApiErrors(errors: readonly ApiError[]): number {
  const code = errors[0]?.code ?? 'INTERNAL';
  return isRequestShapeCode(code) ? 400 : statusForCode[code];
}

/** The address of the sign-in page that brings the visitor back to where they were. */
export function signInHref(request: Request): string {
  return `/sign-in?redirectTo=${encodeURIComponent(pathInAppOf(request))}`;
}

/**
 * For loaders, where an error means the page cannot be shown: returns the data, or throws a redirect to sign-in
 * (UNAUTHENTICATED, coming back here afterwards) or a Response with the matching status for the error boundary.
 */
export function requireData<Data>(request: Request, result: ApiResult<Data>): Data {
  if (result.ok) return result.data;
  const [first] = result.errors;
  const code = first?.code ?? 'INTERNAL';
  if (code === 'UNAUTHENTICATED') throw redirect(signInHref(request), { headers: result.headers });
  if (code === 'INTERNAL') logger.error({ codes: result.errors.map((error) => error.code) }, 'GraphQL API error');
  throw new Response(null, { status: statusForApiErrors(result.errors), headers: result.headers });
}
