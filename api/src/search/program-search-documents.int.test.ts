import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Adoption } from '../adoptions/adoption.entity';
import { openMigratedOrm, type Orm } from '../db/orm';
import { Program, ProgramFunding, ProgramOutcome, ProgramPartner } from '../programs/program.entities';
import { createMigratedTestDatabase, type TestDatabase } from '../testing/test-database';
import { loadProgramSearchDocuments, outcomeHeadline } from './program-search-documents';
import { createSearchFixtures, seedSearchRegions } from './testing/search-fixtures';
import { entities } from '../server/entities';

let database: TestDatabase;
let orm: Orm;
const queries: string[] = [];

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  orm = await openMigratedOrm(database.target, { entities, debug: ['query'], logger: (message) => queries.push(message) });
  const em = orm.em.fork();
  await seedSearchRegions(em);
  await createSearchFixtures(em);
});
afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

async function countingQueries<T>(work: () => Promise<T>): Promise<{ result: T; queryCount: number }> {
  queries.length = 0;
  const result = await work();
  return { result, queryCount: queries.filter((query) => /\bselect\b/i.test(query)).length };
}

describe('loadProgramSearchDocuments', () => {
  it('builds the document of a published program from the program and its parts', async () => {
    const em = orm.em.fork();
    const ritta = await em.findOneOrFail(Program, { slug: 'ritta-prabumulih' });
    em.create(Adoption, { program: ritta, adopterRegency: '63.09', stage: 'INTERESTED', year: 2024 });
    await em.flush();

    const document = (await loadProgramSearchDocuments(orm.em.fork(), [ritta.id])).get(ritta.id);
    expect(document).toMatchObject({
      id: String(ritta.id),
      slug: 'ritta-prabumulih',
      acronym: 'RITTA',
      themes: ['HOUSING', 'EXTREME_POVERTY', 'DISASTER_RESILIENCE'],
      themeLabels: ['Perumahan', 'Kemiskinan ekstrem', 'Ketangguhan bencana'],
      hostRegencyCode: '16.74',
      hostRegencyName: 'Kota Prabumulih',
      provinceCode: '16',
      provinceName: 'Sumatera Selatan',
      fundingKinds: ['APBD', 'ZAKAT_INFAQ', 'CSR', 'APBN'],
      unitCostRupiah: 40_000_000,
      unitCostRange: 'FROM_10_TO_50_JUTA',
      startYear: 2023,
      startYearRange: 'FROM_2023',
      outcomeHeadlines: ['Rumah RITTA terbangun: 50 rumah (2023)'],
      partners: ['Badan Amil Zakat Nasional (BAZNAS)', 'PT Perta Samtan Gas'],
      adoptionCount: 1,
      visitCount: 0,
      version: ritta.version,
    });
  });

  it('leaves out drafts and programs that do not exist, so their documents get deleted', async () => {
    const draft = await orm.em.fork().findOneOrFail(Program, { slug: 'verifikasi-data-p3ke-mukomuko' });
    expect([...(await loadProgramSearchDocuments(orm.em.fork(), [draft.id, 999_999])).keys()]).toEqual([]);
  });

  it('loads a page of 500 programs in as many queries as a page of one', async () => {
    const em = orm.em.fork();
    for (let index = 0; index < 500; index++) {
      const program = em.create(Program, {
        slug: `program-${index}`,
        title: `Program ${index}`,
        hostRegency: index % 2 ? '64.74' : '16.74',
        themes: ['HOUSING'],
        summary: 'Program buatan untuk menguji jumlah query.',
        publication: 'PUBLISHED',
      });
      em.create(ProgramFunding, { program, kind: 'APBD' });
      em.create(ProgramPartner, { program, name: `Mitra ${index}` });
      em.create(ProgramOutcome, { program, indicator: 'Rumah', value: index, unit: 'rumah', period: '2024' });
      em.create(Adoption, { program, adopterRegency: '36.74', stage: 'INTERESTED', year: 2024 });
    }
    await em.flush();
    const ids = (await orm.em.fork().find(Program, { slug: { $like: 'program-%' } })).map((program) => program.id);

    const one = await countingQueries(() => loadProgramSearchDocuments(orm.em.fork(), ids.slice(0, 1)));
    const page = await countingQueries(() => loadProgramSearchDocuments(orm.em.fork(), ids));
    expect(page.result.size).toBe(500);
    // The programs with region names, then funding, outcomes, partners, adoptions and visits: one query each.
    expect(one.queryCount).toBe(6);
    expect(page.queryCount).toBe(6);
    expect([...page.result.values()].every((document) => document.adoptionCount === 1 && document.partners.length === 1)).toBe(true);
  });
});

describe('outcomeHeadline', () => {
  it('writes numbers the Indonesian way, with the change when there is a baseline', () => {
    expect(outcomeHeadline({ indicator: 'Persentase penduduk miskin', baseline: 11.28, value: 11.23, unit: '%', period: '2023-11-30' })).toBe(
      'Persentase penduduk miskin: 11,28% → 11,23% (2023-11-30)',
    );
    expect(outcomeHeadline({ indicator: 'RT penerima bantuan', baseline: null, value: 1000, unit: 'RT', period: '2014' })).toBe('RT penerima bantuan: 1.000 RT (2014)');
  });
});
