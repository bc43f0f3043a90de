import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { createAgency, createProgram, createViewer, seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { Program } from './program.entities';

let api: TestApi;
let admin: Viewer;
let bontangEditor: Viewer;
let perkimOffice: Viewer;
let delegate: Viewer;

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  const perkim = await createAgency(em, 'Dinas Perkim Kota Prabumulih', 'DINAS', '16.74');
  admin = await createViewer(em, 'ADMIN');
  bontangEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  perkimOffice = await createViewer(em, 'HOST_EDITOR', { agencyId: perkim.id });
  delegate = await createViewer(em, 'DELEGATE', { regencyCode: '36.74' });
  for (const [index, publication] of (['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const).entries()) {
    await createProgram(em, { slug: `bontang-${index}`, hostRegencyCode: '64.74', publication });
    const led = await createProgram(em, { slug: `perkim-${index}`, hostRegencyCode: '16.74', publication });
    em.assign(led, { leadAgency: perkim.id });
    await createProgram(em, { slug: `prabumulih-${index}`, hostRegencyCode: '16.74', publication });
  }
  await em.flush();
});
afterAll(() => api.close());

const EDITABLE = `query E($first: Int!, $after: String, $state: PublicationState) {
  programs(filter: { editableByMe: true, state: $state }, first: $first, after: $after) {
    edges { node { slug viewerCan { edit verify } allowedPublicationMoves } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;
type Node = { slug: string; viewerCan: { edit: boolean; verify: boolean }; allowedPublicationMoves: string[] };
type Page = { programs: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } };

async function everyPage(viewer: Viewer, first: number, state?: string): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  do {
    const result = await api.execute<Page>(EDITABLE, { first, after, state }, viewer);
    expect(result.errors).toBeUndefined();
    const page: Page['programs'] = result.data!.programs;
    nodes.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('programs the viewer may edit (editableByMe)', () => {
  it('pages an admin through every program in every state, newest first', async () => {
    const nodes = await everyPage(admin, 2);
    const all = await api.em().find(Program, {}, { orderBy: { id: 'desc' } });
    expect(nodes.map((node) => node.slug)).toEqual(all.map((program) => program.slug));
    expect(nodes.every((node) => node.viewerCan.edit)).toBe(true);
  });

  it('gives a regency host editor its regency’s programs, and an agency host editor the programs its agency leads', async () => {
    expect(new Set((await everyPage(bontangEditor, 2)).map((node) => node.slug))).toEqual(new Set(['bontang-0', 'bontang-1', 'bontang-2']));
    expect(new Set((await everyPage(perkimOffice, 2)).map((node) => node.slug))).toEqual(new Set(['perkim-0', 'perkim-1', 'perkim-2']));
    expect((await everyPage(perkimOffice, 10, 'ARCHIVED')).map((node) => node.slug)).toEqual(['perkim-2']);
  });

  it('counts what it pages through, and gives a person who edits nothing nothing', async () => {
    const page = await api.execute<Page>(EDITABLE, { first: 1 }, perkimOffice);
    expect(page.data?.programs.totalCount).toBe(3);
    expect(page.data?.programs.pageInfo.hasNextPage).toBe(true);
    expect(await everyPage(delegate, 5)).toEqual([]);
  });

  it('asks anonymous visitors to sign in', async () => {
    const result = await api.execute(EDITABLE, { first: 5 });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('what the viewer may do with a program (viewerCan, allowedPublicationMoves)', () => {
  const READ = `query R($slug: String!) { program(slug: $slug) { viewerCan { edit verify } allowedPublicationMoves } }`;

  it.each([
    ['bontang-0', { viewerCan: { edit: true, verify: false }, allowedPublicationMoves: ['PUBLISHED', 'ARCHIVED'] }],
    ['bontang-1', { viewerCan: { edit: true, verify: true }, allowedPublicationMoves: ['DRAFT', 'ARCHIVED'] }],
    ['bontang-2', { viewerCan: { edit: true, verify: false }, allowedPublicationMoves: ['DRAFT', 'PUBLISHED'] }],
  ])('serves the moves of %s to its editor from the publication state machine', async (slug, expected) => {
    expect((await api.execute(READ, { slug }, bontangEditor)).data?.program).toEqual(expected);
  });

  it('offers nothing to someone who may not edit it', async () => {
    expect((await api.execute(READ, { slug: 'bontang-1' }, perkimOffice)).data?.program).toEqual({ viewerCan: { edit: false, verify: false }, allowedPublicationMoves: [] });
    expect((await api.execute(READ, { slug: 'bontang-1' })).data?.program).toEqual({ viewerCan: { edit: false, verify: false }, allowedPublicationMoves: [] });
  });

  it('refuses to confirm a draft as still true, as viewerCan says, and confirms a published one', async () => {
    const VERIFY = `mutation V($slug: String!, $version: Int!) { verifyProgram(slug: $slug, version: $version) { version } }`;
    const draft = await api.execute(VERIFY, { slug: 'bontang-0', version: 1 }, bontangEditor);
    expect(draft.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const published = await api.execute(VERIFY, { slug: 'bontang-1', version: 1 }, bontangEditor);
    expect(published.data).toEqual({ verifyProgram: { version: 2 } });
  });

  it('refuses a move the state machine does not allow', async () => {
    const UNPUBLISH = `mutation U($slug: String!, $version: Int!) { unpublishProgram(slug: $slug, version: $version) { version } }`;
    const result = await api.execute(UNPUBLISH, { slug: 'bontang-0', version: 1 }, bontangEditor);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
