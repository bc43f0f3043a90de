import { buildSchema as buildSdlSchema, graphql, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { type RequestContext } from '../core/request-context';
import { PUBLIC_MUTATIONS, requireSignInForMutations } from './mutation-guard';
import { buildTiruSchema } from './schema';

const signedOut = { viewer: async () => null } as RequestContext;
const signedIn = { viewer: async () => ({ accountId: 'a1' }) as unknown as Viewer } as RequestContext;

describe('requireSignInForMutations', () => {
  it('refuses every mutation of the schema but the public ones to a signed-out visitor, before its resolver runs', async () => {
    const mutations = Object.values((await buildTiruSchema()).getMutationType()!.getFields());
    expect(mutations.map((field) => field.name)).toEqual(expect.arrayContaining([...PUBLIC_MUTATIONS, 'createProgram', 'requestVisit']));
    for (const field of mutations.filter((candidate) => !PUBLIC_MUTATIONS.has(candidate.name))) {
      // A resolver that ran would reach for the missing EntityManager and fail differently.
      const call = () => (field.resolve as GraphQLFieldResolver<unknown, RequestContext>)({}, {}, signedOut, {} as GraphQLResolveInfo);
      await expect(call(), field.name).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('lets signed-in viewers through, public mutations and queries through for anyone', async () => {
    const schema = requireSignInForMutations(buildSdlSchema('type Query { open: String } type Mutation { signIn: String change: String }'));
    const rootValue = { open: () => 'read', signIn: () => 'signed in', change: () => 'changed' };
    const run = (source: string, contextValue: RequestContext) => graphql({ schema, source, rootValue, contextValue });

    expect(await run('mutation { change }', signedIn)).toEqual({ data: { change: 'changed' } });
    expect(await run('mutation { signIn }', signedOut)).toEqual({ data: { signIn: 'signed in' } });
    expect(await run('{ open }', signedOut)).toEqual({ data: { open: 'read' } });
    const refused = await run('mutation { change }', signedOut);
    expect(refused.data).toEqual({ change: null });
    expect(refused.errors?.[0]?.originalError).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
