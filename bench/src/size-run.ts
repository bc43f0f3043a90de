import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { openMigratedOrm } from '@tiru/api/db';
import { type MeilisearchConnection } from '@tiru/api/search';
import { measureApiWorkload, verifyAnswers } from './api-measurement';
import { apiWorkloads, type ApiWorkload, BASELINES, LATENCY_CONNECTIONS, THROUGHPUT_CONNECTIONS } from './api-workloads';
import { type BenchDatabase, createBenchDatabase } from './bench-database';
import { type BenchChild, startBenchChild } from './bench-child';
import { type BenchOptions } from './bench-options';
import { API_DIR, CHILD_ENTRIES, RESULTS_DIR, runDataDir } from './bench-paths';
import { megabytes, ratio, type SizeRun, type WorkloadResult } from './bench-results';
import { measureApolloAlone, measureCatalogSql, measureCeiling, measureDirectSearch, measureProgramSql } from './baseline-measurement';
import { type SeededProgram } from './catalog-pages';
import { graphqlTarget } from './graphql-workloads';
import { driveHttp } from './http-load';
import { logResult } from './measurement';
import { indexPrograms, type IndexingReport, ingestDocumentsDirectly, meilisearchEnv, startRunMeilisearch } from './search-index';
import { measureObservabilityOverhead, OBSERVABILITY_WORKLOAD } from './observability-overhead';
import { demoHostRegencyCodes, publishedPrograms, seedPrograms, type SeedingReport } from './seed-programs';
import { entities } from '@tiru/api/server';

/** A baseline runs at the concurrency of the workloads compared to it. */
function baselineConnections(options: BenchOptions, workloads: ApiWorkload[], baseline: string): number {
  const compared = workloads.filter((workload) => workload.baseline === baseline).map((workload) => workload.connections);
  return options.connections ?? (compared.length > 0 ? Math.max(...compared) : THROUGHPUT_CONNECTIONS);
}

function selected(options: BenchOptions, workloads: ApiWorkload[], baseline: string): boolean {
  return !options.only || options.only.includes(baseline) || workloads.some((workload) => workload.baseline === baseline);
}

function withRatios(results: WorkloadResult[]): WorkloadResult[] {
  return results.map((result) => {
    const baseline = results.find((candidate) => candidate.name === result.baseline);
    if (!baseline) return result;
    return {
      ...result,
      p95Ratio: ratio(result.load.latencyMs.p95, baseline.load.latencyMs.p95),
      throughputRatio: ratio(result.load.requestsPerSecond, baseline.load.requestsPerSecond),
    };
  });
}

type PreparedData = { seeding: SeedingReport; indexing: IndexingReport; directIngest: IndexingReport; programs: SeededProgram[] };

/** Seeds the database and fills the search index from it; the ORM is closed again (PGlite is single-process). */
async function prepareData(database: BenchDatabase, meilisearch: MeilisearchConnection, count: number, seed: number): Promise<PreparedData> {
  const orm = await openMigratedOrm(database.target, { entities });
  try {
    const seeding = await seedPrograms(orm, count, seed);
    console.log(`  seeded ${count} programs in ${seeding.seconds} s (${seeding.programsPerSecond} programs/s); VACUUM ${seeding.vacuumSeconds} s`);
    const indexing = await indexPrograms(orm, meilisearch);
    console.log(`  indexed ${indexing.documents} documents in ${indexing.seconds} s (${indexing.documentsPerSecond} documents/s, end-to-end reindex)`);
    const directIngest = await ingestDocumentsDirectly(orm, meilisearch);
    console.log(`  Meilisearch alone ingested the same documents in ${directIngest.seconds} s (${directIngest.documentsPerSecond} documents/s)`);
    return { seeding, indexing, directIngest, programs: await publishedPrograms(orm) };
  } finally {
    await orm.close();
  }
}

const API_WARMUP_FACTOR = 5;

async function warmUpApi(api: BenchChild, workloads: ApiWorkload[], options: BenchOptions): Promise<void> {
  const durationSeconds = options.warmupSeconds * API_WARMUP_FACTOR;
  if (durationSeconds <= 0 || workloads.length === 0) return;
  await driveHttp(graphqlTarget(api.url, workloads.flatMap((workload) => workload.bodies)), { connections: LATENCY_CONNECTIONS, durationSeconds });
}

/** A production API needs its metrics guarded; the bench never scrapes them. */
const BENCH_METRICS_TOKEN = 'bench-metrics-token-never-scraped-0123456789';

/**
 * Starts the API in its own process on the run's database and Meilisearch, measures each workload, stops it.
 * `extraEnv` changes the API's settings (the observability comparison runs it with metrics off, and with tracing).
 */
