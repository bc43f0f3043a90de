import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import { logsDir } from './artifacts';
import { runNpm, startNpm, stopGroup, waitForHttpOk, type ManagedProcess } from './processes';

export interface RunningSystem {
  webUrl: string;
  apiUrl: string;
  /** The fresh data folder (PGlite database, Meilisearch index) of this run; removed by stop(). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface SystemOptions {
  /** Names the log files: `test/artifacts/logs/<label>-<process>.log`. */
  label: string;
  /**
   * Start the API (after seeding the demo data into the fresh data folder). With `false` only the web starts,
   * its API_URL pointing at a port where nothing listens: for pages that render without the API.
   */
  api?: boolean;
  /** Seed the demo programs, calendars and visits before the API starts (regions are always seeded by the API). */
  demoData?: boolean;
  /** Further variables for the API's and the web's processes (e.g. SMTP_URL, OTEL_EXPORTER_OTLP_ENDPOINT). */
  apiEnvironment?: Record<string, string>;
  webEnvironment?: Record<string, string>;
}

/** Both processes guard /metrics with it, as production does; the operations test scrapes with it. */
export const E2E_METRICS_TOKEN = 'e2e-metrics-token-of-32-characters-at-least';

/** Variables a developer's shell may carry that would point the system at something other than its own defaults. */
const outsideConfiguration = [
  'DATABASE_URL',
  'MEILI_URL',
  'MEILI_MASTER_KEY',
  'API_URL',
  'API_PORT',
  'WEB_PORT',
  'PORT',
];

/**
 * The web runs its production build. The API and the seeder run on the embedded defaults (PGlite, the bundled
 * Meilisearch), which a production API refuses: they run as `test`.
 */
function systemEnvironment(dataDir: string, extra: Record<string, string>, nodeEnv: 'production' | 'test'): NodeJS.ProcessEnv {
  return { ...withoutOutsideConfiguration(process.env), NODE_ENV: nodeEnv, TIRU_DATA_DIR: dataDir, ...extra };
}

/** The environment minus the variables that would point the system away from its own defaults. */
export function withoutOutsideConfiguration(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...environment };
  for (const name of outsideConfiguration) delete env[name];
  return env;
}

/**
 * Starts the real system on its embedded defaults (PGlite and the bundled Meilisearch) in a fresh temporary data
 * folder, on free ports: seeding (before the API, since PGlite allows one process per data folder), then the API
 * (`npm run start -w @tiru/api`, ready when GET /readyz answers 200), then the built web app
 * (`npm run serve -w @tiru/web`, built once by the global setup; `start` would first wait for an API, which
 * the pages that render without one never get).
 */
export async function startSystem({ label, api = true, demoData = true, apiEnvironment = {}, webEnvironment = {} }: SystemOptions): Promise<RunningSystem> {
  const dataDir = await mkdtemp(join(tmpdir(), `tiru-e2e-${label}-`));
  const [apiPort, webPort] = [await getPort(), await getPort()];
  const apiOrigin = `http://127.0.0.1:${apiPort}`;
  const apiUrl = `${apiOrigin}/graphql`;
  const webUrl = `http://localhost:${webPort}`;
  const logPath = (process: string) => join(logsDir, `${label}-${process}.log`);
  const started: ManagedProcess[] = [];

  const stop = async () => {
    for (const process_ of started.reverse()) await stopGroup(process_);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    if (api) {
      if (demoData) {
        await runNpm(
          'seed',
          ['run', 'seed', '-w', '@tiru/seeds', '--', '--demo'],
          systemEnvironment(dataDir, {}, 'test'),
          logPath('seed')
        );
      }
      const apiProcess = await startNpm(
        'api',
        ['run', 'start', '-w', '@tiru/api'],
        systemEnvironment(dataDir, { API_PORT: String(apiPort), WEB_ORIGIN: webUrl, METRICS_TOKEN: E2E_METRICS_TOKEN, ...apiEnvironment }, 'test'),
        logPath('api')
      );
      started.push(apiProcess);
      await waitForHttpOk(`${apiOrigin}/readyz`, apiProcess);
    }

    const webProcess = await startNpm(
      'web',
      ['run', 'serve', '-w', '@tiru/web'],
      systemEnvironment(dataDir, { WEB_PORT: String(webPort), API_URL: apiUrl, WEB_ORIGIN: webUrl, METRICS_TOKEN: E2E_METRICS_TOKEN, ...webEnvironment }, 'production'),
      logPath('web')
    );
    started.push(webProcess);
    await waitForHttpOk(`${webUrl}/healthz`, webProcess);
  } catch (error) {
    await stop();
    throw error;
  }

  return { webUrl, apiUrl, dataDir, stop };
}
