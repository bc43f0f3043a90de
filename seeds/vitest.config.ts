import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql for type-graphql and the schema (see api/vitest.config.ts).
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The API's test databases: each integration file clones one migrated template.
    globalSetup: ['../api/src/testing/test-database-global-setup.ts'],
  },
});
