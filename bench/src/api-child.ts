// The API under test, in its own process: startApi as `npm start` runs it, plus the bench's probes.
import { loadConfig } from '@tiru/api/server';
import { createLogger } from '@tiru/api/core';
import { startApi } from '@tiru/api/server';
import { Counter, Histogram } from 'prom-client';
import { answerBenchParent } from './child-ipc';
import { countRequestSqlStatements } from './sql-statement-counter';

// The observability comparison's "metrics off": prom-client's recording calls do nothing, the rest is as shipped.
if (process.env.TIRU_BENCH_METRICS === 'off') {
  Counter.prototype.inc = () => {};
  Histogram.prototype.observe = () => {};
}

const config = loadConfig(process.env);
const api = await startApi(config, createLogger(config.logLevel));
const sqlStatements = countRequestSqlStatements(api.orm);
answerBenchParent(api.url, () => api.stop(), () => ({ sqlStatements: sqlStatements() }));
