import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { DEFAULT_LIMITS } from '../graphql-endpoint/api-limits';

describe('limits and introspection in the configuration', () => {
  it('uses the defaults when nothing is set', () => {
    expect(loadConfig({}).limits).toEqual(DEFAULT_LIMITS);
  });

  it('reads each limit from its environment variable', () => {
    const { limits } = loadConfig({ GRAPHQL_MAX_DEPTH: '7', GRAPHQL_MAX_COST: '900', RATE_LIMIT_MUTATIONS: '30', API_MAX_BODY_BYTES: '65536' });
    expect(limits).toMatchObject({ maxDepth: 7, maxCost: 900, mutationsPerWindow: 30, maxBodyBytes: 65_536 });
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(/GRAPHQL_MAX_DEPTH/);
    expect(() => loadConfig({ GRAPHQL_MAX_ALIASES: 'many' })).toThrow(/GRAPHQL_MAX_ALIASES/);
  });

  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', GRAPHQL_INTROSPECTION: 'false' }).introspection).toBe(false);
  });
});
