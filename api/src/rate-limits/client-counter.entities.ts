import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Requests per client and kind in fixed windows, shared by every API replica: a client gets the
 * budget once, however many replicas its requests reach. Written only by single-statement upserts.
 */
export const RateLimitWindow = defineEntity({
  name: 'RateLimitWindow',
  tableName: 'rate_limit_window',
  properties: {
    key: p.string().length(200).primary(),
    hits: p.integer(),
    endsAt: p.datetime(),
  },
});
export type RateLimitWindow = InferEntity<typeof RateLimitWindow>;

/** Consecutive failed sign-ins per e-mail or address, behind the growing wait before the next try. */
export const SignInFailure = defineEntity({
  name: 'SignInFailure',
  tableName: 'sign_in_failure',
  properties: {
    key: p.string().length(200).primary(),
    failures: p.integer(),
    lastFailedAt: p.datetime(),
  },
});
export type SignInFailure = InferEntity<typeof SignInFailure>;
