import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { type ProductionNeed, refuseUnsafeProductionSettings, UnsafeProductionSettings } from './production-settings';

const safeProduction = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgresql://tiru@db.internal:5432/tiru',
  MEILI_URL: 'http://search.internal:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-32-characters-ok',
  WEB_ORIGIN: 'https://tiru.example.go.id',
  SMTP_URL: 'smtp://mail.internal:587',
  METRICS_TOKEN: 'a-metrics-token-of-32-characters',
};

const EVERY_NEED: ProductionNeed[] = ['database', 'search', 'web', 'mail', 'metrics'];

function problemsOf(environment: Record<string, string | undefined>, needs = EVERY_NEED): string[] {
  try {
    refuseUnsafeProductionSettings(loadConfig(environment), needs);
    return [];
  } catch (error) {
    if (!(error instanceof UnsafeProductionSettings)) throw error;
    return error.problems;
  }
}

describe('production settings', () => {
  it('accepts a production configuration with its servers and public address', () => {
    expect(problemsOf(safeProduction)).toEqual([]);
  });

  it('names every variable a laptop default stands in for, all at once', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(6);
    for (const variable of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'WEB_ORIGIN', 'SMTP_URL', 'METRICS_PORT']) {
      expect(problems.some((problem) => problem.startsWith(variable))).toBe(true);
    }
  });

  it.each([
    ['http://tiru.example.go.id'],
    ['https://localhost'],
    ['https://127.0.0.1:3000'],
    ['https://[::1]'],
    ['https://0.0.0.0'],
    ['https://app.localhost'],
    ['not an address'],
    ['javascript:alert(1)'],
  ])('refuses WEB_ORIGIN=%s', (webOrigin) => {
    expect(problemsOf({ ...safeProduction, WEB_ORIGIN: webOrigin })).toEqual([expect.stringContaining(`WEB_ORIGIN is "${webOrigin}"`)]);
  });

  it('refuses a master key Meilisearch itself would refuse in production', () => {
    expect(problemsOf({ ...safeProduction, MEILI_MASTER_KEY: 'short' })).toEqual([expect.stringContaining('MEILI_MASTER_KEY')]);
  });

  it.each([
    [{ METRICS_TOKEN: undefined }, 'METRICS_PORT and METRICS_TOKEN are both unset'],
    [{ METRICS_TOKEN: 'short-token' }, 'METRICS_TOKEN is shorter'],
    [{ METRICS_TOKEN: undefined, METRICS_PORT: '4000' }, 'METRICS_PORT is the API_PORT'],
  ])('refuses public metrics: %o', (metrics, problem) => {
    expect(problemsOf({ ...safeProduction, ...metrics })).toEqual([expect.stringContaining(problem)]);
  });

  it('accepts metrics on a port of their own without a token', () => {
    expect(problemsOf({ ...safeProduction, METRICS_TOKEN: undefined, METRICS_PORT: '9464' })).toEqual([]);
  });

  it('asks each process only for what it uses: migrations need the database alone', () => {
    expect(problemsOf({ NODE_ENV: 'production', DATABASE_URL: safeProduction.DATABASE_URL }, ['database'])).toEqual([]);
    expect(problemsOf({ NODE_ENV: 'production' }, ['database'])).toEqual([expect.stringContaining('DATABASE_URL')]);
  });

  it('leaves development and tests on the embedded defaults', () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({ NODE_ENV: 'test' })).toEqual([]);
  });
});

describe('database settings', () => {
  it('reads the pool size and statement timeout, with defaults', () => {
    expect(loadConfig({})).toMatchObject({ databasePoolMax: 10, databaseStatementTimeoutMs: 15_000 });
    expect(loadConfig({ DATABASE_POOL_MAX: '4', DATABASE_STATEMENT_TIMEOUT_MS: '0' })).toMatchObject({ databasePoolMax: 4, databaseStatementTimeoutMs: 0 });
  });

  it.each([['0'], ['-1'], ['1.5'], ['many'], ['1e9']])('refuses DATABASE_POOL_MAX=%s', (value) => {
    expect(() => loadConfig({ DATABASE_POOL_MAX: value })).toThrow(/DATABASE_POOL_MAX/);
  });

  it.each([['-1'], ['soon'], ['99999999999']])('refuses DATABASE_STATEMENT_TIMEOUT_MS=%s', (value) => {
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: value })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
  });
});
