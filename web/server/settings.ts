/** What the web server reads from its environment, checked once at start (see the README's configuration table). */
export type WebSettings = {
  production: boolean;
  /** The public origin (WEB_ORIGIN): the one origin whose form posts are accepted. */
  webOrigin: string;
  /** HSTS and upgrade-insecure-requests: a production site on https. */
  https: boolean;
  trustProxy: string;
  metricsToken: string | undefined;
  metricsPort: number | undefined;
};

const METRICS_TOKEN_MIN_LENGTH = 32;

export function webSettingsFrom(environment: Record<string, string | undefined>): WebSettings {
  const production = environment.NODE_ENV === 'production';
  const webOrigin = new URL(environment.WEB_ORIGIN ?? 'http://localhost:3000').origin;
  const metricsPort = environment.WEB_METRICS_PORT ? Number(environment.WEB_METRICS_PORT) : undefined;
  if (metricsPort !== undefined && !(Number.isInteger(metricsPort) && metricsPort > 0 && metricsPort < 65536))
    throw new Error('WEB_METRICS_PORT must be a port number');
  const metricsToken = environment.METRICS_TOKEN || undefined;
  if (production && metricsToken === undefined && metricsPort === undefined)
    throw new Error('WEB_METRICS_PORT and METRICS_TOKEN are both unset: the web\'s /metrics would be public; give it a port of its own or a token');
  if (production && metricsToken !== undefined && metricsToken.length < METRICS_TOKEN_MIN_LENGTH)
    throw new Error(`METRICS_TOKEN is shorter than ${METRICS_TOKEN_MIN_LENGTH} characters`);
  return {
    production,
    webOrigin,
    https: production && webOrigin.startsWith('https:'),
    trustProxy: environment.TRUST_PROXY ?? 'loopback',
    metricsToken,
    metricsPort,
  };
}
