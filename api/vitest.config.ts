import { connect } from 'node:net';
import { defineConfig } from 'vitest/config';

/** The PostgreSQL server on these machines; the suite also runs there when it answers. */
function postgresAnswers(host = '127.0.0.1', port = 5432): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const integrationTests = ['src/**/*.int.test.ts'];

const onPostgres = process.env.TIRU_TEST_SKIP_POSTGRES !== '1' && (await postgresAnswers());
const databaseProject = (database: 'pglite' | 'postgresql') => ({
  extends: true as const,
  test: {
    name: `db:${database}`,
    include: integrationTests,
    env: { TIRU_TEST_DB: database },
    // Migrates one template database for the run, which each test file copies.
    globalSetup: ['src/testing/test-database-global-setup.ts'],
  },
});

export default defineConfig({
  // graphql ships CJS and ESM builds; type-graphql loads the CJS one, so everything must, or
  // `instanceof GraphQLScalarType` fails across the two copies.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    // One Meilisearch for the whole run, shared by every project; test files use their own index uids.
    globalSetup: ['src/meilisearch-server/testing/meilisearch-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: [...integrationTests, '**/node_modules/**'] } },
      databaseProject('pglite'),
      ...(onPostgres ? [databaseProject('postgresql')] : []),
    ],
  },
});
