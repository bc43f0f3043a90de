// Bundles the API's entry points (server, CLIs, migrations) for plain `node`; node_modules stay external,
// so only project code is bundled and `graphql` resolves once, to the CJS build type-graphql loads.
import { build } from 'esbuild';
import { globSync } from 'node:fs';

const entryPoints = [
  'src/server/main.ts',
  ...globSync('src/**/*-cli.ts'),
  ...globSync('src/db/migrations/*.ts'),
];

await build({
  entryPoints,
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
