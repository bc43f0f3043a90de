import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../graphql';
import { graphqlRequest, requireData, type ApiResult } from './api.server';
import { logger } from './logger.server';

// A stand-in for the API's HTTP endpoint: the client is tested against real HTTP, with answers chosen per test.
interface Received {
  body: { query: string; variables: unknown };
  cookie: string | undefined;
  forwardedFor: string | undefined;
  requestId: string | undefined;
  traceparent: string | undefined;
}
let received: Received[] = [];
let answer: (res: import('node:http').ServerResponse) => void = () => {};
let server: Server;

async function readJson(req: IncomingMessage): Promise<Received['body']> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Received['body'];
}

function answerJson(body: unknown, headers: Record<string, string | string[]> = {}, status = 200) {
  answer = (res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void readJson(req).then((body) => {
      received.push({
        body,
        cookie: req.headers.cookie,
        forwardedFor: req.headers['x-forwarded-for'] as string | undefined,
        requestId: req.headers['x-request-id'] as string | undefined,
        traceparent: req.headers.traceparent as string | undefined,
      });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterEach(() => {
  received = [];
});

afterAll(async () => {
  delete process.env.API_URL;
  await new Promise((resolve) => server.close(resolve));
});

const typenameQuery = graphql(`
  query Typename {
    __typename
  }
`);

const browserRequest = (cookie?: string, forwardedFor?: string) =>
  new Request('http://tiru.test/visits/new?host=64.74', {
    headers: { ...(cookie ? { Cookie: cookie } : {}), ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}) },
  });

function failure<Data>(result: ApiResult<Data>) {
  if (result.ok) throw new Error('expected a failed result');
  return result;
}

describe('graphqlRequest', () => {
  it('forwards the request id and W3C trace context the web server gave the request, so the API joins its log and trace', async () => {
    answerJson({ data: { __typename: 'Query' } });
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await graphqlRequest(new Request('http://tiru.test/', { headers: { 'X-Request-Id': 'web-42', traceparent } }), typenameQuery);
    expect(received.map(({ requestId, traceparent: forwarded }) => ({ requestId, traceparent: forwarded }))).toEqual([{ requestId: 'web-42', traceparent }]);
  });

  it('posts the printed document with the browser cookies and returns the data', async () => {
    answerJson({ data: { __typename: 'Query' } });
    const result = await graphqlRequest(browserRequest('tiru_session=abc; tiru_lng=en'), typenameQuery);
    expect(result).toMatchObject({ ok: true, data: { __typename: 'Query' } });
    expect(received).toHaveLength(1);
    expect(received[0]?.cookie).toBe('tiru_session=abc; tiru_lng=en');
    expect(received[0]?.body.query).toContain('query Typename');
    expect(received[0]?.body.variables).toEqual({});
  });

  it('passes the browser’s address on as X-Forwarded-For, for the API’s rate limits', async () => {
    answerJson({ data: { __typename: 'Query' } });
    await graphqlRequest(browserRequest(undefined, '203.0.113.7'), typenameQuery);
    await graphqlRequest(browserRequest(), typenameQuery);
    expect(received.map((request) => request.forwardedFor)).toEqual(['203.0.113.7', undefined]);
  });

  it('passes back every Set-Cookie of the API so sign-in and sign-out reach the browser', async () => {
    answerJson({ data: { __typename: 'Query' } }, { 'Set-Cookie': ['tiru_session=new; HttpOnly', 'other=1'] });
    const result = await graphqlRequest(browserRequest(), typenameQuery);
    expect(result.headers.getSetCookie()).toEqual(['tiru_session=new; HttpOnly', 'other=1']);
  });

  it('maps BAD_USER_INPUT errors to messages per field', async () => {
    answerJson({
      data: null,
      errors: [
        { message: 'Must be at least 1', extensions: { code: 'BAD_USER_INPUT', field: 'participantCount' } },
        {
          message: 'Second message for the same field',
          extensions: { code: 'BAD_USER_INPUT', field: 'participantCount' },
        },
        { message: 'Ends before it starts', extensions: { code: 'BAD_USER_INPUT', field: 'endDate' } },
      ],
    });
    const result = failure(await graphqlRequest(browserRequest(), typenameQuery));
    expect(result.fieldErrors).toEqual({ participantCount: 'Must be at least 1', endDate: 'Ends before it starts' });
    expect(result.errors[0]).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Must be at least 1',
      field: 'participantCount',
    });
  });

  it('keeps the other extensions as details', async () => {
    answerJson({
      data: null,
      errors: [
        {
          message: 'Changed by someone else',
          extensions: { code: 'CONFLICT', field: 'version', expectedVersion: 3, actualVersion: 4 },
        },
      ],
    });
    const result = failure(await graphqlRequest(browserRequest(), typenameQuery));
    expect(result.errors[0]).toEqual({
      code: 'CONFLICT',
      message: 'Changed by someone else',
      field: 'version',
      details: { expectedVersion: 3, actualVersion: 4 },
    });
  });

  it('keeps the API’s wait before retrying a throttled request', async () => {
    answerJson({
      errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }],
    });
    const result = failure(await graphqlRequest(browserRequest(), typenameQuery));
    expect(result.errors[0]).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 30 } });
  });

  it('keeps known codes and reports unknown ones as INTERNAL, also on HTTP error statuses', async () => {
    answerJson(
      {
        errors: [
          { message: 'Over capacity', extensions: { code: 'CONFLICT' } },
          { message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        ],
      },
      {},
      400
    );
    const result = failure(await graphqlRequest(browserRequest(), typenameQuery));
    expect(result.errors.map((error) => error.code)).toEqual(['CONFLICT', 'INTERNAL']);
    expect(result.fieldErrors).toEqual({});
  });

  it('throws a 503 Response when the API answers without a GraphQL body', async () => {
    answer = (res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<h1>Bad gateway</h1>');
    };
    await expect(graphqlRequest(browserRequest(), typenameQuery)).rejects.toMatchObject({ status: 503 });
  });

  it('throws a 503 Response with Retry-After when the API cannot be reached (yet), logging one line without a stack', async () => {
    const reachable = process.env.API_URL;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    process.env.API_URL = `http://127.0.0.1:${port}/graphql`;
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => {});
    try {
      const refusal = await graphqlRequest(browserRequest(), typenameQuery).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(Response);
      expect((refusal as Response).status).toBe(503);
      expect((refusal as Response).headers.get('Retry-After')).toBe('5');
      expect(logged.mock.calls).toEqual([[{ reason: 'fetch failed (ECONNREFUSED)' }, 'GraphQL API unavailable']]);
    } finally {
      logged.mockRestore();
      process.env.API_URL = reachable;
    }
  });
});

