export type LatencySummary = { p50: number; p95: number; p99: number; mean: number; max: number };

/** What one workload or baseline measured: throughput and the latency of every request it timed. */
export type LoadResult = {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  /** Socket errors and timeouts, plus non-2xx answers for HTTP. */
  failures: number;
};

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank]!;
}

function rounded(value: number): number {
  return Math.round(value * 100) / 100;
}

export function summarizeLatencies(samples: number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const total = sorted.reduce((sum, sample) => sum + sample, 0);
  return {
    p50: rounded(percentile(sorted, 0.5)),
    p95: rounded(percentile(sorted, 0.95)),
    p99: rounded(percentile(sorted, 0.99)),
    mean: rounded(sorted.length ? total / sorted.length : Number.NaN),
    max: rounded(sorted.at(-1) ?? Number.NaN),
  };
}

export function loadResultOf(samples: number[], seconds: number, connections: number, failures: number): LoadResult {
  return {
    connections,
    seconds: rounded(seconds),
    requests: samples.length,
    requestsPerSecond: rounded(samples.length / seconds),
    latencyMs: summarizeLatencies(samples),
    failures,
  };
}
