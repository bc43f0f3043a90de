import { type EntityManager, type EntityName } from '@mikro-orm/core';
import { Agency } from '@tiru/api/agencies';
import { Program, ProgramCost, ProgramFunding, ProgramOutcome } from '@tiru/api/programs';
import { type RegencySeed } from '@tiru/api/regions';
import { generateSyntheticPrograms, syntheticAgenciesFor } from '../synthetic-programs';
import { isTotalBudget, programColumns } from './program-rows';

const CHUNK = 1000;

export type SyntheticProgress = (done: number, total: number) => void;

async function syntheticAgencyIds(em: EntityManager, regencies: RegencySeed[]): Promise<Map<string, string>> {
  const seeds = syntheticAgenciesFor(regencies);
  const existing = await em.find(Agency, { name: { $in: seeds.map((seed) => seed.name) } });
  const idByName = new Map(existing.map((agency) => [agency.name, agency.id]));
  const missing = seeds.filter((seed) => !idByName.has(seed.name));
  for (let start = 0; start < missing.length; start += CHUNK) {
    const rows = missing.slice(start, start + CHUNK).map((seed) => em.create(Agency, { name: seed.name, type: seed.type, regency: seed.regencyCode ?? null, province: seed.provinceCode ?? null }));
    await em.flush();
    for (const agency of rows) idByName.set(agency.name, agency.id);
    em.clear();
  }
  return new Map(seeds.map((seed) => [seed.key, idByName.get(seed.name)!]));
}

/**
 * Bulk-inserts `count` deterministic programs (for benchmarks). They bypass the outbox on purpose:
 * after a bulk load, `npm run reindex` builds the search index in one pass.
 */
export async function seedSynthetic(em: EntityManager, regencies: RegencySeed[], count: number, seed: number, progress?: SyntheticProgress) {
  const programs = generateSyntheticPrograms(count, seed, regencies);
  const agencyIdByKey = await syntheticAgencyIds(em, regencies);
  for (let start = 0; start < programs.length; start += CHUNK) {
    const chunk = programs.slice(start, start + CHUNK);
    await em.transactional(async (tx) => {
      await tx.insertMany(Program, chunk.map((program) => ({ ...programColumns(program, agencyIdByKey.get(program.leadAgencyKey)), version: 1, createdAt: new Date(), updatedAt: new Date() })));
      const inserted = await tx.find(Program, { slug: { $in: chunk.map((program) => program.slug) } }, { fields: ['id', 'slug'] });
      const idBySlug = new Map(inserted.map((program) => [program.slug, program.id]));
      const idOf = (index: number) => idBySlug.get(chunk[index]!.slug)!;
      await tx.insertMany(ProgramCost, chunk.flatMap((program, index) => program.costs.map((cost, position) => ({ program: idOf(index), position, kind: isTotalBudget(cost) ? 'TOTAL_BUDGET' : 'UNIT_COST', label: cost.label, amountRupiah: cost.amountRupiah, unit: cost.unit ?? null, year: cost.year ?? null, illustrative: true }))) as never[]);
      await tx.insertMany(ProgramFunding, chunk.flatMap((program, index) => program.funding.map((funding, position) => ({ program: idOf(index), position, kind: funding.kind, sharePercent: funding.sharePercent ?? null, note: funding.note ?? null, illustrative: true }))));
      await tx.insertMany(ProgramOutcome, chunk.flatMap((program, index) => program.outcomes.map((outcome, position) => ({ program: idOf(index), position, indicator: outcome.indicator, baseline: outcome.baseline ?? null, value: outcome.value, unit: outcome.unit, period: outcome.period, illustrative: true }))));
    });
    em.clear();
    progress?.(Math.min(start + CHUNK, programs.length), programs.length);
  }
  await analyzeTablesOf(em, [Agency, Program, ProgramCost, ProgramFunding, ProgramOutcome]);
  return programs.length;
}

/**
 * After a bulk load the planner knows nothing of the new rows until autovacuum analyses the tables
 * (a minute later on a server, never on PGlite) and meanwhile plans for empty ones: joining every
 * program to find fifty, for one.
 */
async function analyzeTablesOf(em: EntityManager, entities: EntityName[]): Promise<void> {
  const tables = entities.map((entity) => em.getPlatform().quoteIdentifier(em.getMetadata().get(entity).tableName));
  await em.getConnection().execute(`analyze ${tables.join(', ')}`);
}
