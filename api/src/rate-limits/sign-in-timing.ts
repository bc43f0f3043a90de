import { type ApolloServerPlugin } from '@apollo/server';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ApiLimits } from '../graphql-endpoint/api-limits';
import { rootMutationFields } from './root-mutation-fields';

/**
 * Answers every signIn no sooner than `signInMinimumMs` after the request began. Checking a
 * password against an account that exists costs a little more than against none (the account's
 * hash is loaded first), and that difference alone would tell a patient caller which e-mails have
 * accounts; under the floor both take the same time.
 */
export function signInTimingPlugin(limits: Pick<ApiLimits, 'signInMinimumMs'>): ApolloServerPlugin<object> {
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
