import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseBenchOptions, USAGE } from './bench-options';
import { RESULTS_DIR } from './bench-paths';
import { type BenchRun, type SizeRun } from './bench-results';
import { checkTargets, markdownReport } from './report';
import { runSize } from './size-run';

const options = parseBenchOptions(process.argv.slice(2));
if (options === 'help') {
  console.log(USAGE);
  process.exit(0);
}

const startedAt = new Date().toISOString().replace(/[:.]/g, '-');
const machine = {
  cpus: os.availableParallelism(),
  cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
};
console.log(`Tiru bench: ${options.programCounts.join(', ')} programs, ${options.durationSeconds} s per workload; ${machine.cpus} cores, load average ${machine.loadAverageAtStart.join(' ')}`);

const sizes: SizeRun[] = [];
for (const count of [...options.programCounts].sort((a, b) => a - b)) sizes.push(await runSize(options, startedAt, count));

const run: BenchRun = {
  startedAt,
  command: process.argv.length > 2 ? ['npm run bench --', ...process.argv.slice(2)].join(' ') : 'npm run bench',
  machine,
  durationSeconds: options.durationSeconds,
  sizes,
  targets: checkTargets(sizes),
};
const markdown = markdownReport(run);
await mkdir(RESULTS_DIR, { recursive: true });
const jsonFile = path.join(RESULTS_DIR, `${startedAt}.json`);
await writeFile(jsonFile, `${JSON.stringify(run, null, 2)}\n`);
await writeFile(path.join(RESULTS_DIR, 'latest.md'), markdown);
console.log(`\n${markdown}\nWrote ${path.relative(process.cwd(), jsonFile)} and results/latest.md`);
