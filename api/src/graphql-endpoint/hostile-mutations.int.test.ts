import fc from 'fast-check';
import { type GraphQLField, type GraphQLObjectType, getNamedType, isLeafType, isNonNullType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { buildTiruSchema } from '../server/schema';
import { createAgency, createHostCalendar, createProgram, createViewer, seedTestRegions, TEST_REGIONS, upcomingWeekdays } from '../testing/factories';
import { argumentsArbitrary, type KnownPools, resolveKnown } from './testing/hostile-inputs';
import { type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';
import { tableRowCounts } from '../testing/table-counts';
import { testDatabaseKind } from '../testing/test-database';

/**
 * Hostile inputs in all, spread evenly over the mutations the schema has today: 1 000 on the
 * PostgreSQL server, half as many on PGlite, whose writes are slower, to stay near a minute.
 */
const TOTAL_RUNS = testDatabaseKind() === 'postgresql' ? 1_000 : 500;
/** Mutations with nothing to vary, or that end the session the runs are made in. */
const NOT_FUZZED = new Set(['signOut']);
const PASSWORD = 'correct horse battery';

const STACK_OR_SQL = /\n\s+at |node_modules|\.ts:\d+|\b(select|insert into|update|delete from)\b.+\b(from|set|where|values)\b|violates|DriverException|syntax error at/i;

let server: HttpTestServer;
/** Sessions of an admin (the first: most runs use it, so input reaches the services), editors, a delegate, a coordinator, and nobody. */
let cookies: (string | undefined)[];
let dates: string[];

async function sessionCookieOf(viewer: Viewer): Promise<string> {
  const { response } = await server.post({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }', variables: { e: viewer.email, p: PASSWORD } });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

beforeAll(async () => {
  server = await startHttpTestServer({
    limits: {
      mutationsPerWindow: 1_000_000,
      signInsPerWindow: 1_000_000,
      signInFailuresBeforeDelay: 1_000_000,
      signInFailuresPerAddressBeforeDelay: 1_000_000,
      signInMinimumMs: 1,
    },
  });
  const em = server.api.em();
  await seedTestRegions(em);
  const agency = await createAgency(em, 'Bappeda Kota Bontang', 'BAPPEDA', '64.74');
  await createProgram(em, { slug: 'prolita', hostRegencyCode: '64.74' });
  await createProgram(em, { slug: 'ritta', hostRegencyCode: '16.74', publication: 'DRAFT' });
  await createHostCalendar(em, '64.74');
  await createHostCalendar(em, '16.74');
  dates = upcomingWeekdays('Asia/Makassar', 20, 6);
  const viewers = [
    await createViewer(em, 'ADMIN'),
    await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' }),
    await createViewer(em, 'HOST_EDITOR', { agencyId: agency.id }),
    await createViewer(em, 'DELEGATE', { regencyCode: '36.74' }),
    await createViewer(em, 'COORDINATOR', { regencyCode: '16.74', coveredRegencyCodes: ['16.74', '16.03'] }),
  ];
  cookies = [...(await Promise.all(viewers.map(sessionCookieOf))), undefined];
  await seedOneOfEverything(viewers[0]!, viewers[3]!);
});

/** One row of each kind a mutation can name by id, made through the API with ordinary input. */
async function seedOneOfEverything(admin: Viewer, tangselDelegate: Viewer) {
  const parts: [string, string, Record<string, unknown>][] = [
    ['Cost', 'CostInput', { kind: 'UNIT_COST', label: 'Dana per RT', amountRupiah: '50000000', unit: 'RT', year: 2023 }],
    ['Funding', 'FundingInput', { kind: 'APBD', sharePercent: 80 }],
    ['Outcome', 'OutcomeInput', { indicator: 'Angka kemiskinan', baseline: 11.28, value: 11.23, unit: '%', period: '2023-11' }],
    ['Partner', 'PartnerInput', { name: 'BAZNAS Kota Bontang', role: 'Pendanaan' }],
    ['Contact', 'ContactInput', { name: 'Ibu Sari', role: 'Kepala Bidang', phone: '+62 812 3456 7890', email: 'sari@bontang.go.id' }],
    ['Document', 'DocumentInput', { title: 'Perwali Prolita', url: 'https://jdih.bontangkota.go.id/prolita' }],
  ];
  for (const [part, inputType, input] of parts) {
    const { data } = await server.api.execute<{ program: { version: number } }>('{ program(slug: "prolita") { version } }', {}, admin);
    const version = data!.program.version;
    const added = await server.api.execute(`mutation($input: ${inputType}!, $version: Int!) { addProgram${part}(slug: "prolita", version: $version, input: $input) { version } }`, { input, version }, admin);
    expect(added.errors).toBeUndefined();
  }
  const visit = await server.api.execute(
    'mutation($input: RequestVisitInput!) { requestVisit(input: $input) { id } }',
    {
      input: {
        hostRegencyCode: '64.74',
        programSlugs: ['prolita'],
        visitingRegencyCodes: ['36.74'],
        dates: dates.slice(0, 2),
        participantCount: 12,
        objectives: 'Mempelajari tata cara usulan warga dan pertanggungjawaban dana Prolita.',
      },
    },
    tangselDelegate,
  );
  expect(visit.errors).toBeUndefined();
}
afterAll(() => server.close());

/** Which table the `id` arguments of a mutation name rows of, by the mutation's name. */
const ID_TABLES: [RegExp, string][] = [
  [/AgendaItem/, 'study_visit_agenda_item'],
  [/Visit/, 'study_visit'],
  [/ProgramCost/, 'program_cost'],
  [/ProgramFunding/, 'program_funding'],
  [/ProgramOutcome/, 'program_outcome'],
  [/ProgramPartner/, 'program_partner'],
  [/ProgramContact/, 'program_contact'],
  [/ProgramDocument/, 'program_document'],
];

/** What exists right now, for arguments that name something (a slug, its current version, a row of the right table…). */
async function currentPools(mutation: string): Promise<KnownPools> {
  const connection = server.api.orm.em.fork().getConnection();
  const column = async (sql: string) => (await connection.execute<Record<string, unknown>[]>(sql)).map((row) => Object.values(row)[0]);
  const idTable = ID_TABLES.find(([pattern]) => pattern.test(mutation))?.[1];
  return {
    // Mostly the published program, whose parts the ids name, so that slug, version and id fit together.
    slug: ['prolita', 'prolita', 'prolita', 'ritta'],
    version: /Visit/.test(mutation) ? await column('select version from study_visit') : await column("select version from program where slug = 'prolita'"),
    id: idTable ? await column(`select id::text from ${idTable}`) : [],
    regency: TEST_REGIONS.regencies.map((regency) => regency.code),
    agency: await column('select id from agency'),
    date: dates,
    time: ['09:00', '13:30', '08:00', '17:00'],
    email: ['someone@tiru.test', 'ADMIN@tiru.test'],
    url: ['https://bontang.go.id/prolita', 'http://jdih.bontang.go.id/perwali?<b>x</b>', 'https://example.test/a"onmouseover="alert(1)'],
    period: ['2023', '2023-11', '2023-11-30'],
    phone: ['+62 812 3456 7890', '(0541) 123456'],
  };
}

/** The leaf fields of the mutation's result that take no arguments: enough to see what was stored. */
function leafSelection(type: GraphQLObjectType): string {
  const leaves = Object.values(type.getFields()).filter(
    (field: GraphQLField<unknown, unknown>) => isLeafType(getNamedType(field.type)) && !field.args.some((arg) => isNonNullType(arg.type)),
  );
  return ['__typename', ...leaves.map((field) => field.name)].join(' ');
}

function operationFor(field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passing = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = getNamedType(field.type);
  const selection = isObjectType(returned) ? ` { ${leafSelection(returned)} }` : '';
  return `mutation Hostile${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selection} }`;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every text any run has sent, so that a result showing text stored by an earlier run can be traced to it. */
const sentTexts = new Set<string>();

/** Markup in a result is only allowed where it is the very text someone sent (stored as text, never produced). */
function markupNotSent(data: unknown): string[] {
  return strings(data).filter((text) => /[<>]/.test(text) && ![...sentTexts].some((input) => input === text || input.trim() === text || input.includes(text)));
}

const schema = await buildTiruSchema();

describe('every mutation under hostile input', () => {
  const mutations = Object.values(schema.getMutationType()!.getFields()).filter((field) => !NOT_FUZZED.has(field.name));
  const runsEach = Math.ceil(TOTAL_RUNS / mutations.length);

  it('finds the mutations by introspecting the schema', () => {
    expect(mutations.map((field) => field.name)).toEqual(expect.arrayContaining(['createProgram', 'addProgramDocument', 'signIn', 'acceptInvitation']));
  });

  it.each(mutations.map((field) => [field.name, field] as const))(
    '%s: never a 500, a stack trace, a partial write or markup it made up',
    async (_name, field) => {
      const query = operationFor(field);
      // Rows and pools change only when a mutation goes through; a rejected one must leave them as they were.
      let pools = await currentPools(field.name);
      let counts = await tableRowCounts(server.api.orm);
      const viewers = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, fc.nat({ max: cookies.length - 1 }));
      await fc.assert(
        fc.asyncProperty(argumentsArbitrary(field.args), viewers, async (generated, viewer) => {
          const variables = resolveKnown(generated, pools) as Record<string, unknown>;
          for (const text of strings(variables)) sentTexts.add(text);
          const cookie = cookies[viewer];
          const { response, body: outcome } = await server.post({ query, variables }, cookie ? { cookie } : {});
          // 503 is an honest answer when a service behind the API (search) is down; nothing else from 500 up is.
          const unavailable = response.status === 503 && outcome.errors?.every((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
          if (!unavailable) expect(response.status, JSON.stringify(outcome)).toBeLessThan(500);
          for (const error of outcome.errors ?? []) {
            expect(error.extensions?.code, `${error.message} ${JSON.stringify(server.logLines.filter((line) => Number(line.level) >= 50).slice(-1))}`).not.toBe('INTERNAL_SERVER_ERROR');
            expect(error.message).not.toMatch(STACK_OR_SQL);
            expect(error.extensions).not.toHaveProperty('stacktrace');
          }
          if (!outcome.data?.[field.name]) {
            expect(await tableRowCounts(server.api.orm)).toEqual(counts);
          } else {
            expect(markupNotSent(outcome.data)).toEqual([]);
            pools = await currentPools(field.name);
            counts = await tableRowCounts(server.api.orm);
          }
        }),
        { numRuns: runsEach, endOnFailure: true },
      );
    },
  );
});
