import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Adoption, type AdoptionStage } from '../adoptions/adoption.entity';
import { selectRows } from '../db/raw-sql';
import { Program } from '../programs/program.entities';
import { createProgram, seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { StudyVisit } from '../visits/visit.entities';
import { type VisitState } from '../visits/visit-workflow';

let api: TestApi;

const FIGURES = '{ headlineFigures { publishedPrograms hostRegencies hostProvinces replicatingRegencies completedVisits } }';
const PROGRAM_COUNTS = '{ program(slug: "prolita-bontang") { adoptionCount } }';

/** The same figures, counted by hand in SQL: the API must agree with them. */
async function countedInSql() {
  const [row] = await selectRows<Record<string, number | string>>(
    api.em(),
    `select
       (select count(*) from program where publication = 'PUBLISHED') as published_programs,
       (select count(distinct host_regency_code) from program where publication = 'PUBLISHED') as host_regencies,
       (select count(distinct r.province_code) from program p join regency r on r.code = p.host_regency_code
         where p.publication = 'PUBLISHED') as host_provinces,
       (select count(distinct a.adopter_regency_code) from adoption a join program p on p.id = a.program_id
         where p.publication = 'PUBLISHED') as replicating_regencies,
       (select count(*) from study_visit where state = 'COMPLETED') as completed_visits,
       (select count(distinct a.adopter_regency_code) from adoption a join program p on p.id = a.program_id
         where p.slug = 'prolita-bontang') as prolita_adopters`,
  );
  const number = (name: string) => Number(row![name]);
  return {
    figures: {
      publishedPrograms: number('published_programs'),
      hostRegencies: number('host_regencies'),
      hostProvinces: number('host_provinces'),
      replicatingRegencies: number('replicating_regencies'),
      completedVisits: number('completed_visits'),
    },
    prolitaAdopters: number('prolita_adopters'),
  };
}

async function adopt(slug: string, regencyCode: string, stage: AdoptionStage) {
  const em = api.em();
  em.create(Adoption, { program: await em.findOneOrFail(Program, { slug }), adopterRegency: regencyCode, stage, year: 2024 });
  await em.flush();
}

async function visit(hostRegencyCode: string, state: VisitState) {
  const em = api.em();
  em.create(StudyVisit, { hostRegency: hostRegencyCode, participantCount: 10, objectives: 'Belajar dari tuan rumah.', state });
  await em.flush();
}

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  // Two host provinces with published programs; Prabumulih hosts two. A draft in a third province counts nowhere.
  await createProgram(em, { slug: 'prolita-bontang', hostRegencyCode: '64.74' });
  await createProgram(em, { slug: 'ritta-prabumulih', hostRegencyCode: '16.74' });
  await createProgram(em, { slug: 'bedah-rumah-prabumulih', hostRegencyCode: '16.74' });
  await createProgram(em, { slug: 'draf-tabalong', hostRegencyCode: '63.09', publication: 'DRAFT' });
  // Tangsel replicates two programs and is one replicating regency; Banjarbaru replicates only the draft.
  await adopt('prolita-bontang', '36.74', 'INTERESTED');
  await adopt('ritta-prabumulih', '36.74', 'ADOPTED');
  await adopt('prolita-bontang', '63.07', 'PLANNING');
  await adopt('draf-tabalong', '63.72', 'PLANNING');
  await visit('64.74', 'COMPLETED');
  await visit('16.74', 'COMPLETED');
  await visit('16.74', 'CONFIRMED');
  await visit('64.74', 'REQUESTED');
});
afterAll(() => api.close());

describe('headline figures', () => {
  it('agree with SQL counts of distinct things, a regency replicating two programs counted once', async () => {
    const result = await api.execute(FIGURES);
    const sql = await countedInSql();
    expect(result.data?.headlineFigures).toEqual(sql.figures);
    expect(sql.figures).toEqual({ publishedPrograms: 3, hostRegencies: 2, hostProvinces: 2, replicatingRegencies: 2, completedVisits: 2 });
  });

  it('count a regency once more only when it is a new one (the feedback of a delegation that replicates again)', async () => {
    // The six-regency delegation of the issue: regions that already replicate something add nothing.
    await adopt('bedah-rumah-prabumulih', '36.74', 'PLANNING');
    await adopt('bedah-rumah-prabumulih', '63.07', 'PLANNING');
    expect((await api.execute(FIGURES)).data?.headlineFigures).toMatchObject({ replicatingRegencies: 2 });
    await adopt('bedah-rumah-prabumulih', '63.09', 'INTERESTED');
    const result = await api.execute(FIGURES);
    expect(result.data?.headlineFigures).toEqual((await countedInSql()).figures);
    expect(result.data?.headlineFigures).toMatchObject({ replicatingRegencies: 3 });
  });

  it("counts a program's replicating regencies as SQL does", async () => {
    const result = await api.execute<{ program: { adoptionCount: number } }>(PROGRAM_COUNTS);
    expect(result.data?.program.adoptionCount).toBe((await countedInSql()).prolitaAdopters);
    expect(result.data?.program.adoptionCount).toBe(2);
  });

  it('leave drafts out: publishing one changes the figures it touches', async () => {
    const em = api.em();
    const draft = await em.findOneOrFail(Program, { slug: 'draf-tabalong' });
    draft.publication = 'PUBLISHED';
    await em.flush();
    const result = await api.execute(FIGURES);
    expect(result.data?.headlineFigures).toEqual((await countedInSql()).figures);
    expect(result.data?.headlineFigures).toMatchObject({ publishedPrograms: 4, hostRegencies: 3, hostProvinces: 3, replicatingRegencies: 4 });
  });
});
