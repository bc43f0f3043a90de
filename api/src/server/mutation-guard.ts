import { type MiddlewareFn } from 'type-graphql';
import { requireViewer } from '../accounts/authorization';
import { type RequestContext } from './context';

/** Mutations that a signed-out visitor may call; every other mutation needs a signed-in account. */
const PUBLIC_MUTATIONS = new Set(['signIn', 'signOut', 'acceptInvitation']);

/**
 * The first line of authorization, applied to every mutation of every module: anonymous writes are
 * refused before any resolver runs. The finer rules (which regency, which role) live in
 * `accounts/authorization.ts` and are called by the services.
 */
export const requireSignInForMutations: MiddlewareFn<RequestContext> = ({ info, context }, next) => {
  if (info.parentType.name === 'Mutation' && info.path.prev === undefined && !PUBLIC_MUTATIONS.has(info.fieldName)) {
    requireViewer(context.viewer);
  }
  return next();
};
