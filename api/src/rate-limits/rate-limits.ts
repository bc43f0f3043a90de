import { createHash } from 'node:crypto';
import { type ApolloServerPlugin } from '@apollo/server';
import { type EntityManager } from '@mikro-orm/core';
import { type GraphQLResolveInfo } from 'graphql';
import { type RequestContext } from '../core';
import { FailureBackoff, FixedWindowCounter } from './client-counters';
import { currentRequest } from '../core';
import { REFUSAL_CODES, refusal } from '../errors';
import { rateLimitRefusals } from '../observability';
import { rootMutationFields } from './root-mutation-fields';

/** What one client may send, counted in PostgreSQL so every replica shares the counts. */
export type RateLimits = {
  /** Mutations per client per window (sign-in and invitations count here too). */
  mutationsPerWindow: number;
  /** signIn and acceptInvitation per client per window. */
  signInsPerWindow: number;
  rateWindowSeconds: number;
  /** Failed sign-ins for one e-mail before each further try for it must wait. */
  signInFailuresBeforeDelay: number;
  /** The same from one address (higher: an office or the web server may speak for many people). */
  signInFailuresPerAddressBeforeDelay: number;
  signInMaxDelaySeconds: number;
};

export const DEFAULT_RATE_LIMITS: RateLimits = {
  mutationsPerWindow: 120,
  signInsPerWindow: 20,
  rateWindowSeconds: 60,
  signInFailuresBeforeDelay: 5,
  signInFailuresPerAddressBeforeDelay: 20,
  signInMaxDelaySeconds: 900,
};

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
async function clientKey(context: RequestContext): Promise<string> {
  const viewer = await context.viewer();
  return viewer ? `account:${viewer.accountId}` : addressKey();
}

function emailKey(email: unknown): string {
  const normalised = typeof email === 'string' ? email.trim().toLowerCase() : '';
  return `email:${createHash('sha256').update(normalised).digest('hex')}`;
}

function wholeSeconds(seconds: number): number {
  return Math.max(1, Math.ceil(seconds));
}

/**
 * Counts every root mutation field per client (aliases and fragments cannot hide one), with a
 * tighter budget for signIn and acceptInvitation, and makes each further sign-in for an e-mail or
 * from an address wait longer after repeated failures. The counters live in PostgreSQL, shared by
 * every replica. An operation over a budget is refused before any of its fields runs: a GraphQL
 * error with status 429 and Retry-After.
 */
export function rateLimitsPlugin(limits: RateLimits): ApolloServerPlugin<RequestContext> {
  const mutations = new FixedWindowCounter(limits.rateWindowSeconds);
  const signIns = new FixedWindowCounter(limits.rateWindowSeconds);
  const failuresByEmail = new FailureBackoff(limits.signInFailuresBeforeDelay, limits.signInMaxDelaySeconds * 1000);
  const failuresByAddress = new FailureBackoff(limits.signInFailuresPerAddressBeforeDelay, limits.signInMaxDelaySeconds * 1000);

  async function assertWithin(em: EntityManager, counter: FixedWindowCounter, key: string, hits: number, limit: number, what: string) {
    const { count, secondsLeft } = await counter.hit(em, key, hits);
    if (count > limit) {
      const retryAfterSeconds = wholeSeconds(secondsLeft);
      rateLimitRefusals.inc({ code: REFUSAL_CODES.rate });
      throw refusal(REFUSAL_CODES.rate, `Too many ${what} from this client. Try again in ${retryAfterSeconds} s.`, TOO_MANY, { retryAfterSeconds });
    }
  }

  /** Unknown e-mails count like known ones, so the wait reveals no more than the answer does. */
  async function assertMayTrySignIn(em: EntityManager, email: unknown) {
    const waits = await Promise.all([failuresByEmail.waitMs(em, emailKey(email)), failuresByAddress.waitMs(em, addressKey())]);
    const waitMs = Math.max(...waits);
    if (waitMs > 0) {
      const retryAfterSeconds = wholeSeconds(waitMs / 1000);
      rateLimitRefusals.inc({ code: REFUSAL_CODES.signInFailures });
      throw refusal(REFUSAL_CODES.signInFailures, `Too many failed sign-ins. Wait ${retryAfterSeconds} s before trying again.`, TOO_MANY, {
        retryAfterSeconds,
      });
    }
  }

  async function recordSignIn(em: EntityManager, email: unknown, error: Error | null) {
    if ((error as { code?: string } | null)?.code === 'UNAUTHENTICATED') {
      await failuresByEmail.recordFailure(em, emailKey(email));
      await failuresByAddress.recordFailure(em, addressKey());
    } else if (!error) {
      await failuresByEmail.forget(em, emailKey(email));
    }
  }

  return {
    async requestDidStart() {
      const signInOutcomes: { email: unknown; error: Error | null }[] = [];
      return {
        async didResolveOperation(requestContext) {
          const fields = rootMutationFields(requestContext);
          if (fields.length === 0) return;
          const { contextValue } = requestContext;
          const key = await clientKey(contextValue);
          await assertWithin(contextValue.em, mutations, `mutations:${key}`, fields.length, limits.mutationsPerWindow, 'changes');
          const signInFields = fields.filter((field) => SIGN_IN_MUTATIONS.has(field.name));
          if (signInFields.length > 0) await assertWithin(contextValue.em, signIns, `sign-ins:${key}`, signInFields.length, limits.signInsPerWindow, 'sign-in attempts');
          for (const field of fields) if (field.name === 'signIn') await assertMayTrySignIn(contextValue.em, field.args.email);
        },
        async executionDidStart({ operation }) {
          // A per-field hook costs on every field it sees; only a mutation's root signIn fields are watched.
          if (operation.operation !== 'mutation') return;
          return {
            willResolveField({ info, args }) {
              if (info.fieldName !== 'signIn' || !isRootMutation(info)) return;
              return (error: Error | null) => void signInOutcomes.push({ email: args.email, error });
            },
          };
        },
        async willSendResponse({ contextValue }) {
          for (const { email, error } of signInOutcomes) await recordSignIn(contextValue.em, email, error);
        },
      };
    },
  };
}
