import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgramContact, ProgramCost, ProgramDocument, ProgramFunding, ProgramOutcome, ProgramPartner } from '../programs';
import { createAgency, createProgram, seedTestRegions } from '../testing/factories';
import { sqlStatementCounter } from '../testing/sql-statements';
import { startTestApi, type TestApi } from '../testing/test-api';
import { Adoption } from './adoption.entity';

let api: TestApi;
let counter: ReturnType<typeof sqlStatementCounter>;

beforeAll(async () => {
  api = await startTestApi();
  counter = sqlStatementCounter(api.orm);
  const em = api.em();
  await seedTestRegions(em);
  const agency = await createAgency(em, 'Dinas Perkim Kota Bontang', 'DINAS', '64.74');
  for (const slug of ['prolita-bontang', 'ritta-prabumulih', 'bedah-rumah', 'sanitasi']) {
    const program = await createProgram(em, { slug, hostRegencyCode: slug === 'prolita-bontang' ? '64.74' : '16.74' });
    program.leadAgency = agency as never;
    em.create(ProgramCost, { program, kind: 'UNIT_COST', label: 'Per RT', amountRupiah: 50_000_000n, unit: 'RT', year: 2023 });
    em.create(ProgramFunding, { program, kind: 'APBD', sharePercent: 100 });
    em.create(ProgramOutcome, { program, indicator: 'Rumah terbangun', value: 12, unit: 'rumah', period: '2023' });
    em.create(ProgramPartner, { program, name: 'BAZNAS' });
    em.create(ProgramContact, { program, name: 'Kontak', role: 'Kepala Bidang', agency });
    em.create(ProgramDocument, { program, title: 'Perwali', url: 'https://example.org/perwali.pdf' });
    em.create(Adoption, { program, adopterRegency: '36.74', stage: 'INTERESTED', year: 2014 });
    em.create(Adoption, { program, adopterRegency: '63.09', stage: 'ADOPTED', year: 2016 });
  }
  await createProgram(em, { slug: 'tanpa-replikasi', hostRegencyCode: '63.72' });
  await createProgram(em, { slug: 'draft-tabalong', hostRegencyCode: '63.09', publication: 'DRAFT' });
  await em.flush();
});
afterAll(() => api.close());

const PROFILE = `query Profile($slug: String!) {
  program(slug: $slug) {
    id slug title localName acronym themes summary problem approachSteps legalBasis startYear endYear activity
    beneficiaries beneficiaryUnit unitsBuilt totalBudgetRupiah unitCostRupiah unitCostUnit lastVerifiedAt isStale version
    hostRegency { code name province { name timeZone } }
    leadAgency { name }
    costs { kind label amountRupiah unit year illustrative }
    funding { kind sharePercent amountRupiah }
    outcomes { indicator baseline value unit period source { title } }
    partners { name role }
    contacts { name role phone email agency { name } }
    documents { title url }
    adoptions { stage year adopterRegency { code name province { name } } }
    adoptionCount
    viewerCan { edit }
  }
}`;

async function statementsOf(query: string, variables: Record<string, unknown>) {
  const { result, statements } = await counter.during(() => api.execute(query, variables));
  expect(result.errors).toBeUndefined();
  return { data: result.data, statements };
}

const COMPARE = `query Compare($slugs: [String!]!) { compare(slugs: $slugs) { program { slug adoptions { adopterRegency { code } } } adoptionCount } }`;

const PAGE = `{ programs(first: 10) { edges { node { slug adoptionCount } } } }`;

const adoptionStatements = (statements: string[]) => statements.filter((statement) => /\bfrom "?adoption"?/.test(statement));

describe('a program profile', () => {
  it('costs three SQL statements: the program with its parts, its adoptions, their count', async () => {
    const { data, statements } = await statementsOf(PROFILE, { slug: 'prolita-bontang' });
    expect(statements).toHaveLength(3);
    expect(data).toMatchObject({
      program: {
        slug: 'prolita-bontang',
        hostRegency: { code: '64.74', name: 'Kota Bontang', province: { name: 'Kalimantan Timur', timeZone: 'Asia/Makassar' } },
        leadAgency: { name: 'Dinas Perkim Kota Bontang' },
        costs: [{ kind: 'UNIT_COST', label: 'Per RT', amountRupiah: '50000000', unit: 'RT', year: 2023, illustrative: false }],
        funding: [{ kind: 'APBD', sharePercent: 100 }],
        outcomes: [{ indicator: 'Rumah terbangun', value: 12, unit: 'rumah', period: '2023', source: null }],
        partners: [{ name: 'BAZNAS' }],
        contacts: [{ name: 'Kontak', phone: null, email: null, agency: { name: 'Dinas Perkim Kota Bontang' } }],
        documents: [{ title: 'Perwali', url: 'https://example.org/perwali.pdf' }],
        adoptions: [
          { stage: 'ADOPTED', year: 2016, adopterRegency: { code: '63.09', name: 'Kabupaten Tabalong', province: { name: 'Kalimantan Selatan' } } },
          { stage: 'INTERESTED', year: 2014, adopterRegency: { code: '36.74', name: 'Kota Tangerang Selatan', province: { name: 'Banten' } } },
        ],
        adoptionCount: 2,
        viewerCan: { edit: false },
      },
    });
  });

  it('is not found for a draft, in one statement', async () => {
    const { data, statements } = await statementsOf(PROFILE, { slug: 'draft-tabalong' });
    expect(data).toEqual({ program: null });
    expect(statements).toHaveLength(1);
  });
});

describe('adoptions of several programs', () => {
  it('are read in one query per field for a comparison of four', async () => {
    const slugs = ['prolita-bontang', 'ritta-prabumulih', 'bedah-rumah', 'sanitasi'];
    const { data, statements } = await statementsOf(COMPARE, { slugs });
    expect(data?.compare).toEqual(
      slugs.map((slug) => ({ program: { slug, adoptions: [{ adopterRegency: { code: '63.09' } }, { adopterRegency: { code: '36.74' } }] }, adoptionCount: 2 })),
    );
    expect(adoptionStatements(statements)).toHaveLength(2);
  });

  it('are counted in one query for a page of programs, none adopted counting zero', async () => {
    const { data, statements } = await statementsOf(PAGE, {});
    const counts = Object.fromEntries((data as { programs: { edges: { node: { slug: string; adoptionCount: number } }[] } }).programs.edges.map(({ node }) => [node.slug, node.adoptionCount]));
    expect(counts).toEqual({ 'prolita-bontang': 2, 'ritta-prabumulih': 2, 'bedah-rumah': 2, sanitasi: 2, 'tanpa-replikasi': 0 });
    expect(adoptionStatements(statements)).toHaveLength(1);
  });
});
