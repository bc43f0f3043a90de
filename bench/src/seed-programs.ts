import { type Orm } from '@tiru/api/db';
import { Program } from '@tiru/api/programs';
import { demoDataset } from '@tiru/seeds/demo/index';
import { loadIndonesiaRegions } from '@tiru/api/regions';
import { seedDemo } from '@tiru/seeds/seeder/seed-demo';
import { upsertReferenceRegions } from '@tiru/api/regions';
import { seedSynthetic } from '@tiru/seeds/seeder/seed-synthetic';
import { type SeededProgram } from './catalog-pages';

export type SeedingReport = {
  programs: number;
  seconds: number;
  programsPerSecond: number;
  /** VACUUM after the bulk load (see `vacuumAfterBulkLoad`). */
  vacuumSeconds: number;
};

function secondsSince(started: number): number {
  return Math.round((performance.now() - started) / 10) / 100;
}

/**
 * Regions and the demo dataset (its host calendars and study visits feed the availability workload),
 * then `count` deterministic synthetic programs through the project's own bulk seeder (which ends
 * with ANALYZE of the tables it filled), timed.
 */
export async function seedPrograms(orm: Orm, count: number, seed: number): Promise<SeedingReport> {
  await upsertReferenceRegions(orm.em.fork());
  await seedDemo(orm.em.fork(), demoDataset);
  const { regencies } = await loadIndonesiaRegions();
  const started = performance.now();
  await seedSynthetic(orm.em.fork(), regencies, count, seed, (done, total) => {
    process.stdout.write(`\r  seeding ${done}/${total}`);
  });
  const seconds = secondsSince(started);
  process.stdout.write('\n');
  return { programs: count, seconds, programsPerSecond: Math.round(count / seconds), vacuumSeconds: await vacuumAfterBulkLoad(orm) };
}

/**
 * The seeder leaves the planner statistics fresh; the visibility map that lets index-only scans skip
 * the table (the catalog's counts) is only written by VACUUM — autovacuum's job on a server, which
 * the bench does at once to measure the steady state. PGlite has no autovacuum, so there this is the
 * best case.
 */
async function vacuumAfterBulkLoad(orm: Orm): Promise<number> {
  const started = performance.now();
  await orm.em.getConnection().execute('vacuum');
  return secondsSince(started);
}

/** The published programs the workloads ask for, oldest first. */
export async function publishedPrograms(orm: Orm): Promise<SeededProgram[]> {
  const rows = await orm.em.fork().find(Program, { publication: 'PUBLISHED' }, { fields: ['id', 'slug', 'hostRegency'], orderBy: { id: 'asc' } });
  return rows.map((row) => ({ id: row.id, slug: row.slug, hostRegencyCode: row.hostRegency.code }));
}

/** Kabupaten/kota that publish a host calendar in the demo dataset. */
export function demoHostRegencyCodes(): string[] {
  return demoDataset.hostCalendars.map((calendar) => calendar.regencyCode);
}
