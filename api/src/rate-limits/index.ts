export { RateLimitWindow, SignInFailure } from './client-counter.entities';
export { DEFAULT_RATE_LIMITS, type RateLimits, rateLimitsPlugin } from './rate-limits';
export { DEFAULT_SIGN_IN_TIMING, type SignInTiming, signInTimingPlugin } from './sign-in-timing';
