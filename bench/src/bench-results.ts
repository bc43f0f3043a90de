import { type LoadResult } from './latency-stats';
import { type SqlQuery } from './catalog-sql';
import { type IndexingReport } from './search-index';
import { type SeedingReport } from './seed-programs';

export type WorkloadResult = {
  name: string;
  description: string;
  kind: 'api' | 'baseline';
  load: LoadResult;
  /** SQL statements per request, counted through the ORM's logger over one pass of every request variant. */
  sqlPerRequest?: number;
  /** Highest RSS of the process serving it while the workload ran (Meilisearch: over its whole life). */
  peakRssMb?: number;
  /**
   * CPU time the serving process spent per request (API, ceiling server, Meilisearch; for the SQL
   * baseline on PGlite, the bench process running PGlite). Steadier than req/s on a shared machine.
   */
  cpuMsPerRequest?: number;
  baseline?: string;
  /** p95 latency divided by the baseline's p95. */
  p95Ratio?: number;
  /** Requests per second divided by the baseline's. */
  throughputRatio?: number;
};

export type SizeRun = {
  programs: number;
  database: 'pglite' | 'postgresql';
  sqlBaselineClient: string;
  seeding: SeedingReport;
  indexing: IndexingReport;
  /** The same documents sent straight to the same Meilisearch: the reindex's baseline. */
  directIngest: IndexingReport;
  workloads: WorkloadResult[];
  apiLifetimePeakRssMb: number;
  /** EXPLAIN ANALYZE of the hand-written catalog statement, first page and a deep page. */
  catalogSqlPlans: Record<string, string>;
  /** EXPLAIN ANALYZE of the hand-written profile statement, for two programs. */
  programSqlPlans: Record<string, string>;
  /** Every request the baselines sent, to repeat them by hand (psql, curl). */
  baselineRequests: { catalogSql: SqlQuery[]; programSql: SqlQuery[]; meilisearchMultiSearch?: { path: string; bodies: string[] } };
};

export type TargetCheck = { target: string; measured: string; met: boolean | null };

export type BenchRun = {
  startedAt: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverageAtStart: number[] };
  durationSeconds: number;
  sizes: SizeRun[];
  targets: TargetCheck[];
};

export function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

export function ratio(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 100) / 100;
}

export function cpuMsPerRequest(cpuMicros: number, requests: number): number {
  return Math.round((cpuMicros / 1000 / requests) * 1000) / 1000;
}
