import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, type Tracing } from '../observability';
import { startSearchFixtureApi } from '../search/testing/search-fixtures';
import { startTestProgramSearch, type TestProgramSearch } from '../search/testing/search-test-kit';
import { type TestApi } from '../testing/test-api';
import { type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';

// The API's part of one page's trace, recorded in memory: the web's request span (stood in for here) → the API's
// request → the GraphQL operation → its SQL statements and Meilisearch search.
const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let api: TestApi;
let search: TestProgramSearch;
let server: HttpTestServer;

beforeAll(async () => {
  tracing = startTracing('tiru-api-test', { exporter })!;
  ({ api } = await startSearchFixtureApi());
  search = await startTestProgramSearch(api.orm);
  server = await startHttpTestServer({ api });
});
afterAll(async () => {
  await server?.close();
  await search?.close();
  await api?.close();
  await tracing?.shutdown();
});

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('tracing', () => {
  it('hangs the API request, the GraphQL operation and its SQL and Meilisearch spans under the caller’s span', async () => {
    const webSpan = trace.getTracer('test-web').startSpan('GET routes/programs._index');
    const headers: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), webSpan), headers);
    const { body } = await server.post(
      { query: 'query SearchPrograms { searchPrograms(query: "rumah") { total degraded } programs(first: 2) { totalCount } }' },
      headers,
    );
    webSpan.end();
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ searchPrograms: { degraded: false } });

    const traceId = webSpan.spanContext().traceId;
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const request = spans.find((span) => span.name === 'POST /graphql');
    expect(request && parentOf(request)).toBe(webSpan.spanContext().spanId);
    const operation = spans.find((span) => span.name === 'graphql SearchPrograms');
    expect(operation && parentOf(operation)).toBe(request!.spanContext().spanId);
    const underOperation = spans.filter((span) => parentOf(span) === operation!.spanContext().spanId).map((span) => span.name);
    expect(underOperation).toContain('meilisearch multiSearch');
    expect(underOperation).toContain('db select');
    expect(spans.every((span) => !JSON.stringify(span.attributes).includes('rumah'))).toBe(true);
  });

  it('starts a trace of its own for a request without traceparent', async () => {
    exporter.reset();
    await server.post({ query: '{ __typename }' });
    const request = exporter.getFinishedSpans().find((span) => span.name === 'POST /graphql');
    expect(request).toBeDefined();
    expect(parentOf(request!)).toBeUndefined();
  });
});
