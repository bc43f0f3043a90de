import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const testRoot = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = join(testRoot, '..');

/** Kept by CI after a run (git-ignored): process logs and page screenshots. */
export const artifactsDir = join(testRoot, 'artifacts');
export const logsDir = join(artifactsDir, 'logs');
export const screenshotsDir = join(artifactsDir, 'screenshots');
