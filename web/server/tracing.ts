import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * The web's traces go to OTEL_EXPORTER_OTLP_ENDPOINT when it is set (the same collector as the API's); without it
 * the OpenTelemetry API is a no-op. The spans are the web's own (request-observation.ts), no auto-instrumentation.
 */
export function startTracing(environment: NodeJS.ProcessEnv): { shutdown(): Promise<void> } | undefined {
  if (!environment.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  const sdk = new NodeSDK({ serviceName: environment.OTEL_SERVICE_NAME ?? 'tiru-web', traceExporter: new OTLPTraceExporter(), instrumentations: [] });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
