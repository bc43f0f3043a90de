import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    // Each file starts its own system (processes, ports, data folder): one file at a time on a 2-core machine.
    pool: 'forks',
    fileParallelism: false,
    // Files and the tests in them run in a new order each time (the seed is printed; `--sequence.seed=<n>` replays
    // it), so no test can come to lean on what another one left behind.
    sequence: { shuffle: { files: true, tests: true } },
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
