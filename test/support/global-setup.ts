import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { logsDir, screenshotsDir } from './artifacts';
import { chromiumPath } from './browser';
import { runNpm } from './processes';

/** Once per run: fresh artifact folders, production builds of the API and the web app, and a check that Chromium is there. */
export default async function setup() {
  await rm(logsDir, { recursive: true, force: true });
  await rm(screenshotsDir, { recursive: true, force: true });
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`
    );
  }
  // The production test runs the compiled API and its CLIs.
  await runNpm('api build', ['run', 'build', '-w', '@tiru/api'], process.env, join(logsDir, 'api-build.log'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; test what users get.
  await runNpm(
    'web build',
    ['run', 'build', '-w', '@tiru/web'],
    { ...process.env, NODE_ENV: 'production' },
    join(logsDir, 'web-build.log')
  );
}