export async function measureApi(options: BenchOptions, database: BenchDatabase, meilisearch: MeilisearchConnection, workloads: ApiWorkload[], extraEnv: Record<string, string> = {}) {
  const api = await startBenchChild(CHILD_ENTRIES.api, {
    env: {
      ...database.apiEnv,
      ...meilisearchEnv(meilisearch),
      NODE_ENV: 'production',
      API_PORT: '0',
      API_HOST: '127.0.0.1',
      LOG_LEVEL: options.apiLogLevel,
      METRICS_TOKEN: BENCH_METRICS_TOKEN,
      ...extraEnv,
    },
    cwd: API_DIR,
    nodeArgs: [...options.apiNodeArgs, ...(options.cpuProfile ? ['--cpu-prof', '--cpu-prof-dir', path.join(RESULTS_DIR, 'profiles')] : [])],
  });
  const results: WorkloadResult[] = [];
  let lifetimePeakRssBytes = 0;
  try {
    // Every variant once before anything is measured (checks the answers), then all of them mixed
    // for a while: V8 and PGlite's WebAssembly need seconds of work before they run at full speed.
    for (const workload of workloads) await verifyAnswers(api, workload);
    await warmUpApi(api, workloads, options);
    for (const workload of workloads) {
      results.push(await measureApiWorkload(api, workload, options));
      logResult(results.at(-1)!);
    }
  } finally {
    lifetimePeakRssBytes = (await api.stop()).lifetimePeakRssBytes;
  }
  return { results, lifetimePeakRssMb: megabytes(lifetimePeakRssBytes) };
}

/** One full run at one catalog size: seed, index, start the API, measure every workload and its baseline. */
export async function runSize(options: BenchOptions, startedAt: string, programCount: number): Promise<SizeRun> {
  const dataDir = runDataDir(startedAt, programCount);
  await mkdir(dataDir, { recursive: true });
  const database = await createBenchDatabase(dataDir, process.env.DATABASE_URL);
  const meilisearch = await startRunMeilisearch(dataDir);
  console.log(`\n${programCount} programs on ${database.kind}, Meilisearch at ${meilisearch.url} (data in ${dataDir})`);
  try {
    const { seeding, indexing, directIngest, programs } = await prepareData(database, meilisearch, programCount, options.seed);
    const workloads = apiWorkloads(programs, demoHostRegencyCodes()).filter((workload) => !options.only || options.only.includes(workload.name));
    const results: WorkloadResult[] = [];
    const record = (result: WorkloadResult) => {
      results.push(result);
      logResult(result);
    };

    if (selected(options, workloads, BASELINES.ceiling)) {
      const connections = baselineConnections(options, workloads, BASELINES.ceiling);
      record(await measureCeiling(options, connections));
      record(await measureApolloAlone(options, connections));
    }
    const api = await measureApi(options, database, meilisearch, workloads);
    results.push(...api.results);
    if (!options.only || options.only.includes(OBSERVABILITY_WORKLOAD)) {
      for (const result of await measureObservabilityOverhead(options, database, meilisearch, programs)) record(result);
    }
    let directSearch: Awaited<ReturnType<typeof measureDirectSearch>> | undefined;
    if (selected(options, workloads, BASELINES.meilisearch)) {
      directSearch = await measureDirectSearch(meilisearch, options, baselineConnections(options, workloads, BASELINES.meilisearch));
      record(directSearch.result);
    }
    let catalogSql: Awaited<ReturnType<typeof measureCatalogSql>> | undefined;
    if (selected(options, workloads, BASELINES.catalogSql)) {
      catalogSql = await measureCatalogSql(database.target, programs, options, baselineConnections(options, workloads, BASELINES.catalogSql));
      record(catalogSql.result);
    }
    let programSql: Awaited<ReturnType<typeof measureProgramSql>> | undefined;
    if (selected(options, workloads, BASELINES.programSql)) {
      programSql = await measureProgramSql(database.target, programs, options, baselineConnections(options, workloads, BASELINES.programSql));
      record(programSql.result);
    }
    return {
      programs: programCount,
      database: database.kind,
      sqlBaselineClient: catalogSql?.client ?? programSql?.client ?? 'not run',
      seeding,
      indexing,
      directIngest,
      workloads: withRatios(results),
      apiLifetimePeakRssMb: api.lifetimePeakRssMb,
      catalogSqlPlans: catalogSql?.plans ?? {},
      programSqlPlans: programSql?.plans ?? {},
      baselineRequests: {
        catalogSql: catalogSql?.statements ?? [],
        programSql: programSql?.statements ?? [],
        meilisearchMultiSearch: directSearch ? { path: '/multi-search', bodies: directSearch.target.bodies ?? [] } : undefined,
      },
    };
  } finally {
    await meilisearch.close();
    if (!options.keepData) {
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
}
