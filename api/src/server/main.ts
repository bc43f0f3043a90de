import { SchemaNotCurrent } from '../db';
import { configForEntryPoint } from './production-settings';
import { createLogger } from '../core';
import { startApi } from './start-api';
import { startTracing } from '../observability';

const config = configForEntryPoint(['database', 'search', 'web', 'mail', 'metrics']);
const logger = createLogger(config.logLevel);
const tracing = startTracing('tiru-api');
const api = await startApi(config, logger).catch((error: unknown) => {
  if (!(error instanceof SchemaNotCurrent)) throw error;
  logger.fatal(error.message);
  process.exit(1);
});
logger.info({ url: api.url, database: config.databaseUrl ? 'postgresql' : 'pglite' }, 'Tiru API ready');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  await api.stop();
  await tracing?.shutdown();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
