import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logsDir } from '../support/artifacts';
import { startNpm, stopGroup, waitForHttpOk, type ManagedProcess } from '../support/processes';
import { withoutOutsideConfiguration } from '../support/system';

/**
 * The README's first command, `npm start`, exactly as a newcomer runs it: nothing set but where to listen and
 * which data folder to use (this run's own). The other e2e tests start the processes one by one with the settings
 * they need, so only this one proves that the demo starts on its embedded defaults.
 */

let dataDir: string;
let system: ManagedProcess | undefined;
let webUrl: string;

/** What a newcomer's shell lacks beyond the system's own settings: turbo's and vitest's variables, NODE_ENV. */
function newcomerEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = withoutOutsideConfiguration(process.env);
  for (const name of Object.keys(env)) if (/^(TURBO_|VITEST|NODE_ENV$|METRICS_|TIRU_|WEB_ORIGIN$)/.test(name)) delete env[name];
  return { ...env, ...extra };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tiru-e2e-readme-start-'));
  const [apiPort, webPort] = [await getPort(), await getPort()];
  webUrl = `http://localhost:${webPort}`;
  system = await startNpm(
    'npm start',
    ['start'],
    newcomerEnvironment({
      TIRU_DATA_DIR: dataDir,
      API_PORT: String(apiPort),
      API_URL: `http://127.0.0.1:${apiPort}/graphql`,
      WEB_PORT: String(webPort),
      WEB_ORIGIN: webUrl,
    }),
    join(logsDir, 'readme-start.log')
  );
  // Seeding 514 regencies and the demo, building both packages, then the API's and the web's start-up.
  await waitForHttpOk(`${webUrl}/healthz`, system, 420_000);
}, 480_000);

afterAll(async () => {
  if (system) await stopGroup(system);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start, the README command', () => {
  it('serves the demo catalog in Indonesian, searched through the API', async () => {
    const response = await fetch(`${webUrl}/programs?q=rumah`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('lang="id"');
    expect(html).toMatch(/RITTA/);
  });

  it('answers a profile of the demo data', async () => {
    const response = await fetch(`${webUrl}/programs/prolita-bontang`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Prolita');
  });
});
