import { type DatabaseTarget } from '@tiru/api/db';
import { type MeilisearchConnection } from '@tiru/api/search';
import { PROGRAM_INDEX_UID } from '@tiru/api/search';
import { BASELINES } from './api-workloads';
import { startBenchChild } from './bench-child';
import { type BenchOptions } from './bench-options';
import { API_DIR, CHILD_ENTRIES } from './bench-paths';
import { cpuMsPerRequest, megabytes, type WorkloadResult } from './bench-results';
import { catalogPages, type SeededProgram } from './catalog-pages';
import { catalogPageSql, openSqlRunner, type SqlQuery } from './catalog-sql';
import { programPageSql } from './program-sql';
import { CEILING_BODY, graphqlBody, programPageSlugs } from './graphql-workloads';
import { driveConcurrently, driveHttp, type HttpTarget } from './http-load';
import { warmedUp } from './measurement';
import { processCpuMs, processPeakRssMb } from './proc-stats';
import { meilisearchMasterKey } from './search-index';
import { directMeilisearchTarget } from './search-workloads';

function ownCpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

type HttpBaseline = { entry: string; name: string; description: string; env?: Record<string, string>; cwd?: string; baseline?: string };

/** A reference server in its own process, asked `{ __typename }` the way the API is asked. */
async function measureHttpBaseline(reference: HttpBaseline, options: BenchOptions, connections: number): Promise<WorkloadResult> {
  const server = await startBenchChild(reference.entry, { env: reference.env, cwd: reference.cwd });
  try {
    const target: HttpTarget = { url: server.url, method: 'POST', headers: { 'content-type': 'application/json' }, bodies: [graphqlBody('{ __typename }')] };
    let before = { cpuMicros: 0 };
    const load = await warmedUp((shape) => driveHttp(target, shape), connections, options, async () => (before = await server.stats()));
    const after = await server.stats();
    return {
      name: reference.name,
      description: reference.description,
      kind: 'baseline',
      load,
      peakRssMb: megabytes(after.windowPeakRssBytes),
      cpuMsPerRequest: cpuMsPerRequest(after.cpuMicros - before.cpuMicros, load.requests),
      baseline: reference.baseline,
    };
  } finally {
    await server.stop();
  }
}

/** The ceiling: a bare node:http server answering a fixed body. */
export function measureCeiling(options: BenchOptions, connections: number): Promise<WorkloadResult> {
  const ceiling = { entry: CHILD_ENTRIES.ceiling, name: BASELINES.ceiling, description: 'node:http answering a fixed JSON body (the ceiling)', env: { CEILING_BODY } };
  return measureHttpBaseline(ceiling, options, connections);
}

/** Apollo Server with Tiru's schema and nothing else, on bare node:http: the stack's own share of the ceiling. */
export function measureApolloAlone(options: BenchOptions, connections: number): Promise<WorkloadResult> {
  const apolloAlone = {
    entry: CHILD_ENTRIES.apolloAlone,
    name: BASELINES.apolloAlone,
    description: "Apollo Server with Tiru's schema alone on node:http: no Express, plugins, context or database",
    cwd: API_DIR,
    baseline: BASELINES.ceiling,
  };
  return measureHttpBaseline(apolloAlone, options, connections);
}

type SqlBaseline = { name: string; description: string; statements: SqlQuery[] };

/** Hand-written statements driven at the workload's concurrency straight through the database client, plus plans of two of them. */
async function measureSqlBaseline(target: DatabaseTarget, baseline: SqlBaseline, options: BenchOptions, connections: number) {
  const runner = await openSqlRunner(target, connections);
  try {
    const { statements } = baseline;
    let before = 0;
    const load = await warmedUp((shape) => driveConcurrently((sequence) => runner.query(statements[sequence % statements.length]!), shape), connections, options, async () => {
      before = ownCpuMicros();
    });
    const inProcess = target.kind === 'pglite';
    const plans = { first: await runner.explain(statements[0]!), third: await runner.explain(statements[Math.floor(statements.length / 3)]!) };
    const result: WorkloadResult = {
      name: baseline.name,
      description: `${baseline.description} (${runner.client})`,
      kind: 'baseline',
      load,
      sqlPerRequest: 1,
      ...(inProcess ? { cpuMsPerRequest: cpuMsPerRequest(ownCpuMicros() - before, load.requests) } : {}),
    };
    return { result, plans, client: runner.client, statements };
  } finally {
    await runner.close();
  }
}

/** The catalog pages of the `catalog-page` workload as one hand-written statement each, plus their plans. */
export function measureCatalogSql(target: DatabaseTarget, programs: readonly SeededProgram[], options: BenchOptions, connections: number) {
  const statements = catalogPages(programs).map(catalogPageSql);
  const baseline = { name: BASELINES.catalogSql, description: 'the same catalog pages as ONE hand-written SQL statement each', statements };
  return measureSqlBaseline(target, baseline, options, connections);
}

/** The profiles of the `program-page` workload as one hand-written statement each. */
export function measureProgramSql(target: DatabaseTarget, programs: readonly SeededProgram[], options: BenchOptions, connections: number) {
  const statements = programPageSlugs(programs).map(programPageSql);
  const baseline = { name: BASELINES.programSql, description: 'the same program profiles as ONE hand-written SQL statement each', statements };
  return measureSqlBaseline(target, baseline, options, connections);
}

/** The `search` workload's searches sent straight to Meilisearch, exactly as the API sends them. */
export async function measureDirectSearch(meilisearch: MeilisearchConnection, options: BenchOptions, connections: number) {
  const target = await directMeilisearchTarget({ url: meilisearch.url, masterKey: meilisearchMasterKey(meilisearch) }, PROGRAM_INDEX_UID);
  const pid = meilisearch.server?.pid;
  let before: number | undefined;
  const load = await warmedUp((shape) => driveHttp(target, shape), connections, options, async () => {
    before = pid === undefined ? undefined : await processCpuMs(pid);
  });
  const after = pid === undefined ? undefined : await processCpuMs(pid);
  const result: WorkloadResult = {
    name: BASELINES.meilisearch,
    description: 'the same searches as multi-search requests straight to Meilisearch\'s HTTP API',
    kind: 'baseline',
    load,
    ...(pid === undefined ? {} : { peakRssMb: await processPeakRssMb(pid) }),
    ...(before === undefined || after === undefined ? {} : { cpuMsPerRequest: cpuMsPerRequest((after - before) * 1000, load.requests) }),
  };
  return { result, target };
}
