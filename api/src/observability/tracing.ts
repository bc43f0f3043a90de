import { type Context, context, createContextKey, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

const tracer = trace.getTracer('tiru-api');

/**
 * Where a request's GraphQL operation span waits for the spans its resolvers open. Apollo's plugin hooks observe an
 * operation but do not run it, so its span cannot be made the active one: the SQL and Meilisearch spans find it here.
 */
type OperationSlot = { operation?: Span };
const OPERATION_SLOT = createContextKey('tiru.graphql-operation-slot');

function slotOf(active: Context): OperationSlot | undefined {
  return active.getValue(OPERATION_SLOT) as OperationSlot | undefined;
}

/** The context a request runs in: its server span, child of the caller's (W3C `traceparent`, the web's request). */
export function serverSpanContext(name: string, headers: Record<string, string | string[] | undefined>, attributes: Record<string, string>): { span: Span; context: Context } {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer.startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  const slot: OperationSlot = {};
  return { span, context: trace.setSpan(parent, span).setValue(OPERATION_SLOT, slot) };
}

export function startOperationSpan(operation: string): Span {
  const active = context.active();
  const span = tracer.startSpan(`graphql ${operation}`, { attributes: { 'graphql.operation.name': operation } }, active);
  const slot = slotOf(active);
  if (slot) slot.operation = span;
  return span;
}

export function endOperationSpan(span: Span, failed: boolean): void {
  if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
  const slot = slotOf(context.active());
  if (slot?.operation === span) delete slot.operation;
}

function parentContext(): Context {
  const active = context.active();
  const operation = slotOf(active)?.operation;
  return operation ? trace.setSpan(active, operation) : active;
}

/** Runs `work` inside a client span (SQL, Meilisearch) under the request's GraphQL operation when there is one. */
export async function withClientSpan<T>(name: string, attributes: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const parent = parentContext();
  const span = tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), work);
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}
