import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { Program, ProgramRevision } from './program.entities';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { createProgram, createViewer, seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';

let api: TestApi;
let bontangEditor: Viewer;
let prabumulihEditor: Viewer;

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  bontangEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  prabumulihEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '16.74' });
});
afterAll(() => api.close());

const CREATE = `mutation Create($input: CreateProgramInput!) {
  createProgram(input: $input) { slug version publication totalBudgetRupiah unitCostRupiah unitCostUnit hostRegency { code name province { code } } }
}`;

const prolitaInput = {
  title: 'Program Lima Puluh Juta per RT',
  acronym: 'Prolita',
  hostRegencyCode: '64.74',
  themes: ['COMMUNITY_INFRASTRUCTURE'],
  summary: 'Setiap RT di Bontang menerima Rp50 juta untuk fasilitas umum yang diusulkan dan dikelola warga.',
  unitCostRupiah: '50000000',
  unitCostUnit: 'per RT',
  totalBudgetRupiah: '60000000000',
};

async function programCount(): Promise<number> {
  return api.em().count(Program);
}

describe('program catalog', () => {
  it('creates a draft with BigInt money that round-trips exactly, above 2^31', async () => {
    const result = await api.execute<{ createProgram: Record<string, unknown> }>(CREATE, { input: prolitaInput }, bontangEditor);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createProgram).toMatchObject({
      slug: 'program-lima-puluh-juta-per-rt-kota-bontang',
      version: 1,
      publication: 'DRAFT',
      totalBudgetRupiah: '60000000000',
      unitCostRupiah: '50000000',
      unitCostUnit: 'per RT',
      hostRegency: { code: '64.74', name: 'Kota Bontang', province: { code: '64' } },
    });
  });

  it('refuses a host editor of another regency with FORBIDDEN and writes nothing', async () => {
    const before = await programCount();
    const result = await api.execute(CREATE, { input: { ...prolitaInput, title: 'Prolita kedua' } }, prabumulihEditor);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await programCount()).toBe(before);
  });

  it('refuses anonymous mutations with UNAUTHENTICATED', async () => {
    const result = await api.execute(CREATE, { input: prolitaInput }, null);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names the field at fault for malformed input and leaves the database unchanged', async () => {
    const before = await programCount();
    const tooShort = await api.execute(CREATE, { input: { ...prolitaInput, summary: 'pendek' } }, bontangEditor);
    expect(tooShort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
    const negative = await api.execute(CREATE, { input: { ...prolitaInput, title: 'Negatif', totalBudgetRupiah: '-5' } }, bontangEditor);
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'totalBudgetRupiah' });
    const reversed = await api.execute(CREATE, { input: { ...prolitaInput, title: 'Terbalik', startYear: 2020, endYear: 2010 } }, bontangEditor);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endYear' });
    const notMoney = await api.execute(CREATE, { input: { ...prolitaInput, title: 'Bukan uang', totalBudgetRupiah: '12.5' } }, bontangEditor);
    expect(notMoney.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify([tooShort, negative, reversed, notMoney])).not.toMatch(/at .*\.ts|stack/i);
    expect(await programCount()).toBe(before);
  });

  it('refuses null for a field every program has, naming it, and changes nothing', async () => {
    const slug = 'program-lima-puluh-juta-per-rt-kota-bontang';
    const UPDATE = `mutation U($slug: String!, $version: Int!, $input: ProgramFieldsInput!) { updateProgram(slug: $slug, version: $version, input: $input) { version } }`;
    for (const field of ['title', 'themes', 'summary', 'problem', 'approachSteps', 'activity']) {
      const erased = await api.execute(UPDATE, { slug, version: 1, input: { legalBasis: 'Perwali', [field]: null } }, bontangEditor);
      expect(erased.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const program = await api.em().findOneOrFail(Program, { slug });
    expect({ version: program.version, legalBasis: program.legalBasis }).toEqual({ version: 1, legalBasis: null });
  });

  it("keeps the host's English title and summary within the Indonesian limits, trimmed, and removes them on null", async () => {
    const program = await createProgram(api.em(), { slug: 'ritta-english', title: 'Rumah Inti Tumbuh Tahan Gempa', hostRegencyCode: '16.74' });
    const UPDATE = `mutation U($slug: String!, $version: Int!, $input: ProgramFieldsInput!) { updateProgram(slug: $slug, version: $version, input: $input) { version titleEn summaryEn } }`;
    const READ = `{ program(slug: "ritta-english") { titleEn summaryEn } }`;
    const refused = [
      { titleEn: 'ab' },
      { titleEn: 'x'.repeat(301) },
      { summaryEn: 'Too short.' },
      { summaryEn: 'x'.repeat(4001) },
    ];
    for (const input of refused) {
      const answer = await api.execute(UPDATE, { slug: program.slug, version: 1, input }, prabumulihEditor);
      expect(answer.errors?.[0]?.extensions, JSON.stringify(input).slice(0, 40)).toMatchObject({ code: 'BAD_USER_INPUT', field: Object.keys(input)[0] });
    }
    expect((await api.execute(READ)).data?.program).toEqual({ titleEn: null, summaryEn: null });
    // Hostile text is text: stored as written, never run.
    const english = { titleEn: "  Earthquake-Resistant Core Houses'; DROP TABLE program; -- ", summaryEn: 'Core houses for low-income families that they can extend later. ' };
    const saved = await api.execute(UPDATE, { slug: program.slug, version: 1, input: english }, prabumulihEditor);
    expect(saved.data?.updateProgram).toEqual({ version: 2, titleEn: english.titleEn.trim(), summaryEn: english.summaryEn.trim() });
    expect((await api.execute(UPDATE, { slug: program.slug, version: 2, input: { titleEn: 'Core houses' } }, bontangEditor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const removed = await api.execute(UPDATE, { slug: program.slug, version: 2, input: { titleEn: null, summaryEn: null } }, prabumulihEditor);
    expect(removed.data?.updateProgram).toEqual({ version: 3, titleEn: null, summaryEn: null });
  });

  it('rejects a stale version with CONFLICT, keeps revisions and queues a search sync per change', async () => {
    const slug = 'program-lima-puluh-juta-per-rt-kota-bontang';
    const UPDATE = `mutation U($slug: String!, $version: Int!, $input: ProgramFieldsInput!) { updateProgram(slug: $slug, version: $version, input: $input) { version legalBasis } }`;
    const first = await api.execute<{ updateProgram: { version: number } }>(UPDATE, { slug, version: 1, input: { legalBasis: 'Peraturan Wali Kota Bontang' } }, bontangEditor);
    expect(first.data?.updateProgram.version).toBe(2);
    const stale = await api.execute(UPDATE, { slug, version: 1, input: { legalBasis: 'Lost update' } }, bontangEditor);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version', actualVersion: 2 });
    const program = await api.em().findOneOrFail(Program, { slug });
    expect(program.legalBasis).toBe('Peraturan Wali Kota Bontang');
    expect(await api.em().count(ProgramRevision, { program })).toBe(2);
    expect(await api.em().count(OutboxEvent, { topic: 'search.program', key: String(program.id) })).toBe(2);
  });

  it('edits parts, publishes, and shows contacts only to officials', async () => {
    const slug = 'program-lima-puluh-juta-per-rt-kota-bontang';
    const ADD_CONTACT = `mutation A($slug: String!, $version: Int!, $input: ContactInput!) { addProgramContact(slug: $slug, version: $version, input: $input) { version } }`;
    const added = await api.execute<{ addProgramContact: { version: number } }>(
      ADD_CONTACT,
      { slug, version: 2, input: { name: 'Bagian Pemerintahan', role: 'Pengelola Prolita', phone: '+62 548 123456', email: 'prolita@tiru.test' } },
      bontangEditor,
    );
    expect(added.errors).toBeUndefined();
    const PUBLISH = `mutation P($slug: String!, $version: Int!) { publishProgram(slug: $slug, version: $version) { publication version } }`;
    const published = await api.execute<{ publishProgram: { publication: string; version: number } }>(PUBLISH, { slug, version: 3 }, bontangEditor);
    expect(published.data?.publishProgram).toEqual({ publication: 'PUBLISHED', version: 4 });

    const READ = `query R($slug: String!) { program(slug: $slug) { contacts { name phone email } } }`;
    const anonymous = await api.execute<{ program: { contacts: { phone: string | null; email: string | null }[] } }>(READ, { slug });
    expect(anonymous.data?.program.contacts).toEqual([{ name: 'Bagian Pemerintahan', phone: null, email: null }]);
    const official = await api.execute<{ program: { contacts: { phone: string | null }[] } }>(READ, { slug }, prabumulihEditor);
    expect(official.data?.program.contacts[0]?.phone).toBe('+62 548 123456');
  });

  it('shows a published program’s change history to its editors only, newest first', async () => {
    const READ = `query R($slug: String!) { program(slug: $slug) { viewerCan { edit } revisions { version action } } }`;
    const slug = 'program-lima-puluh-juta-per-rt-kota-bontang';
    type History = { program: { viewerCan: { edit: boolean }; revisions: { version: number; action: string }[] } };
    const editor = await api.execute<History>(READ, { slug }, bontangEditor);
    expect(editor.data?.program.viewerCan.edit).toBe(true);
    expect(editor.data?.program.revisions.map((revision) => revision.version)).toEqual([4, 3, 2, 1]);
    expect((await api.execute<History>(READ, { slug }, prabumulihEditor)).data?.program).toEqual({ viewerCan: { edit: false }, revisions: [] });
    expect((await api.execute<History>(READ, { slug })).data?.program).toEqual({ viewerCan: { edit: false }, revisions: [] });
  });

  it('hides drafts from the public but shows them to their editors', async () => {
    await createProgram(api.em(), { slug: 'draf-prabumulih', hostRegencyCode: '16.74', publication: 'DRAFT' });
    const READ = `query R($slug: String!) { program(slug: $slug) { slug viewerCan { edit } } }`;
    expect((await api.execute(READ, { slug: 'draf-prabumulih' })).data?.program).toBeNull();
    expect((await api.execute(READ, { slug: 'draf-prabumulih' }, bontangEditor)).data?.program).toBeNull();
    expect((await api.execute(READ, { slug: 'draf-prabumulih' }, prabumulihEditor)).data?.program).toEqual({ slug: 'draf-prabumulih', viewerCan: { edit: true } });
  });

  it('compares programs with derived figures', async () => {
    await createProgram(api.em(), { slug: 'ritta', hostRegencyCode: '16.74', totalBudgetRupiah: 1_000_000_000n });
    const em = api.em();
    const ritta = await em.findOneOrFail(Program, { slug: 'ritta' });
    ritta.beneficiaries = 40;
    ritta.startYear = 2021;
    await em.flush();
    const COMPARE = `query C($slugs: [String!]!) { compare(slugs: $slugs) { program { slug } costPerBeneficiary { rupiah basis derived } totalBudget { rupiah derived } yearsRunning adoptionCount } }`;
    const result = await api.execute<{ compare: unknown[] }>(COMPARE, { slugs: ['ritta', 'program-lima-puluh-juta-per-rt-kota-bontang'] });
    expect(result.errors).toBeUndefined();
    expect(result.data?.compare[0]).toMatchObject({ program: { slug: 'ritta' }, costPerBeneficiary: { rupiah: '25000000', basis: 'TOTAL_BUDGET_BY_BENEFICIARIES', derived: true }, totalBudget: { derived: false }, adoptionCount: 0 });

    // The journey of issue 21: unit cost and beneficiaries filled, no total budget.
    Object.assign(ritta, { totalBudgetRupiah: null, unitCostRupiah: 42_500_000n, unitCostUnit: 'per keluarga', beneficiaries: 1_200, beneficiaryUnit: 'keluarga' });
    await em.flush();
    const fromUnitCost = await api.execute<{ compare: unknown[] }>(COMPARE, { slugs: ['ritta'] });
    expect(fromUnitCost.data?.compare[0]).toMatchObject({
      costPerBeneficiary: { rupiah: '42500000', basis: 'UNIT_COST_PER_BENEFICIARY', derived: true },
      totalBudget: { rupiah: '51000000000', derived: true },
    });
    const tooMany = await api.execute(COMPARE, { slugs: ['a', 'b', 'c', 'd', 'e'] });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slugs' });
  });
});
