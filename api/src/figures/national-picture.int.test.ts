import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Adoption, type AdoptionStage } from '../adoptions/adoption.entity';
import { type Viewer } from '../core/viewer';
import { Program } from '../programs/program.entities';
import { Regency } from '../regions/region.entities';
import { createProgram, createViewer, seedTestRegions, TEST_REGIONS } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { StudyVisit, StudyVisitDay } from '../visits/visit.entities';
import { type VisitState } from '../visits/visit-workflow';

let api: TestApi;
let admin: Viewer;
let coordinator: Viewer;
let hostEditor: Viewer;

const PICTURE = `{ nationalPicture {
  provinces { code name programs adoptingRegencies adoptions }
  visitsPerMonth { month visits }
  mostReplicated { slug adoptingRegencies }
  unvisitedRegions { regencyCode requests }
} }`;

type Picture = {
  provinces: { code: string; programs: number; adoptingRegencies: number; adoptions: number }[];
  visitsPerMonth: { month: string; visits: number }[];
  mostReplicated: { slug: string; adoptingRegencies: number }[];
  unvisitedRegions: { regencyCode: string; requests: number }[] | null;
};

async function pictureFor(viewer: Viewer | null): Promise<Picture> {
  const result = await api.execute<{ nationalPicture: Picture }>(PICTURE, {}, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.nationalPicture;
}

async function adopt(slug: string, regencyCode: string, stage: AdoptionStage = 'PLANNING') {
  const em = api.em();
  em.create(Adoption, { program: await em.findOneOrFail(Program, { slug }), adopterRegency: regencyCode, stage, year: 2024 });
  await em.flush();
}

async function visit(state: VisitState, visitingRegencyCodes: string[], days: { date: string; proposed?: boolean }[]) {
  const em = api.em();
  const visit = em.create(StudyVisit, { hostRegency: '64.74', participantCount: 5, objectives: 'Belajar.', state });
  visit.visitingRegencies.set(visitingRegencyCodes.map((code) => em.getReference(Regency, code)));
  for (const day of days) em.create(StudyVisitDay, { visit, date: day.date, proposed: day.proposed ?? false });
  await em.flush();
}

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  admin = await createViewer(em, 'ADMIN');
  coordinator = await createViewer(em, 'COORDINATOR', { regencyCode: '63.09' });
  hostEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  await createProgram(em, { slug: 'prolita-bontang', hostRegencyCode: '64.74' });
  await createProgram(em, { slug: 'ritta-prabumulih', hostRegencyCode: '16.74' });
  await createProgram(em, { slug: 'draf-tabalong', hostRegencyCode: '63.09', publication: 'DRAFT' });
  await adopt('prolita-bontang', '63.09');
  await adopt('prolita-bontang', '63.07');
  await adopt('prolita-bontang', '36.74');
  await adopt('ritta-prabumulih', '63.09');
  await adopt('draf-tabalong', '63.72');
  // Tabalong came to Bontang (held); Banjarbaru and Hulu Sungai Tengah only asked, and a proposal is no visit day.
  await visit('COMPLETED', ['63.09'], [{ date: '2026-03-10' }, { date: '2026-03-11' }]);
  await visit('CONFIRMED', ['63.09'], [{ date: '2026-05-02' }]);
  await visit('REQUESTED', ['63.72', '63.07'], [{ date: '2026-06-01', proposed: true }]);
  await visit('DECLINED', ['63.72'], []);
});
afterAll(() => api?.close());

describe('the national picture', () => {
  it('lists every province, counting published programs and the adoptions of published programs by its regencies', async () => {
    const picture = await pictureFor(null);
    expect(picture.provinces.map((province) => province.code)).toEqual(TEST_REGIONS.provinces.map((province) => province.code));
    expect(Object.fromEntries(picture.provinces.map(({ code, programs, adoptingRegencies, adoptions }) => [code, [programs, adoptingRegencies, adoptions]]))).toEqual({
      '16': [1, 0, 0],
      '36': [0, 1, 1],
      '63': [0, 2, 3],
      '64': [1, 0, 0],
    });
  });

  it('counts visits agreed or held by the month of their first day, and lists the most replicated published programs', async () => {
    const picture = await pictureFor(null);
    expect(picture.visitsPerMonth).toEqual([
      { month: '2026-03', visits: 1 },
      { month: '2026-05', visits: 1 },
    ]);
    expect(picture.mostReplicated).toEqual([
      { slug: 'prolita-bontang', adoptingRegencies: 3 },
      { slug: 'ritta-prabumulih', adoptingRegencies: 1 },
    ]);
  });

  it('shows coordinators and admins the regions that asked and were not visited, and nobody else', async () => {
    for (const viewer of [coordinator, admin]) {
      expect((await pictureFor(viewer)).unvisitedRegions).toEqual([
        { regencyCode: '63.72', requests: 2 },
        { regencyCode: '63.07', requests: 1 },
      ]);
    }
    for (const viewer of [null, hostEditor]) expect((await pictureFor(viewer)).unvisitedRegions).toBeNull();
  });
});
