import { z } from 'zod';

/** Every limit the API puts on a client, each refused with its own `extensions.code`. */
export type ApiLimits = {
  /** Selection depth of one operation (introspection's own nesting is not counted). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Estimated cost: one per field, list fields multiplied by their page size argument. */
  maxCost: number;
  /** Operations in one JSON array body; 1 turns batching off. */
  maxBatch: number;
  maxBodyBytes: number;
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
  /** The least time a signIn takes to answer, so an existing account cannot be told by timing. */
  signInMinimumMs: number;
  requestTimeoutMs: number;
};

export const DEFAULT_LIMITS: ApiLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxCost: 5_000,
  maxBatch: 5,
  maxBodyBytes: 1_048_576,
  mutationsPerWindow: 120,
  signInsPerWindow: 20,
  rateWindowSeconds: 60,
  signInFailuresBeforeDelay: 5,
  signInFailuresPerAddressBeforeDelay: 20,
  signInMaxDelaySeconds: 900,
  signInMinimumMs: 250,
  requestTimeoutMs: 30_000,
};

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** The environment variables of the limits, merged into the API's configuration schema. */
export const hardeningEnvironment = {
  GRAPHQL_INTROSPECTION: flag.optional(),
  GRAPHQL_MAX_DEPTH: count(DEFAULT_LIMITS.maxDepth),
  GRAPHQL_MAX_ALIASES: count(DEFAULT_LIMITS.maxAliases),
  GRAPHQL_MAX_DIRECTIVES: count(DEFAULT_LIMITS.maxDirectives),
  GRAPHQL_MAX_TOKENS: count(DEFAULT_LIMITS.maxTokens),
  GRAPHQL_MAX_COST: count(DEFAULT_LIMITS.maxCost),
  GRAPHQL_MAX_BATCH: count(DEFAULT_LIMITS.maxBatch),
  API_MAX_BODY_BYTES: count(DEFAULT_LIMITS.maxBodyBytes),
  RATE_LIMIT_MUTATIONS: count(DEFAULT_LIMITS.mutationsPerWindow),
  RATE_LIMIT_SIGN_INS: count(DEFAULT_LIMITS.signInsPerWindow),
  RATE_LIMIT_WINDOW_SECONDS: count(DEFAULT_LIMITS.rateWindowSeconds),
  SIGN_IN_FAILURES_BEFORE_DELAY: count(DEFAULT_LIMITS.signInFailuresBeforeDelay),
  SIGN_IN_ADDRESS_FAILURES_BEFORE_DELAY: count(DEFAULT_LIMITS.signInFailuresPerAddressBeforeDelay),
  SIGN_IN_MAX_DELAY_SECONDS: count(DEFAULT_LIMITS.signInMaxDelaySeconds),
  SIGN_IN_MINIMUM_MS: count(DEFAULT_LIMITS.signInMinimumMs),
  API_REQUEST_TIMEOUT_MS: count(DEFAULT_LIMITS.requestTimeoutMs),
  /** Express's `trust proxy`: whose X-Forwarded-For to believe when telling clients apart. */
  TRUST_PROXY: z.string().default('loopback'),
};

type HardeningEnvironment = z.infer<z.ZodObject<typeof hardeningEnvironment>>;

export function limitsFromEnvironment(env: HardeningEnvironment): ApiLimits {
  return {
    maxDepth: env.GRAPHQL_MAX_DEPTH,
    maxAliases: env.GRAPHQL_MAX_ALIASES,
    maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
    maxTokens: env.GRAPHQL_MAX_TOKENS,
    maxCost: env.GRAPHQL_MAX_COST,
    maxBatch: env.GRAPHQL_MAX_BATCH,
    maxBodyBytes: env.API_MAX_BODY_BYTES,
    mutationsPerWindow: env.RATE_LIMIT_MUTATIONS,
    signInsPerWindow: env.RATE_LIMIT_SIGN_INS,
    rateWindowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    signInFailuresBeforeDelay: env.SIGN_IN_FAILURES_BEFORE_DELAY,
    signInFailuresPerAddressBeforeDelay: env.SIGN_IN_ADDRESS_FAILURES_BEFORE_DELAY,
    signInMaxDelaySeconds: env.SIGN_IN_MAX_DELAY_SECONDS,
    signInMinimumMs: env.SIGN_IN_MINIMUM_MS,
    requestTimeoutMs: env.API_REQUEST_TIMEOUT_MS,
  };
}
