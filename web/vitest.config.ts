import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts so unit tests run without the Remix plugin.
export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'server/**/*.test.ts'],
  },
});
