import { type BenchOptions } from './bench-options';
import { type WorkloadResult } from './bench-results';
import { type LoadShape } from './http-load';
import { type LoadResult } from './latency-stats';

export type Measure = (shape: LoadShape) => Promise<LoadResult>;

/** Warm-up load (not recorded), then the measured run. */
export async function warmedUp(measure: Measure, connections: number, options: BenchOptions, beforeMeasuring?: () => Promise<unknown>) {
  if (options.warmupSeconds > 0) await measure({ connections, durationSeconds: options.warmupSeconds });
  await beforeMeasuring?.();
  return measure({ connections, durationSeconds: options.durationSeconds });
}

export function logResult(result: WorkloadResult): void {
  const { requestsPerSecond, latencyMs, failures } = result.load;
  const sql = result.sqlPerRequest === undefined ? '' : `, ${result.sqlPerRequest} SQL/req`;
  const cpu = result.cpuMsPerRequest === undefined ? '' : `, CPU ${result.cpuMsPerRequest} ms/req`;
  const failed = failures ? `, ${failures} FAILED` : '';
  console.log(`  ${result.name.padEnd(20)} ${String(requestsPerSecond).padStart(8)} req/s  p50 ${latencyMs.p50} ms  p95 ${latencyMs.p95} ms  p99 ${latencyMs.p99} ms${sql}${cpu}${failed}`);
}
