import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run bench -- [options]
  --programs N[,N…]    synthetic programs to seed, one full run per size (default 10000; e.g. 10000,100000
                       also checks how p95 grows with the catalog)
  --duration S         seconds of measured load per workload (default 10)
  --warmup S           seconds of unmeasured load before each (default 2)
  --connections C      concurrent connections for every workload (default: 10 for the throughput
                       workloads, 4 for the latency ones)
  --only a,b           run only these workloads (and their baselines)
  --seed S             seed of the synthetic programs (default 42)
  --cpu-prof           write a V8 CPU profile of the API process to bench/results/profiles/
  --api-log-level L    LOG_LEVEL of the API process (default warn: request lines off)
  --api-node-args=A    extra Node.js flags for the API process, space-separated (e.g. --api-node-args=--liftoff-only)
  --keep-data          keep the run's data folder and database for inspection
Environment: DATABASE_URL (a server to create a fresh database on; default: embedded PGlite),
MEILI_URL and MEILI_MASTER_KEY (a Meilisearch to use; default: the bundled binary).`;

export type BenchOptions = {
  programCounts: number[];
  durationSeconds: number;
  warmupSeconds: number;
  connections: number | undefined;
  only: string[] | undefined;
  seed: number;
  cpuProfile: boolean;
  apiLogLevel: string;
  apiNodeArgs: string[];
  keepData: boolean;
};

function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${flag} takes a whole number above 0, got "${text}"`);
  return value;
}

export function parseBenchOptions(args: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      programs: { type: 'string', default: '10000' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string' },
      only: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'cpu-prof': { type: 'boolean', default: false },
      'api-log-level': { type: 'string', default: 'warn' },
      'api-node-args': { type: 'string', default: '' },
      'keep-data': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  return {
    programCounts: values.programs.split(',').map((count) => positiveInteger(count.trim(), '--programs')),
    durationSeconds: positiveInteger(values.duration, '--duration'),
    warmupSeconds: Number(values.warmup),
    connections: values.connections === undefined ? undefined : positiveInteger(values.connections, '--connections'),
    only: values.only?.split(',').map((name) => name.trim()),
    seed: Number(values.seed),
    cpuProfile: values['cpu-prof'],
    apiLogLevel: values['api-log-level'],
    apiNodeArgs: values['api-node-args'].split(' ').filter(Boolean),
    keepData: values['keep-data'],
  };
}
