import { type ApiWorkload } from './api-workloads';
import { type BenchChild } from './bench-child';
import { type BenchOptions } from './bench-options';
import { cpuMsPerRequest, megabytes, ratio, type WorkloadResult } from './bench-results';
import { spread } from './catalog-pages';
import { graphqlTarget } from './graphql-workloads';
import { driveHttp } from './http-load';
import { warmedUp } from './measurement';

type GraphqlAnswer = { data?: unknown; errors?: unknown[] };

// Enough request variants to average over, few enough to keep the counting pass short.
const SQL_COUNTING_REQUESTS = 20;

async function askGraphql(api: BenchChild, workload: ApiWorkload, body: string): Promise<void> {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = (await response.json()) as GraphqlAnswer;
  if (!response.ok || answer.errors) throw new Error(`${workload.name} answered ${response.status}: ${JSON.stringify(answer.errors ?? answer)}`);
}

/** Every request variant must answer without errors before it is measured. */
export async function verifyAnswers(api: BenchChild, workload: ApiWorkload): Promise<void> {
  for (const body of workload.bodies) await askGraphql(api, workload, body);
}

/**
 * The statement count once it stops moving: requests still in flight when the load generator stops
 * finish afterwards, and their statements must not be counted against the counting pass.
 */
async function settledSqlStatements(api: BenchChild): Promise<number> {
  let last = (await api.stats()).sqlStatements ?? 0;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = (await api.stats()).sqlStatements ?? 0;
    if (now === last) return now;
    last = now;
  }
}

/** SQL statements per request, counted one request at a time once the API is warm. */
async function sqlPerRequest(api: BenchChild, workload: ApiWorkload): Promise<number> {
  const bodies = spread(workload.bodies, SQL_COUNTING_REQUESTS);
  const before = await settledSqlStatements(api);
  for (const body of bodies) await askGraphql(api, workload, body);
  const after = (await api.stats()).sqlStatements ?? 0;
  return ratio(after - before, bodies.length);
}

export async function measureApiWorkload(api: BenchChild, workload: ApiWorkload, options: BenchOptions): Promise<WorkloadResult> {
  const connections = options.connections ?? workload.connections;
  const target = graphqlTarget(api.url, workload.bodies);
  let before = { cpuMicros: 0 };
  const load = await warmedUp((shape) => driveHttp(target, shape), connections, options, async () => (before = await api.stats()));
  const after = await api.stats();
  return {
    name: workload.name,
    description: workload.description,
    kind: 'api',
    load,
    sqlPerRequest: await sqlPerRequest(api, workload),
    peakRssMb: megabytes(after.windowPeakRssBytes),
    cpuMsPerRequest: cpuMsPerRequest(after.cpuMicros - before.cpuMicros, load.requests),
    baseline: workload.baseline,
  };
}
