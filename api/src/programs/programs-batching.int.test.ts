import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Program, ProgramFunding, ProgramOutcome, ProgramPartner } from './program.entities';
import { createAgency, createProgram, seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';

let api: TestApi;
let queries: string[] = [];

beforeAll(async () => {
  api = await startTestApi({ debug: ['query'], logger: (message: string) => queries.push(message) });
  const em = api.em();
  await seedTestRegions(em);
  const agency = await createAgency(em, 'Dinas Perkim Kota Prabumulih', 'DINAS', '16.74');
  for (let index = 0; index < 60; index += 1) {
    const program = await createProgram(em, { slug: `program-${index}`, hostRegencyCode: index % 2 ? '16.74' : '64.74' });
    program.leadAgency = agency as never;
    em.create(ProgramOutcome, { program, indicator: 'Rumah terbangun', value: index, unit: 'rumah', period: '2023' });
    em.create(ProgramFunding, { program, kind: 'APBD', sharePercent: 100 });
    em.create(ProgramPartner, { program, name: 'BAZNAS' });
  }
  await em.flush();
});
afterAll(() => api.close());

const PAGE = `query Page($first: Int!) {
  programs(first: $first) {
    edges { node { slug hostRegency { name province { name } } leadAgency { name } outcomes { value } funding { kind } partners { name } } }
  }
}`;

async function queriesFor(first: number): Promise<number> {
  queries = [];
  const result = await api.execute<{ programs: { edges: unknown[] } }>(PAGE, { first });
  expect(result.errors).toBeUndefined();
  expect(result.data?.programs.edges).toHaveLength(first);
  return queries.filter((line) => /\b(select|SELECT)\b/.test(line)).length;
}

describe('a page of programs with its relations', () => {
  it('costs one SQL statement, for 5 programs as for 50', async () => {
    expect(await queriesFor(5)).toBe(1);
    expect(await queriesFor(50)).toBe(1);
  });
});

const TOTAL = `query Total($filter: ProgramFilterInput) { programs(first: 1, filter: $filter) { totalCount } }`;

async function totalWithQueries(filter: Record<string, unknown>): Promise<{ total: number; queries: number }> {
  queries = [];
  const result = await api.execute<{ programs: { totalCount: number } }>(TOTAL, { filter });
  expect(result.errors).toBeUndefined();
  return { total: result.data!.programs.totalCount, queries: queries.filter((line) => /\b(select|SELECT)\b/.test(line)).length };
}

describe('the total of a filter', () => {
  // Each answer reads the page and the catalog generation; a total not cached also counts.
  const counted = 3;
  const cached = 2;

  it('is counted once, and again as soon as a program changes', async () => {
    const filter = { regencyCode: '16.74' };
    expect(await totalWithQueries(filter)).toEqual({ total: 30, queries: counted });
    expect(await totalWithQueries(filter)).toEqual({ total: 30, queries: cached });
    expect(await totalWithQueries({ regencyCode: '64.74' })).toEqual({ total: 30, queries: counted });

    await createProgram(api.em(), { slug: 'program-baru', hostRegencyCode: '16.74' });
    expect(await totalWithQueries(filter)).toEqual({ total: 31, queries: counted });

    const em = api.em();
    const unpublished = await em.findOneOrFail(Program, { slug: 'program-baru' });
    unpublished.publication = 'DRAFT';
    await em.flush();
    expect(await totalWithQueries(filter)).toEqual({ total: 30, queries: counted });
  });

  it('is counted again after a write this process never saw, as another replica makes', async () => {
    const filter = { regencyCode: '16.74' };
    await totalWithQueries(filter);
    expect(await totalWithQueries(filter)).toEqual({ total: 30, queries: cached });
    // Plain SQL, outside this process's ORM and its events: what a write through another API replica looks like here.
    await api.em().getConnection().execute(`update program set publication = 'PUBLISHED' where slug = 'program-baru'`);
    expect(await totalWithQueries(filter)).toEqual({ total: 31, queries: counted });
    expect(await totalWithQueries(filter)).toEqual({ total: 31, queries: cached });
  });
});
