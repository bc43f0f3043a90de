import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts so unit tests run without the Remix plugin. Component tests (*.test.tsx) name
// their DOM environment themselves (`@vitest-environment happy-dom`).
export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'app/**/*.test.tsx', 'server/**/*.test.ts'],
  },
});
