import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace';

export type Tracing = { shutdown(): Promise<void> };

/**
 * Traces leave the process only when OTEL_EXPORTER_OTLP_ENDPOINT names a collector; without it the OpenTelemetry
 * API stays a no-op and a span costs next to nothing. The SDK reads the other OTEL_* variables itself (headers,
 * sampler, batch sizes); the spans are the API's own (observability/tracing.ts), without auto-instrumentation.
 * Tests hand in an exporter of their own (in memory), which each span reaches as it ends.
 */
export function startTracing(serviceName: string, options: { exporter?: SpanExporter; environment?: NodeJS.ProcessEnv } = {}): Tracing | undefined {
  const environment = options.environment ?? process.env;
  if (!options.exporter && !environment.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  const sdk = new NodeSDK({
    serviceName: environment.OTEL_SERVICE_NAME ?? serviceName,
    ...(options.exporter ? { spanProcessors: [new SimpleSpanProcessor({ exporter: options.exporter })] } : { traceExporter: new OTLPTraceExporter() }),
    instrumentations: [],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
