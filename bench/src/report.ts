import { BASELINES } from './api-workloads';
import { type BenchRun, ratio, type SizeRun, type TargetCheck, type WorkloadResult } from './bench-results';

const SEARCH = 'search';
const CATALOG = 'catalog-page';
const PROGRAM = 'program-page';
const SIMPLE = 'graphql-regency';
const TYPENAME = 'graphql-typename';

function workloadIn(size: SizeRun | undefined, name: string): WorkloadResult | undefined {
  return size?.workloads.find((workload) => workload.name === name);
}

function notMeasured(target: string, why: string): TargetCheck {
  return { target, measured: `not measured: ${why}`, met: null };
}

function atMost(target: string, value: number | undefined, limit: number, unit: string, why: string): TargetCheck {
  if (value === undefined || Number.isNaN(value)) return notMeasured(target, why);
  return { target, measured: `${value}${unit}`, met: value <= limit };
}

/**
 * p95 at the largest size over p95 at the smallest (the target), with the same ratio of API CPU per
 * request beside it: on a shared machine the CPU ratio is the steadier of the two.
 */
function growthCheck(target: string, sizes: SizeRun[], name: string, limit: number): TargetCheck {
  const [small, large] = [workloadIn(sizes.at(0), name), workloadIn(sizes.at(-1), name)];
  if (sizes.length < 2 || !small || !large) return notMeasured(target, `run with --programs 10000,100000 (and the ${name} workload)`);
  const p95Growth = ratio(large.load.latencyMs.p95, small.load.latencyMs.p95);
  const cpuGrowth = small.cpuMsPerRequest && large.cpuMsPerRequest ? `; API CPU/request ${ratio(large.cpuMsPerRequest, small.cpuMsPerRequest)}×` : '';
  return { target, measured: `p95 ${p95Growth}× (${sizes.at(-1)!.programs} vs ${sizes[0]!.programs})${cpuGrowth}`, met: p95Growth < limit };
}

/** End-to-end reindex rate as a share of Meilisearch's own ingest rate of the same documents. */
function reindexShare(size: SizeRun): number {
  return Math.round((size.indexing.documentsPerSecond / size.directIngest.documentsPerSecond) * 100);
}

function shareOfCeiling(workload: WorkloadResult | undefined): number | undefined {
  return workload?.throughputRatio === undefined ? undefined : Math.round(workload.throughputRatio * 100);
}

/** What the simple query is measured against: the GraphQL stack without a resolver, and Apollo Server by itself. */
function besideSimpleQuery(size: SizeRun | undefined): string {
  const references: [name: string, label: string][] = [
    [TYPENAME, '`{ __typename }`'],
    [BASELINES.apolloAlone, 'Apollo Server alone'],
  ];
  const beside = references.flatMap(([name, label]) => {
    const share = shareOfCeiling(workloadIn(size, name));
    return share === undefined ? [] : [`${label} ${share} %`];
  });
  return beside.length ? ` (${beside.join(', ')})` : '';
}

/** The targets, checked on the smallest size run (10 000 by default) and across sizes. */
export function checkTargets(sizes: SizeRun[]): TargetCheck[] {
  const base = sizes[0];
  const search = workloadIn(base, SEARCH);
  const catalog = workloadIn(base, CATALOG);
  const program = workloadIn(base, PROGRAM);
  const simple = workloadIn(base, SIMPLE);
  const simpleShare = shareOfCeiling(simple);
  const rss = sizes.length ? Math.max(...sizes.map((size) => size.apiLifetimePeakRssMb)) : undefined;
  const checks: TargetCheck[] = [
    atMost('searchPrograms p95 ≤ 2× direct Meilisearch', search?.p95Ratio, 2, '×', 'the search workload did not run'),
    atMost('searchPrograms p95 ≤ 25 ms', search?.load.latencyMs.p95, 25, ' ms', 'the search workload did not run'),
    atMost('catalog page of 50: ≤ 4 SQL queries', catalog?.sqlPerRequest, 4, ' queries', 'the catalog workload did not run'),
    atMost('catalog page p95 ≤ 3× hand-written SQL', catalog?.p95Ratio, 3, '×', 'the catalog workload or its SQL baseline did not run'),
    atMost('program(slug): ≤ 4 SQL statements', program?.sqlPerRequest, 4, ' statements', 'the program-page workload did not run'),
    atMost('program(slug) p95 ≤ 2× hand-written SQL', program?.p95Ratio, 2, '×', 'the program-page workload or its SQL baseline did not run'),
    simpleShare === undefined
      ? notMeasured('simple GraphQL query ≥ 35 % of node:http throughput', 'graphql-regency or the ceiling did not run')
      : { target: 'simple GraphQL query ≥ 35 % of node:http throughput', measured: `${simpleShare} %${besideSimpleQuery(base)}`, met: simpleShare >= 35 },
    growthCheck('search p95 grows < 1.5× from 10 000 to 100 000 programs', sizes, SEARCH, 1.5),
    growthCheck('catalog p95 grows < 1.3× from 10 000 to 100 000 programs', sizes, CATALOG, 1.3),
    atMost('API process RSS ≤ 300 MB', rss, 300, ' MB', 'the API did not run'),
    ...sizes.map((size) => ({
      target: `reindex of ${size.programs.toLocaleString('en')} programs ≥ 70 % of Meilisearch's own ingest rate`,
      measured: `${reindexShare(size)} % (${size.indexing.documentsPerSecond} vs ${size.directIngest.documentsPerSecond} documents/s; ${size.indexing.seconds} s)`,
      met: reindexShare(size) >= 70,
    })),
  ];
  return checks;
}

