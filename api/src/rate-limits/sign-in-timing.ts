import { type ApolloServerPlugin } from '@apollo/server';
import { setTimeout as sleep } from 'node:timers/promises';
import { rootMutationFields } from './root-mutation-fields';

export type SignInTiming = {
  /** The least time a signIn takes to answer, so an existing account cannot be told by timing. */
  signInMinimumMs: number;
};

export const DEFAULT_SIGN_IN_TIMING: SignInTiming = { signInMinimumMs: 250 };

/**
 * Answers every signIn no sooner than `signInMinimumMs` after the request began. Checking a
 * password against an account that exists costs a little more than against none (the account's
 * hash is loaded first), and that difference alone would tell a patient caller which e-mails have
 * accounts; under the floor both take the same time.
 */
export function signInTimingPlugin(limits: SignInTiming): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      let signingIn = false;
      return {
        // Before the rate limits may refuse it: a refused sign-in takes as long as any other.
        async didResolveOperation(requestContext) {
          signingIn = rootMutationFields(requestContext).some((field) => field.name === 'signIn');
        },
        async willSendResponse() {
          const remaining = limits.signInMinimumMs - (performance.now() - startedAt);
          if (signingIn && remaining > 0) await sleep(remaining);
        },
      };
    },
  };
}
