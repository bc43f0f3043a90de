import { createHash } from 'node:crypto';
import { type ApolloServerPlugin } from '@apollo/server';
import { type GraphQLResolveInfo } from 'graphql';
import { type RequestContext } from '../server/context';
import { type ApiLimits } from './api-limits';
import { FailureBackoff, FixedWindowCounter } from './client-counters';
import { currentRequest } from './request-scope';
import { REFUSAL_CODES, refusal } from './refusals';

type RateLimits = Pick<
  ApiLimits,
  'mutationsPerWindow' | 'signInsPerWindow' | 'rateWindowSeconds' | 'signInFailuresBeforeDelay' | 'signInFailuresPerAddressBeforeDelay' | 'signInMaxDelaySeconds'
>;

/** Mutations that prove who someone is: the ones a password guesser would hammer. */
const SIGN_IN_MUTATIONS = new Set(['signIn', 'acceptInvitation']);

const TOO_MANY = 429;

function isRootMutation(info: GraphQLResolveInfo): boolean {
  return info.parentType === info.schema.getMutationType() && info.path.prev === undefined;
}

function addressKey(): string {
  return `address:${currentRequest()?.clientAddress ?? 'unknown'}`;
}

/** A signed-in client is its account (however many sessions it opens); anyone else is their address. */
function clientKey(context: RequestContext): string {
  return context.viewer ? `account:${context.viewer.accountId}` : addressKey();
}

function emailKey(email: unknown): string {
  const normalised = typeof email === 'string' ? email.trim().toLowerCase() : '';
  return `email:${createHash('sha256').update(normalised).digest('hex')}`;
}

function secondsUntil(at: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((at - now) / 1000));
}

/**
 * Counts every root mutation field (aliases and fragments cannot hide one: each is counted as it
 * resolves) per client, with a tighter budget for signIn and acceptInvitation, and makes each
 * further sign-in for an e-mail or from an address wait longer after repeated failures. The
 * refusal is a GraphQL error with status 429 and Retry-After.
 */
export function rateLimitsPlugin(limits: RateLimits): ApolloServerPlugin<RequestContext> {
  const windowMs = limits.rateWindowSeconds * 1000;
  const mutations = new FixedWindowCounter(windowMs);
  const signIns = new FixedWindowCounter(windowMs);
  const failuresByEmail = new FailureBackoff(limits.signInFailuresBeforeDelay, limits.signInMaxDelaySeconds * 1000);
  const failuresByAddress = new FailureBackoff(limits.signInFailuresPerAddressBeforeDelay, limits.signInMaxDelaySeconds * 1000);

  function assertWithin(counter: FixedWindowCounter, key: string, limit: number, what: string): void {
    const { count, resetAt } = counter.hit(key);
    if (count > limit) {
      const retryAfterSeconds = secondsUntil(resetAt);
      throw refusal(REFUSAL_CODES.rate, `Too many ${what} from this client. Try again in ${retryAfterSeconds} s.`, TOO_MANY, { retryAfterSeconds });
    }
  }

  /** Unknown e-mails count like known ones, so the wait reveals no more than the answer does. */
  function throttleSignIn(email: unknown) {
    const byEmail = emailKey(email);
    const byAddress = addressKey();
    const waitMs = Math.max(failuresByEmail.waitMs(byEmail), failuresByAddress.waitMs(byAddress));
    if (waitMs > 0) {
      const retryAfterSeconds = secondsUntil(Date.now() + waitMs);
      throw refusal(REFUSAL_CODES.signInFailures, `Too many failed sign-ins. Wait ${retryAfterSeconds} s before trying again.`, TOO_MANY, {
        retryAfterSeconds,
      });
    }
    return (error: Error | null) => {
      if ((error as { code?: string } | null)?.code === 'UNAUTHENTICATED') {
        failuresByEmail.recordFailure(byEmail);
        failuresByAddress.recordFailure(byAddress);
      } else if (!error) {
        failuresByEmail.forget(byEmail);
      }
    };
  }

  return {
    async requestDidStart() {
      return {
        async executionDidStart({ operation }) {
          // A per-field hook costs on every field it sees; only a mutation's root fields are counted.
          if (operation.operation !== 'mutation') return;
          return {
            willResolveField({ info, args, contextValue }) {
              if (!isRootMutation(info)) return;
              const key = clientKey(contextValue);
              assertWithin(mutations, key, limits.mutationsPerWindow, 'changes');
              if (SIGN_IN_MUTATIONS.has(info.fieldName)) assertWithin(signIns, key, limits.signInsPerWindow, 'sign-in attempts');
              if (info.fieldName === 'signIn') return throttleSignIn(args.email);
            },
          };
        },
      };
    },
  };
}