describe('requireData', () => {
  const failed = (code: string): ApiResult<never> => ({
    ok: false,
    errors: [{ code: code as 'NOT_FOUND', message: code }],
    fieldErrors: {},
    headers: new Headers(),
  });

  const thrownBy = (action: () => unknown): Response => {
    try {
      action();
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
    throw new Error('expected a thrown Response');
  };

  it('returns the data of a successful result', () => {
    expect(requireData(browserRequest(), { ok: true, data: { a: 1 }, headers: new Headers() })).toEqual({ a: 1 });
  });

  it('sends an anonymous visitor to sign in and back', () => {
    const response = thrownBy(() => requireData(browserRequest(), failed('UNAUTHENTICATED')));
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/sign-in?redirectTo=%2Fvisits%2Fnew%3Fhost%3D64.74');
  });

  it.each([
    ['NOT_FOUND', 404],
    ['FORBIDDEN', 403],
    ['CONFLICT', 409],
    ['BAD_USER_INPUT', 400],
    ['RATE_LIMITED', 429],
    ['PAYLOAD_TOO_LARGE', 413],
    ['REQUEST_TIMEOUT', 503],
    ['INTERNAL', 500],
  ])('turns %s into status %i for the error boundary', (code, status) => {
    expect(thrownBy(() => requireData(browserRequest(), failed(code))).status).toBe(status);
  });
});
