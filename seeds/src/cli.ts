import { parseArgs } from 'node:util';
import { Program } from '@tiru/api/programs';
import { databaseTargetFrom, openMigratedOrm } from '@tiru/api/db';
import { configForEntryPoint } from '@tiru/api/server';
import { demoDataset } from './demo/index';
import { loadIndonesiaRegions } from '@tiru/api/regions';
import { demoSummary, seedDemo } from './seeder/seed-demo';
import { upsertReferenceRegions } from '@tiru/api/regions';
import { seedSynthetic } from './seeder/seed-synthetic';
import { entities } from '@tiru/api/server';

const USAGE = `Usage: npm run seed -- [--demo] [--if-empty] [--synthetic N] [--seed S]
  (always)        load the 38 provinces and 514 kabupaten/kota (idempotent)
  --demo          load the demo programs, accounts, adoptions, calendars and visits
  --if-empty      with --demo: skip it when the database already holds programs
  --synthetic N   add N generated programs for benchmarks (deterministic with --seed, default 42)`;

const { values } = parseArgs({
  options: {
    demo: { type: 'boolean', default: false },
    'if-empty': { type: 'boolean', default: false },
    synthetic: { type: 'string' },
    seed: { type: 'string', default: '42' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const syntheticCount = values.synthetic === undefined ? 0 : Number(values.synthetic);
if (!Number.isSafeInteger(syntheticCount) || syntheticCount < 0) {
  console.error(`--synthetic takes a whole number, got "${values.synthetic}".\n${USAGE}`);
  process.exit(2);
}

const config = configForEntryPoint(['database']);
if (config.environment === 'production' && (values.demo || syntheticCount > 0)) {
  console.error('NODE_ENV=production never loads demo or synthetic data: run `npm run seed` without --demo and --synthetic to load the regions only.');
  process.exit(2);
}
const orm = await openMigratedOrm(databaseTargetFrom(config), { entities });
try {
  const regions = await upsertReferenceRegions(orm.em.fork());
  console.log(`Regions: ${regions.provinces} provinces, ${regions.regencies} kabupaten/kota.`);
  if (values.demo) {
    const hasPrograms = (await orm.em.fork().count(Program, {})) > 0;
    if (values['if-empty'] && hasPrograms) {
      console.log('Demo data: the database already holds programs; left as it is.');
    } else {
      const result = await seedDemo(orm.em.fork(), demoDataset);
      console.log(`Demo data: ${demoSummary(result)}.`);
    }
  }
  if (syntheticCount > 0) {
    const started = performance.now();
    const { regencies } = await loadIndonesiaRegions();
    await seedSynthetic(orm.em.fork(), regencies, syntheticCount, Number(values.seed), (done, total) => {
      process.stdout.write(`\rSynthetic programs: ${done}/${total}`);
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`\nSynthetic: ${syntheticCount} programs in ${seconds.toFixed(1)} s (${Math.round(syntheticCount / seconds)} programs/s). Run \`npm run reindex\` to index them.`);
  }
} finally {
  await orm.close();
}