function cell(value: number | string | undefined): string {
  return value === undefined ? '' : String(value);
}

function workloadRow(workload: WorkloadResult): string {
  const { load } = workload;
  const failures = load.failures ? ` (${load.failures} failed)` : '';
  return `| ${workload.name}${workload.kind === 'baseline' ? ' *(baseline)*' : ''} | ${load.connections} | ${load.requestsPerSecond}${failures} | ${load.latencyMs.p50} | ${load.latencyMs.p95} | ${load.latencyMs.p99} | ${cell(workload.sqlPerRequest)} | ${cell(workload.cpuMsPerRequest)} | ${cell(workload.peakRssMb)} | ${cell(workload.baseline)} | ${cell(workload.p95Ratio)} | ${cell(workload.throughputRatio)} |`;
}

function sizeSection(size: SizeRun): string[] {
  const { seeding, indexing, directIngest } = size;
  return [
    `### ${size.programs.toLocaleString('en')} programs on ${size.database}`,
    '',
    `Seeded in ${seeding.seconds} s (${seeding.programsPerSecond} programs/s), then VACUUM ${seeding.vacuumSeconds} s; ` +
      `end-to-end reindex of ${indexing.documents} documents ${indexing.seconds} s (${indexing.documentsPerSecond} documents/s; ` +
      `Meilisearch alone ingests the same documents at ${directIngest.documentsPerSecond} documents/s, ${reindexShare(size)} %). ` +
      `API process peak RSS ${size.apiLifetimePeakRssMb} MB. SQL baseline client: ${size.sqlBaselineClient}.`,
    '',
    '| workload | conn | req/s | p50 ms | p95 ms | p99 ms | SQL/req | CPU ms/req | peak RSS MB | baseline | p95 ÷ baseline | req/s ÷ baseline |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|',
    ...size.workloads.map(workloadRow),
    '',
  ];
}

function met(check: TargetCheck): string {
  if (check.met === null) return '—';
  return check.met ? 'yes' : '**no**';
}

/** The short table to paste into notes (bench/results/latest.md). */
export function markdownReport(run: BenchRun): string {
  const { machine } = run;
  return [
    `## Benchmark ${run.startedAt}`,
    '',
    `\`${run.command}\` — ${run.durationSeconds} s per workload. Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, load average at start ${machine.loadAverageAtStart.join(' / ')}. ` +
      'Load generator, API, database and Meilisearch share the same cores: compare the ratios, not the absolute figures.',
    '',
    ...run.sizes.flatMap(sizeSection),
    '### Targets',
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...run.targets.map((check) => `| ${check.target} | ${check.measured} | ${met(check)} |`),
    '',
    `Baselines: \`${BASELINES.ceiling}\` is a bare node:http server answering a fixed JSON body; \`${BASELINES.apolloAlone}\` is Apollo Server with Tiru's schema and nothing else on node:http (no Express, plugins, context or database), asked \`{ __typename }\`; \`${BASELINES.catalogSql}\` runs the same pages as one hand-written SQL statement each, straight through the database client; \`${BASELINES.programSql}\` does the same for the profiles of \`program-page\`.`,
    '',
  ].join('\n');
}
