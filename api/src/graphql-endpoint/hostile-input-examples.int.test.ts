import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markedHtml, MATCH_END, MATCH_START } from '../search/search-highlight';
import { createProgram, createViewer, seedTestRegions } from '../testing/factories';
import { HOSTILE_STRINGS } from './testing/hostile-inputs';
import { type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';
import { tableRowCounts } from '../testing/table-counts';

const PASSWORD = 'correct horse battery';
let server: HttpTestServer;
let cookie: string;

beforeAll(async () => {
  server = await startHttpTestServer();
  const em = server.api.em();
  await seedTestRegions(em);
  await createProgram(em, { slug: 'prolita', hostRegencyCode: '64.74' });
  const editor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  const { response } = await server.post({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }', variables: { e: editor.email, p: PASSWORD } });
  cookie = response.headers.get('set-cookie')!.split(';')[0]!;
});
afterAll(() => server.close());

async function currentVersion(): Promise<number> {
  const { body } = await server.post({ query: '{ program(slug: "prolita") { version } }' }, { cookie });
  return (body.data?.program as { version: number }).version;
}

async function addDocument(url: string) {
  return server.post(
    {
      query: 'mutation($version: Int!, $input: DocumentInput!) { addProgramDocument(slug: "prolita", version: $version, input: $input) { documents { url } } }',
      variables: { version: await currentVersion(), input: { title: 'Peraturan Wali Kota', url } },
    },
    { cookie },
  );
}

describe('document links', () => {
  it.each([
    ['javascript:alert(document.cookie)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://bontang.go.id/perwali.pdf'],
    ['//bontang.go.id/perwali.pdf'],
    ['bontang.go.id/perwali.pdf'],
  ])('refuses %s, and stores nothing', async (url) => {
    const before = await tableRowCounts(server.api.orm);
    const { body } = await addDocument(url);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(await tableRowCounts(server.api.orm)).toEqual(before);
  });

  it.each([['https://jdih.bontangkota.go.id/perwali-prolita.pdf'], ['http://bappeda.prabumulihkota.go.id/ritta']])('keeps %s', async (url) => {
    const { body } = await addDocument(url);
    expect(body.errors).toBeUndefined();
    expect((body.data?.addProgramDocument as { documents: { url: string }[] }).documents.map((document) => document.url)).toContain(url);
  });
});

describe('text that cannot be stored', () => {
  it.each([
    ['a NUL in a variable', { query: 'mutation($title: String!) { updateProgram(slug: "prolita", version: 1, input: { title: $title }) { title } }', variables: { title: 'Pro\u0000lita' } }],
    ['a NUL in the document', { query: 'mutation { updateProgram(slug: "prolita", version: 1, input: { title: "Pro\\u0000lita" }) { title } }' }],
    ['half a surrogate pair', { query: 'mutation($title: String!) { updateProgram(slug: "prolita", version: 1, input: { title: $title }) { title } }', variables: { title: 'Pro\uD800lita' } }],
  ])('refuses %s as bad input before anything runs', async (_what, operation) => {
    const { response, body } = await server.post(operation, { cookie });
    expect(response.status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps whole emoji and Indonesian text', async () => {
    const title = 'Prolita 🇮🇩 — Rp50 juta per RT';
    const { body } = await server.post(
      { query: 'mutation($version: Int!, $title: String!) { updateProgram(slug: "prolita", version: $version, input: { title: $title }) { title } }', variables: { version: await currentVersion(), title } },
      { cookie },
    );
    expect(body.data?.updateProgram).toEqual({ title });
  });
});

describe('markup in stored text', () => {
  it('comes back exactly as it was sent: text, neither run nor escaped by the API', async () => {
    const title = '<script>alert(1)</script> & <b>Prolita</b>';
    const summary = '<img src=x onerror=alert(1)> "quoted" \'single\' — enough words for a summary.';
    const { body } = await server.post(
      {
        query: 'mutation($version: Int!, $input: ProgramFieldsInput!) { updateProgram(slug: "prolita", version: $version, input: $input) { title summary } }',
        variables: { version: await currentVersion(), input: { title, summary } },
      },
      { cookie },
    );
    expect(body.data?.updateProgram).toEqual({ title, summary });
  });

  it('is escaped in search highlights, where only <mark> is markup', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS, MATCH_START, MATCH_END), fc.string())), (pieces) => {
        const html = markedHtml(pieces.join(''));
        const withoutMarks = html.replaceAll('<mark>', '').replaceAll('</mark>', '');
        expect(withoutMarks).not.toMatch(/[<>"']/);
        expect(html.split('<mark>').length).toBe(html.split('</mark>').length);
      }),
      { numRuns: 500 },
    );
  });
});
