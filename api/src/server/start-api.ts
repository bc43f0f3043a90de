import { type Server } from 'node:http';
import { acceptDatesWithin } from '../core';
import { type DatabaseTarget, databaseTargetFrom, openOrmForEnvironment, type Orm } from '../db';
import { refreshEmbeddedPlannerStatistics } from '../db';
import { startMailService } from '../notifications';
import { startRetentionService } from '../retention';
import { startApiProgramSearch } from '../search';
import { type BackgroundService } from '../core';
import { type AppConfig } from './config';
import { createHttpApp } from './http-app';
import { type Logger } from '../core';
import { renderTiruMail } from './mail-templates';
import { buildTiruSchema } from './schema';
import { closeGracefully, ShutdownGate } from './graceful-shutdown';
import { entities } from './entities';
import express from 'express';
import { metricsEndpoint } from '../observability';
import { registerScrapeGauges } from './scrape-gauges';

function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve) => {
    const listening = app.listen(port, host, () => resolve(listening));
  });
}

/** METRICS_PORT: `/metrics` alone on a listener of its own, for a port only the monitoring network reaches. */
async function startMetricsListener(config: AppConfig): Promise<Server | undefined> {
  if (config.metrics.port === undefined) return undefined;
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', metricsEndpoint(config.metrics.token));
  return listen(app, config.metrics.port, config.apiHost);
}

async function startBackgroundServices(orm: Orm, config: AppConfig, logger: Logger): Promise<BackgroundService[]> {
  const services: BackgroundService[] = [];
  services.push(await startApiProgramSearch(orm, config, logger));
  const mail = startMailService({ orm, smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, renderMail: renderTiruMail, logger });
  if (mail) services.push(mail);
  services.push(startRetentionService({ orm, settings: config.retention, signInForgetAfterMs: config.limits.signInMaxDelaySeconds * 1000, logger }));
  return services;
}

/** The API's own connections get the statement timeout; CLIs (migrations, reindex, backups) run without one. */
function servingTarget(config: AppConfig): DatabaseTarget {
  const target = databaseTargetFrom(config);
  return target.kind === 'postgresql' ? { ...target, statementTimeoutMs: config.databaseStatementTimeoutMs } : target;
}

export type RunningApi = { url: string; orm: Orm; stop(): Promise<void> };

export async function startApi(config: AppConfig, logger: Logger): Promise<RunningApi> {
  acceptDatesWithin(config.dateWindow);
  const target = servingTarget(config);
  const orm = await openOrmForEnvironment(target, config.environment, { entities });
  const analyzed = await refreshEmbeddedPlannerStatistics(orm, target);
  if (analyzed.length > 0) logger.info({ tables: analyzed }, 'planner statistics refreshed');
  const services = await startBackgroundServices(orm, config, logger);
  registerScrapeGauges(orm, services);
  const shutdownGate = new ShutdownGate();
  const { app, apollo } = await createHttpApp({
    orm,
    schema: await buildTiruSchema(),
    logger,
    webOrigin: config.webOrigin,
    secureCookies: config.environment === 'production',
    introspection: config.introspection,
    limits: config.limits,
    trustProxy: config.trustProxy,
    shutdownGate,
    ...(config.metrics.port === undefined ? { metrics: { token: config.metrics.token } } : {}),
    corsOrigins: config.corsOrigins,
    readiness: async () => {
      const facts = await Promise.all(services.map(async (service) => ({ [service.name]: (await service.readiness?.()) ?? { running: true } })));
      return Object.assign({}, ...facts);
    },
  });
  const server = await listen(app, config.apiPort, config.apiHost);
  const metricsServer = await startMetricsListener(config);
  // A client gets as long to send its request (a slow-drip body included) as the API has to answer it.
  server.requestTimeout = config.limits.requestTimeoutMs;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.apiPort;
  return {
    url: `http://${config.apiHost}:${port}/graphql`,
    orm,
    async stop() {
      shutdownGate.begin();
      // A request in flight ends within the request timeout; a little more lets its answer leave.
      const answeredAll = await closeGracefully(server, config.limits.requestTimeoutMs + 1_000);
      if (!answeredAll) logger.warn('requests still running at the shutdown deadline were cut');
      metricsServer?.close();
      await apollo.stop();
      for (const service of [...services].reverse()) await service.stop();
      await orm.close();
    },
  };
}
