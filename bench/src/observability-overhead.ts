import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type MeilisearchConnection } from '@tiru/api/search';
import { apiWorkloads, type ApiWorkload } from './api-workloads';
import { type BenchDatabase } from './bench-database';
import { type BenchOptions } from './bench-options';
import { type WorkloadResult } from './bench-results';
import { type SeededProgram } from './catalog-pages';
import { demoHostRegencyCodes } from './seed-programs';
import { measureApi } from './size-run';

export const OBSERVABILITY_WORKLOAD = 'observability';

// The cheapest request (where a fixed cost per request shows most) and a page of real work.
const COMPARED = ['graphql-regency', 'catalog-page'];

/**
 * An OTLP/HTTP collector that accepts and drops every export: the tracing run pays for building, batching and
 * sending spans, not for a collector's work.
 */
async function startSpanSink(): Promise<{ url: string; close(): void }> {
  const server = createServer((request, response) => {
    request.resume().on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

const VARIANTS = [
  { suffix: 'metrics off, tracing off', metrics: false, tracing: false },
  { suffix: 'metrics on, tracing off', metrics: true, tracing: false },
  { suffix: 'metrics on, tracing on', metrics: true, tracing: true },
] as const;

function renamed(workload: ApiWorkload, suffix: string, baselineSuffix: string | undefined): ApiWorkload {
  return { ...workload, name: `${workload.name} (${suffix})`, baseline: baselineSuffix ? `${workload.name} (${baselineSuffix})` : undefined };
}

/**
 * What metrics and tracing cost: the same workloads on three API processes — metrics recording stubbed out
 * (api-child.ts, TIRU_BENCH_METRICS=off) and tracing off, as shipped (metrics on, tracing off), and with tracing
 * exporting every span to a local collector. Each result's ratios are against the first.
 */
export async function measureObservabilityOverhead(options: BenchOptions, database: BenchDatabase, meilisearch: MeilisearchConnection, programs: SeededProgram[]): Promise<WorkloadResult[]> {
  const compared = apiWorkloads(programs, demoHostRegencyCodes()).filter((workload) => COMPARED.includes(workload.name));
  const sink = await startSpanSink();
  const results: WorkloadResult[] = [];
  try {
    for (const [index, variant] of VARIANTS.entries()) {
      const env = { ...(variant.metrics ? {} : { TIRU_BENCH_METRICS: 'off' }), ...(variant.tracing ? { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url } : {}) };
      const baselineSuffix = index === 0 ? undefined : VARIANTS[0].suffix;
      const workloads = compared.map((workload) => renamed(workload, variant.suffix, baselineSuffix));
      results.push(...(await measureApi(options, database, meilisearch, workloads, env)).results);
    }
  } finally {
    sink.close();
  }
  return results;
}
