import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEvent } from '@tiru/api/outbox';
import { Program } from '@tiru/api/programs';
import { startTestApi, type TestApi } from '@tiru/api/testing';
import { demoDataset } from '../demo/index';
import { loadIndonesiaRegions } from '@tiru/api/regions';
import { demoSummary, seedDemo } from './seed-demo';
import { upsertReferenceRegions } from '@tiru/api/regions';
import { seedSynthetic } from './seed-synthetic';

let api: TestApi;
let summary: string;
beforeAll(async () => {
  api = await startTestApi();
  await upsertReferenceRegions(api.em());
  await upsertReferenceRegions(api.em());
  summary = demoSummary(await seedDemo(api.em(), demoDataset));
});
afterAll(() => api.close());

describe('seeder', () => {
  it('loads all 514 kabupaten/kota, idempotently, and serves them through the API', async () => {
    const result = await api.execute<{ regencies: { code: string }[]; provinces: { code: string }[] }>('{ regencies { code } provinces { code } }');
    expect(result.data?.regencies).toHaveLength(514);
    expect(result.data?.provinces).toHaveLength(38);
    const bontang = await api.execute('{ regency(code: "64.74") { name kind province { name timeZone } } }');
    expect(bontang.data?.regency).toEqual({ name: 'Kota Bontang', kind: 'KOTA', province: { name: 'Kalimantan Timur', timeZone: 'Asia/Makassar' } });
  });

  it('shows Prolita with its unit cost of Rp50.000.000 per RT', async () => {
    const result = await api.execute('{ program(slug: "prolita-bontang") { acronym unitCostRupiah unitCostUnit hostRegency { code } costs { amountRupiah unit illustrative } } }');
    expect(result.data?.program).toMatchObject({ acronym: 'Prolita', unitCostRupiah: '50000000', unitCostUnit: 'per RT', hostRegency: { code: '64.74' } });
  });

  it("records Prabumulih's poverty outcome and partners, and Tangsel's interest in Prolita", async () => {
    type Outcome = { baseline: number; value: number; period: string; source: Record<string, string | null> | null };
    const outcomes = await api.execute<{ programs: { edges: { node: { outcomes: Outcome[]; partners: { name: string }[] } }[] } }>(
      '{ programs(filter: { regencyCode: "16.74" }, first: 50) { edges { node { outcomes { baseline value period source { title publisher publishedOn url } } partners { name } } } } }',
    );
    const nodes = outcomes.data?.programs.edges.map((edge) => edge.node) ?? [];
    expect(nodes.flatMap((node) => node.outcomes)).toContainEqual({
      baseline: 11.28,
      value: 11.23,
      period: '2023-11-30',
      source: {
        title: 'Pj Walikota Prabumulih Pimpin Rapat Koordinasi Program Percepatan Penghapusan Kemiskinan Ekstrem',
        publisher: null,
        publishedOn: '2024-01-16',
        url: null,
      },
    });
    expect(nodes.flatMap((node) => node.partners.map((partner) => partner.name))).toEqual(expect.arrayContaining(['Badan Amil Zakat Nasional (BAZNAS)']));
    const adoptions = await api.execute('{ program(slug: "prolita-bontang") { adoptions { stage adopterRegency { name } } } }');
    expect(adoptions.data?.program).toEqual({ adoptions: [{ stage: 'INTERESTED', adopterRegency: { name: 'Kota Tangerang Selatan' } }] });
  });

  it('sums up published programs apart from drafts', async () => {
    const published = await api.em().count(Program, { publication: 'PUBLISHED' });
    const drafts = await api.em().count(Program, { publication: 'DRAFT' });
    expect(drafts).toBeGreaterThan(0);
    expect(summary).toMatch(new RegExp(`^${published} published programs, ${drafts} drafts?, 5 study visits, \\d+ agencies, 7 accounts$`));
  });

  it('queues every demo program for the search index', async () => {
    // The visit services queue a sync again for the programs of a visit they confirm: the same key, read afresh when handled.
    const queued = await api.em().find(OutboxEvent, { topic: 'search.program' });
    const programs = await api.em().find(Program, {});
    expect(new Set(queued.map((event) => event.key))).toEqual(new Set(programs.map((program) => String(program.id))));
    expect(programs).toHaveLength(demoDataset.programs.length);
  });

  it('adds deterministic synthetic programs in bulk', async () => {
    const { regencies } = await loadIndonesiaRegions();
    await seedSynthetic(api.em(), regencies, 1500, 7);
    expect(await api.em().count(Program, { synthetic: true })).toBe(1500);
    const withCosts = await api.execute<{ programs: { totalCount: number; edges: { node: { costs: unknown[]; funding: unknown[] } }[] } }>(
      '{ programs(first: 3) { totalCount edges { node { costs { amountRupiah } funding { kind sharePercent } } } } }',
    );
    expect(withCosts.data?.programs.totalCount).toBeGreaterThanOrEqual(1500);
    expect(withCosts.data?.programs.edges[0]?.node.costs.length).toBeGreaterThan(0);
  });

  it('leaves the planner statistics of the tables it filled up to date', async () => {
    const rows: { relname: string; reltuples: number }[] = await api.em().getConnection().execute(
      "select relname, reltuples from pg_class where relname in ('program', 'program_cost') and relkind = 'r'",
    );
    const estimated = Object.fromEntries(rows.map((row) => [row.relname, Number(row.reltuples)]));
    expect(estimated.program).toBeGreaterThanOrEqual(1500);
    expect(estimated.program_cost).toBeGreaterThan(0);
  });
});
