import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { requireViewer } from '../accounts';
import { type RequestContext } from '../core';

/** Mutations that a signed-out visitor may call; every other mutation needs a signed-in account. */
export const PUBLIC_MUTATIONS: ReadonlySet<string> = new Set(['signIn', 'signOut', 'acceptInvitation']);

/**
 * The first line of authorization, applied to every mutation of every module: anonymous writes are
 * refused before any resolver runs. The finer rules (which regency, which role) live in
 * `accounts/authorization.ts` and are called by the services. Only the root Mutation fields are
 * wrapped: a middleware on every field would make every field of every query asynchronous.
 */
export function requireSignInForMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (PUBLIC_MUTATIONS.has(field.name)) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context: RequestContext, info) => {
      requireViewer(await context.viewer());
      return resolve(source, args, context, info);
    };
  }
  return schema;
}
