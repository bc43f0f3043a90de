import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgram, seedTestRegions } from '../testing/factories';
import { DEFAULT_DOCUMENT_LIMITS } from './document-limits';
import { startHttpTestServer, type HttpTestServer } from '../testing/http-test-server';

const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' };

let server: HttpTestServer;
beforeAll(async () => {
  server = await startHttpTestServer();
  await seedTestRegions(server.api.em());
  await createProgram(server.api.em(), { slug: 'prolita', hostRegencyCode: '64.74' });
});
afterAll(() => server.close());

/** `program { adoptions { program { adoptions { … } } } }`, `levels` selections deep. */
function nestedQuery(levels: number): string {
  let selection = 'id';
  for (let level = levels - 1; level > 1; level -= 1) selection = `${level % 2 === 0 ? 'adoptions' : 'program'} { ${selection} }`;
  return `{ program(slug: "prolita") { ${selection} } }`;
}

async function refusedWith(query: string, variables: Record<string, unknown> = {}) {
  const { response, body } = await server.post({ query, variables }, GRAPHQL_RESPONSE);
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, data: body.data };
}

describe('document limits, each with its own code', () => {
  it('refuses a query 20 levels deep and runs one within the limit', async () => {
    expect(await refusedWith(nestedQuery(20))).toMatchObject({ status: 400, code: 'QUERY_TOO_DEEP', message: expect.stringMatching(/depth limit of 10 exceeded, found 20/) });
    const { body } = await server.post({ query: nestedQuery(DEFAULT_DOCUMENT_LIMITS.maxDepth) });
    expect(body.errors).toBeUndefined();
  });

  it('counts depth and aliases through fragments, where they are spread', async () => {
    const fragments = Array.from({ length: 12 }, (_, level) =>
      level % 2 === 0 ? `fragment F${level} on Program { adoptions { ...F${level + 1} } }` : `fragment F${level} on Adoption { program { ...F${level + 1} } }`,
    ).join(' ');
    const deep = `{ program(slug: "prolita") { ...F0 } } ${fragments} fragment F12 on Program { id }`;
    expect(await refusedWith(deep)).toMatchObject({ status: 400, code: 'QUERY_TOO_DEEP' });
    const aliased = 'fragment Names on Program { a: slug b: slug c: slug d: slug e: slug f: slug g: slug h: slug }';
    const spread = `{ one: program(slug: "prolita") { ...Names } two: program(slug: "prolita") { ...Names } } ${aliased}`;
    expect(await refusedWith(spread)).toMatchObject({ status: 400, code: 'TOO_MANY_ALIASES' });
  });

  it('lets the full introspection query through', async () => {
    const { body } = await server.post({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) });
    expect(body.errors).toBeUndefined();
  });

  it('refuses ten thousand aliases, __typename ones too', async () => {
    const aliases = Array.from({ length: 10_000 }, (_, index) => `a${index}: __typename`).join(' ');
    expect(await refusedWith(`{ ${aliases} }`)).toMatchObject({ status: 400, code: 'TOO_MANY_ALIASES' });
    const few = Array.from({ length: DEFAULT_DOCUMENT_LIMITS.maxAliases }, (_, index) => `a${index}: __typename`).join(' ');
    expect((await server.post({ query: `{ ${few} }` })).body.errors).toBeUndefined();
  });

  it('refuses too many directives', async () => {
    const fields = Array.from({ length: DEFAULT_DOCUMENT_LIMITS.maxDirectives + 1 }, () => '__typename @include(if: true)').join(' ');
    expect(await refusedWith(`{ ${fields} }`)).toMatchObject({ status: 400, code: 'TOO_MANY_DIRECTIVES' });
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: DEFAULT_DOCUMENT_LIMITS.maxTokens }, () => 'slug').join(' ');
    expect(await refusedWith(`{ program(slug: "prolita") { ${fields} } }`)).toMatchObject({ status: 400, code: 'TOO_MANY_TOKENS' });
  });

  it('prices list fields by their page size and refuses an operation that costs too much', async () => {
    const profile = `slug title localName acronym summary problem approachSteps legalBasis startYear endYear beneficiaries unitsBuilt
      totalBudgetRupiah unitCostRupiah hostRegency { code name province { code name } } costs { id kind label amountRupiah unit year source }
      funding { id kind sharePercent amountRupiah note } outcomes { id indicator baseline value unit period } partners { id name role }
      documents { id title url } adoptions { id stage year notes adopterRegency { code name } }`;
    const query = `query List($first: Int!) { programs(first: $first) { edges { node { ${profile} } } } }`;
    expect(await refusedWith(query, { first: 100 })).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX', message: expect.stringMatching(/estimated \d+/) });
    const { body } = await server.post({ query, variables: { first: 10 } });
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ programs: { edges: [{ node: { slug: 'prolita' } }] } });
  });

  it('keeps the page size caps of the fields themselves', async () => {
    expect(await refusedWith('{ programs(first: 101) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusedWith('{ programs(first: 0) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
