import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Relative paths in the configuration are read from the repository root, whichever package runs. */
const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
import { z } from 'zod';
import { type DateWindow, dateWindowEnvironment, dateWindowFromEnvironment } from '../core';
import { type ApiLimits, limitsEnvironment, limitsFromEnvironment } from '../graphql-endpoint';
import { type RetentionSettings, retentionEnvironment, retentionFromEnvironment } from '../retention';

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  API_HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.url().optional(),
  // Two at least: a job holding an advisory lock keeps one connection while its work runs on another.
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(1000).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  TIRU_DATA_DIR: z.string().min(1).default('./.data'),
  MEILI_URL: z.url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default('Tiru <no-reply@tiru.test>'),
  WEB_ORIGIN: z.string().default('http://localhost:3000'),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_TOKEN: z.string().min(1).optional(),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''))
    .pipe(z.array(z.url())),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...limitsEnvironment,
  ...dateWindowEnvironment,
  ...retentionEnvironment,
});

export type MetricsSettings = { port: number | undefined; token: string | undefined };

export type AppConfig = {
  environment: 'development' | 'production' | 'test';
  apiPort: number;
  apiHost: string;
  databaseUrl: string | undefined;
  /** Connections each process may hold (DATABASE_POOL_MAX): replicas × this stays under the server's max_connections. */
  databasePoolMax: number;
  /** PostgreSQL `statement_timeout` of the API's connections (0: none); `npm run migrate` runs without one. */
  databaseStatementTimeoutMs: number;
  dataDir: string;
  meiliUrl: string | undefined;
  meiliMasterKey: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  webOrigin: string;
  logLevel: string;
  /** Prometheus metrics: their own listener (METRICS_PORT), and/or a bearer token on `/metrics` (METRICS_TOKEN). */
  metrics: MetricsSettings;
  /** Browser origins allowed to call the API cross-origin (CORS_ORIGINS); none by default: the web calls it server-side. */
  corsOrigins: string[];
  /** Introspection and the GraphQL IDE: on outside production unless GRAPHQL_INTROSPECTION says otherwise. */
  introspection: boolean;
  limits: ApiLimits;
  trustProxy: string;
  /** The calendar days date inputs may name (INPUT_DATE_EARLIEST … INPUT_DATE_LATEST). */
  dateWindow: DateWindow;
  retention: RetentionSettings;
};

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  return {
    environment: env.NODE_ENV,
    apiPort: env.API_PORT,
    apiHost: env.API_HOST,
    databaseUrl: env.DATABASE_URL,
    databasePoolMax: env.DATABASE_POOL_MAX,
    databaseStatementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    dataDir: path.resolve(REPOSITORY_ROOT, env.TIRU_DATA_DIR),
    meiliUrl: env.MEILI_URL,
    meiliMasterKey: env.MEILI_MASTER_KEY,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    webOrigin: env.WEB_ORIGIN,
    logLevel: env.LOG_LEVEL,
    metrics: { port: env.METRICS_PORT, token: env.METRICS_TOKEN },
    corsOrigins: env.CORS_ORIGINS,
    introspection: env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== 'production',
    limits: limitsFromEnvironment(env),
    trustProxy: env.TRUST_PROXY,
    dateWindow: dateWindowFromEnvironment(env),
    retention: retentionFromEnvironment(env),
  };
}
