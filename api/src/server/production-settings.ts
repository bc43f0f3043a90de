import { type AppConfig, loadConfig } from './config';

/** What a process relies on; each entry point names its own, so `npm run migrate` needs no mail server. */
export type ProductionNeed = 'database' | 'search' | 'web' | 'mail' | 'metrics';

const LOOPBACK_OR_UNSPECIFIED = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

function webOriginProblem(webOrigin: string): string | undefined {
  const url = URL.canParse(webOrigin) ? new URL(webOrigin) : undefined;
  if (url?.protocol === 'https:' && !LOOPBACK_OR_UNSPECIFIED.test(url.hostname)) return undefined;
  return (
    `WEB_ORIGIN is "${webOrigin}": set it to the site's public https:// address, e.g. https://tiru.example.go.id ` +
    '(links in e-mails point there, and sign-in cookies are Secure in production)'
  );
}

// A bearer token guessable in reasonable time would make /metrics as public as no token.
const METRICS_TOKEN_MIN_LENGTH = 32;

function metricsProblem({ metrics, apiPort }: AppConfig): string | undefined {
  if (metrics.token !== undefined && metrics.token.length < METRICS_TOKEN_MIN_LENGTH)
    return `METRICS_TOKEN is shorter than ${METRICS_TOKEN_MIN_LENGTH} characters`;
  if (metrics.port !== undefined && metrics.port === apiPort) return 'METRICS_PORT is the API_PORT: metrics would be served to the public';
  if (metrics.port === undefined && metrics.token === undefined)
    return 'METRICS_PORT and METRICS_TOKEN are both unset: /metrics would be public; serve it on a port only the monitoring network reaches, or behind a token';
  return undefined;
}

// Meilisearch itself refuses a master key under 16 bytes when it runs with --env production.
const MEILI_MASTER_KEY_MIN_LENGTH = 16;

const checks: Record<ProductionNeed, (config: AppConfig) => Array<string | undefined>> = {
  database: (config) => [
    config.databaseUrl ? undefined : 'DATABASE_URL is not set: production runs on a PostgreSQL server (PGlite, the embedded database, is for the demo only)',
  ],
  search: (config) => [
    config.meiliUrl ? undefined : 'MEILI_URL is not set: production uses a Meilisearch server (the bundled binary is for the demo only)',
    (config.meiliMasterKey?.length ?? 0) >= MEILI_MASTER_KEY_MIN_LENGTH
      ? undefined
      : `MEILI_MASTER_KEY is not set or shorter than ${MEILI_MASTER_KEY_MIN_LENGTH} characters: the API derives its search-only key from it`,
  ],
  web: (config) => [webOriginProblem(config.webOrigin)],
  metrics: (config) => [metricsProblem(config)],
  mail: (config) => [config.smtpUrl ? undefined : 'SMTP_URL is not set: invitations and notifications would never leave the outbox'],
};

export class UnsafeProductionSettings extends Error {
  constructor(readonly problems: string[]) {
    super(`Refusing to run with NODE_ENV=production:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'UnsafeProductionSettings';
  }
}

/** In production, refuses settings that only make sense on a laptop instead of guessing; elsewhere accepts anything. */
export function refuseUnsafeProductionSettings(config: AppConfig, needs: readonly ProductionNeed[]): void {
  if (config.environment !== 'production') return;
  const problems = needs.flatMap((need) => checks[need](config)).filter((problem): problem is string => problem !== undefined);
  if (problems.length > 0) throw new UnsafeProductionSettings(problems);
}

/**
 * The configuration of an entry point (the API, a CLI): an invalid or unsafe setting ends the process with
 * the message naming the variable, not a stack trace.
 */
export function configForEntryPoint(needs: readonly ProductionNeed[], environment: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    const config = loadConfig(environment);
    refuseUnsafeProductionSettings(config, needs);
    return config;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
