import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { Adoption } from '../adoptions/adoption.entity';
import { createAgency, createProgram, createViewer, seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { ProgramContact, ProgramCost, ProgramDocument, ProgramFunding, ProgramOutcome, ProgramPartner } from './program.entities';

// The catalog (`programs`) and a profile (`program(slug)`) read programs as JSON cards built by the
// database; a comparison (`compare`) reads entities through the ORM. Asked the same fields, all must answer the same.

let api: TestApi;
let bontangEditor: Viewer;
let official: Viewer;

const EVERY_FIELD = `
  id slug title localName acronym themes summary problem approachSteps legalBasis startYear endYear activity publication
  beneficiaries beneficiaryUnit unitsBuilt totalBudgetRupiah unitCostRupiah unitCostUnit lastVerifiedAt publishedAt version
  createdAt updatedAt isStale viewerCan { edit verify } allowedPublicationMoves adoptionCount
  hostRegency { code name kind province { code name timeZone } }
  leadAgency { id name type regency { code name province { code } } province { code } }
  costs { id kind label amountRupiah unit year illustrative source }
  funding { id kind sharePercent amountRupiah note illustrative source }
  outcomes { id indicator baseline value unit period source { title publisher publishedOn url } illustrative }
  partners { id name role }
  contacts { id name role phone email illustrative agency { id name regency { code } } }
  documents { id title url }
  adoptions { stage year adopterRegency { code } }
  revisions { version action }
  similarPrograms(limit: 2) { slug hostRegency { code } }
`;

const PAGE = `query Page($first: Int!, $after: String, $filter: ProgramFilterInput) {
  programs(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${EVERY_FIELD} } }
  }
}`;
const PROFILE = `query Profile($slug: String!) { program(slug: $slug) { ${EVERY_FIELD} } }`;
const AS_ENTITY = `query AsEntity($slug: String!) { compare(slugs: [$slug]) { program { ${EVERY_FIELD} } } }`;

type Node = Record<string, unknown> & { slug: string };
type Page = { programs: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Node }[] } };

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  bontangEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  official = await createViewer(em, 'COORDINATOR', { regencyCode: '63.09', coveredRegencyCodes: ['63.09'] });
  const dinas = await createAgency(em, 'Dinas Perkim Kota Bontang', 'DINAS', '64.74');

  const prolita = await createProgram(em, { slug: 'prolita', hostRegencyCode: '64.74', themes: ['COMMUNITY_INFRASTRUCTURE'], totalBudgetRupiah: 60_000_000_000n });
  Object.assign(prolita, {
    acronym: 'Prolita',
    localName: 'Program Lima Puluh Juta per RT',
    approachSteps: ['Musyawarah RT', 'Usulan ke kelurahan', 'Pencairan'],
    legalBasis: 'Peraturan Wali Kota Bontang',
    startYear: 2021,
    beneficiaries: 1_600,
    beneficiaryUnit: 'RT',
    unitCostRupiah: 50_000_000n,
    unitCostUnit: 'per RT',
    lastVerifiedAt: new Date('2026-03-14T08:30:15.123Z'),
    publishedAt: new Date('2021-06-01T00:00:00.000Z'),
    leadAgency: dinas,
  });
  // Created in reverse order: cards must come back in position order, as the entity collections do.
  em.create(ProgramCost, { program: prolita, kind: 'TOTAL_BUDGET', label: 'Anggaran 2024', amountRupiah: 60_000_000_000n, year: 2024, position: 1 });
  em.create(ProgramCost, { program: prolita, kind: 'UNIT_COST', label: 'Per RT', amountRupiah: 50_000_000n, unit: 'per RT', position: 0 });
  em.create(ProgramFunding, { program: prolita, kind: 'APBD', sharePercent: 92.5, amountRupiah: 55_500_000_000n, position: 0 });
  em.create(ProgramFunding, { program: prolita, kind: 'CSR', sharePercent: 7.5, note: 'Pupuk Kaltim', position: 1 });
  em.create(ProgramOutcome, {
    program: prolita,
    indicator: 'Fasilitas umum',
    baseline: null,
    value: 2_417,
    unit: 'unit',
    period: '2023',
    position: 0,
    sourceTitle: 'Pemkot Tangsel Belajar Mekanisme Prolita',
    sourcePublisher: 'Humas Pemkot Bontang',
    sourcePublishedOn: '2014-03-04',
    sourceUrl: 'https://bontangkota.go.id/berita/prolita',
  });
  em.create(ProgramOutcome, { program: prolita, indicator: 'RT penerima', baseline: null, value: 1_600, unit: 'RT', period: '2023', position: 1 });
  em.create(ProgramPartner, { program: prolita, name: 'Kelurahan', role: null });
  em.create(ProgramContact, { program: prolita, name: 'Ibu Sari', role: 'Kepala Bidang', phone: '+62 548 21000', email: 'sari@bontang.test', agency: dinas });
  em.create(ProgramContact, { program: prolita, name: 'Pak Budi', role: 'Staf', position: 1 });
  em.create(ProgramDocument, { program: prolita, title: 'Perwali', url: 'https://bontangkota.go.id/perwali' });
  em.create(Adoption, { program: prolita, adopterRegency: '63.09', stage: 'ADOPTED', year: 2025 });

  for (const [slug, hostRegencyCode, themes] of [
    ['ritta', '16.74', ['HOUSING', 'DISASTER_RESILIENCE']],
    ['bedah-rumah', '16.74', ['HOUSING']],
    ['kotaku-banjarbaru', '63.72', ['SLUM_UPGRADING']],
  ] as const) {
    const program = await createProgram(em, { slug, hostRegencyCode, themes: [...themes] });
    em.create(ProgramFunding, { program, kind: 'ZAKAT_INFAQ', sharePercent: 50 });
    em.create(ProgramFunding, { program, kind: 'ZAKAT_INFAQ', sharePercent: 50, position: 1 });
  }
  await createProgram(em, { slug: 'draft-bontang', hostRegencyCode: '64.74', publication: 'DRAFT' });
  await createProgram(em, { slug: 'draft-prabumulih', hostRegencyCode: '16.74', publication: 'DRAFT' });
  await em.flush();
});
afterAll(() => api.close());

