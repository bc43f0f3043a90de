import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostCalendar, createProgram, createViewer, seedTestRegions, upcomingWeekdays } from '../testing/factories';
import { type GraphQLBody, type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';
import { tableRowCounts } from '../testing/table-counts';

const PASSWORD = 'correct horse battery';
const AVAILABILITY = 'query($from: String!, $to: String!) { availability(hostRegencyCode: "64.74", from: $from, to: $to) { date } }';
const MAX_BIGINT = (2n ** 63n - 1n).toString();
const PAST_BIGINT = (2n ** 63n).toString();

let server: HttpTestServer;
let editorCookie: string;
let delegateCookie: string;

async function sessionCookie(email: string): Promise<string> {
  const { response } = await server.post({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }', variables: { e: email, p: PASSWORD } });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

beforeAll(async () => {
  server = await startHttpTestServer({ limits: { mutationsPerWindow: 1_000_000, signInMinimumMs: 1 } });
  const em = server.api.em();
  await seedTestRegions(em);
  await createProgram(em, { slug: 'prolita', hostRegencyCode: '64.74' });
  await createHostCalendar(em, '64.74');
  editorCookie = await sessionCookie((await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' })).email);
  delegateCookie = await sessionCookie((await createViewer(em, 'DELEGATE', { regencyCode: '36.74' })).email);
});
afterAll(() => server.close());

function refusal(body: GraphQLBody) {
  return body.errors?.[0]?.extensions;
}

async function programVersion(): Promise<number> {
  const { body } = await server.post({ query: '{ program(slug: "prolita") { version } }' }, { cookie: editorCookie });
  return (body.data?.program as { version: number }).version;
}

describe('availability near the ends of the calendar', () => {
  it('refuses the last days of year 9999 at once, as bad input naming the field', async () => {
    const started = performance.now();
    const { response, body } = await server.post({ query: AVAILABILITY, variables: { from: '9999-12-30', to: '9999-12-31' } });
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    // Refused before any work: the bound is generous so a busy CI machine cannot make it flake.
    expect(elapsed).toBeLessThan(1_000);
  });

  it.each([
    ['0001-01-01', '0001-01-02', 'from'],
    ['1999-12-31', '2000-01-01', 'from'],
    ['2100-12-31', '2101-01-01', 'to'],
    ['+275760-09-13', '+275760-09-13', 'from'],
    ['2026-02-30', '2026-03-01', 'from'],
    ['2026-01-01', '2027-06-01', 'to'],
    ['2026-03-02', '2026-03-01', 'to'],
  ])('refuses %s … %s naming %s', async (from, to, field) => {
    const { body } = await server.post({ query: AVAILABILITY, variables: { from, to } });
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['2000-01-01', '2000-01-02'],
    ['2100-12-30', '2100-12-31'],
  ])('answers %s … %s, the edges of the window', async (from, to) => {
    const { body } = await server.post({ query: AVAILABILITY, variables: { from, to } });
    expect(body.errors).toBeUndefined();
    expect((body.data?.availability as { date: string }[]).map((day) => day.date)).toEqual([from, to]);
  });

  it('answers any pair of strings with a bounded list of days or bad input, never a server error', async () => {
    const year = fc.oneof(fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')), fc.integer({ min: 10_000, max: 275_760 }).map((y) => `+${String(y).padStart(6, '0')}`));
    const two = (n: number) => String(n).padStart(2, '0');
    const dateLike = fc.tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`);
    const nearNow = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2110-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    const text = fc.oneof(dateLike, nearNow, fc.string({ maxLength: 30 }));
    await fc.assert(
      fc.asyncProperty(text, text, async (from, to) => {
        const { response, body } = await server.post({ query: AVAILABILITY, variables: { from, to } });
        expect(response.status).toBe(200);
        if (body.errors) {
          expect(refusal(body)?.code).toBe('BAD_USER_INPUT');
        } else {
          expect((body.data?.availability as unknown[]).length).toBeLessThanOrEqual(366);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('date inputs of writes', () => {
  it.each(['9999-12-31', '1999-12-31', '+275760-09-13'])('refuses a blackout on %s and stores nothing', async (date) => {
    const before = await tableRowCounts(server.api.orm);
    const { body } = await server.post(
      { query: 'mutation($date: String!) { addHostBlackoutDate(hostRegencyCode: "64.74", date: $date, reason: "Libur") { version } }', variables: { date } },
      { cookie: editorCookie },
    );
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(await tableRowCounts(server.api.orm)).toEqual(before);
  });

  it('refuses a visit on a day past the window, naming the dates', async () => {
    const [open] = upcomingWeekdays('Asia/Makassar', 20, 1);
    const before = await tableRowCounts(server.api.orm);
    const { body } = await server.post(
      {
        query: 'mutation($input: RequestVisitInput!) { requestVisit(input: $input) { id } }',
        variables: {
          input: { hostRegencyCode: '64.74', programSlugs: ['prolita'], visitingRegencyCodes: ['36.74'], dates: [open, '9999-12-31'], participantCount: 5, objectives: 'Belajar Prolita dari Bontang.' },
        },
      },
      { cookie: delegateCookie },
    );
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates' });
    expect(await tableRowCounts(server.api.orm)).toEqual(before);
  });

  it.each(['9999', '2023-13', '2023-02-30', '1900-01', '2101'])('refuses an outcome for the period %s', async (period) => {
    const { body } = await server.post(
      {
        query: 'mutation($version: Int!, $input: OutcomeInput!) { addProgramOutcome(slug: "prolita", version: $version, input: $input) { version } }',
        variables: { version: await programVersion(), input: { indicator: 'Angka kemiskinan', value: 11.23, unit: '%', period } },
      },
      { cookie: editorCookie },
    );
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });
});

describe('numbers at and past their columns', () => {
  async function updateProgram(input: Record<string, unknown>) {
    return server.post(
      { query: 'mutation($version: Int!, $input: ProgramFieldsInput!) { updateProgram(slug: "prolita", version: $version, input: $input) { totalBudgetRupiah unitCostRupiah } }', variables: { version: await programVersion(), input } },
      { cookie: editorCookie },
    );
  }

  it.each(['totalBudgetRupiah', 'unitCostRupiah'])('keeps %s at the largest bigint and refuses one more', async (field) => {
    const kept = await updateProgram({ [field]: MAX_BIGINT });
    expect(kept.body.errors).toBeUndefined();
    expect((kept.body.data?.updateProgram as Record<string, string>)[field]).toBe(MAX_BIGINT);
    for (const past of [PAST_BIGINT, (2n ** 64n).toString(), '9'.repeat(30)]) {
      const before = await tableRowCounts(server.api.orm);
      const { body } = await updateProgram({ [field]: past });
      expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await tableRowCounts(server.api.orm)).toEqual(before);
    }
  });

  it.each([
    ['addProgramCost', 'CostInput', { kind: 'UNIT_COST', label: 'Dana per RT', unit: 'RT' }],
    ['addProgramFunding', 'FundingInput', { kind: 'APBD' }],
  ])('%s refuses an amount past the bigint column', async (mutation, inputType, input) => {
    const { body } = await server.post(
      {
        query: `mutation($version: Int!, $input: ${inputType}!) { ${mutation}(slug: "prolita", version: $version, input: $input) { version } }`,
        variables: { version: await programVersion(), input: { ...input, amountRupiah: PAST_BIGINT } },
      },
      { cookie: editorCookie },
    );
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountRupiah' });
  });

  it('refuses a search filter past the bigint column', async () => {
    const { body } = await server.post({
      query: 'query($min: BigInt) { searchPrograms(filters: { unitCostMin: $min }) { total } }',
      variables: { min: PAST_BIGINT },
    });
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.unitCostMin' });
  });

  it.each([
    ['delegationsPerDay', 1_001],
    ['participantsPerDay', 2_147_483_647],
  ])('refuses a host calendar with %s = %i', async (field, value) => {
    const { body } = await server.post(
      {
        query: 'mutation($input: HostCalendarInput!) { setHostCalendar(input: $input) { version } }',
        variables: { input: { hostRegencyCode: '64.74', workingDays: [1, 2, 3, 4, 5], delegationsPerDay: 2, participantsPerDay: 40, leadTimeDays: 7, [field]: value } },
      },
      { cookie: editorCookie },
    );
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a count past a GraphQL Int before the resolver runs', async () => {
    const { body } = await server.post(
      {
        query: 'mutation($input: HostCalendarInput!) { setHostCalendar(input: $input) { version } }',
        variables: { input: { hostRegencyCode: '64.74', workingDays: [1], delegationsPerDay: 2_147_483_648, participantsPerDay: 40, leadTimeDays: 7 } },
      },
      { cookie: editorCookie },
    );
    expect(refusal(body)?.code).toBe('BAD_USER_INPUT');
  });
});
