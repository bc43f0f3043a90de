import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_DIR = path.dirname(fileURLToPath(import.meta.url));
export const BENCH_DIR = path.resolve(SOURCE_DIR, '..');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const API_DIR = path.resolve(BENCH_DIR, '../api');

/** Entry points of the processes the bench starts. */
export const CHILD_ENTRIES = {
  api: path.join(SOURCE_DIR, 'api-child.ts'),
  ceiling: path.join(SOURCE_DIR, 'ceiling-server.ts'),
  apolloAlone: path.join(SOURCE_DIR, 'apollo-alone-server.ts'),
};

/** A fresh folder per run and size: PGlite and Meilisearch data never carry over between runs. */
export function runDataDir(startedAt: string, programs: number): string {
  return path.join(BENCH_DIR, '.data', `${startedAt}-${programs}`);
}