async function catalogPage(viewer: Viewer | null, variables: Record<string, unknown>): Promise<Page['programs']> {
  const result = await api.execute<Page>(PAGE, { first: 50, ...variables }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.programs;
}

async function profile(viewer: Viewer | null, slug: string): Promise<Node> {
  const result = await api.execute<{ program: Node }>(PROFILE, { slug }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.program;
}

async function entity(viewer: Viewer | null, slug: string): Promise<Node> {
  const result = await api.execute<{ compare: { program: Node }[] }>(AS_ENTITY, { slug }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.compare[0]!.program;
}

const slugsOf = (page: Page['programs']) => page.edges.map((edge) => edge.node.slug);

describe('the catalog read path', () => {
  it('answers every field of every program exactly as the entities do, in the catalog and in a profile', async () => {
    for (const viewer of [null, bontangEditor, official]) {
      const page = await catalogPage(viewer, {});
      expect(slugsOf(page)).toEqual(['kotaku-banjarbaru', 'bedah-rumah', 'ritta', 'prolita']);
      for (const { node } of page.edges) {
        const asEntity = await entity(viewer, node.slug);
        expect(node).toEqual(asEntity);
        expect(await profile(viewer, node.slug)).toEqual(asEntity);
      }
    }
  });

  it('keeps rupiah above 2^53, dates and the order of a profile’s parts', async () => {
    const prolita = (await catalogPage(official, { filter: { regencyCode: '64.74' } })).edges[0]!.node;
    expect(prolita).toMatchObject({
      totalBudgetRupiah: '60000000000',
      lastVerifiedAt: '2026-03-14T08:30:15.123Z',
      costs: [{ label: 'Per RT' }, { label: 'Anggaran 2024', amountRupiah: '60000000000' }],
      contacts: [{ name: 'Ibu Sari', phone: '+62 548 21000', agency: { name: 'Dinas Perkim Kota Bontang' } }, { name: 'Pak Budi', agency: null }],
      leadAgency: { name: 'Dinas Perkim Kota Bontang', regency: { code: '64.74', province: { code: '64' } }, province: null },
      partners: [{ name: 'Kelurahan', role: null }],
      outcomes: [{ source: { title: 'Pemkot Tangsel Belajar Mekanisme Prolita', publishedOn: '2014-03-04' } }, { indicator: 'RT penerima', source: null }],
    });
  });

  it('filters by province, theme and funding kind without repeating a program', async () => {
    expect(slugsOf(await catalogPage(null, { filter: { provinceCode: '16' } }))).toEqual(['bedah-rumah', 'ritta']);
    expect(slugsOf(await catalogPage(null, { filter: { theme: 'HOUSING' } }))).toEqual(['bedah-rumah', 'ritta']);
    const zakat = await catalogPage(null, { filter: { fundingKind: 'ZAKAT_INFAQ' } });
    expect(slugsOf(zakat)).toEqual(['kotaku-banjarbaru', 'bedah-rumah', 'ritta']);
    expect(zakat.totalCount).toBe(3);
  });

  it('pages by keyset, a full page at a time even when a filter joins several rows per program', async () => {
    const first = await catalogPage(null, { first: 2, filter: { fundingKind: 'ZAKAT_INFAQ' } });
    expect(slugsOf(first)).toEqual(['kotaku-banjarbaru', 'bedah-rumah']);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1]!.cursor });
    const second = await catalogPage(null, { first: 2, after: first.pageInfo.endCursor, filter: { fundingKind: 'ZAKAT_INFAQ' } });
    expect(slugsOf(second)).toEqual(['ritta']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('lists drafts only to those who may edit them', async () => {
    const drafts = await catalogPage(bontangEditor, { filter: { state: 'DRAFT' } });
    expect(slugsOf(drafts)).toEqual(['draft-bontang']);
    expect(drafts.edges[0]!.node).toEqual(await entity(bontangEditor, 'draft-bontang'));
    expect(await profile(bontangEditor, 'draft-bontang')).toEqual(drafts.edges[0]!.node);
    const refused = await api.execute(PAGE, { first: 50, filter: { state: 'DRAFT' } }, null);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
