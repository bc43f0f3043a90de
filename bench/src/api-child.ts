// The API under test, in its own process: startApi as `npm start` runs it, plus the bench's probes.
import { loadConfig } from '@tiru/api/server';
import { createLogger } from '@tiru/api/core';
import { startApi } from '@tiru/api/server';
import { answerBenchParent } from './child-ipc';
import { countRequestSqlStatements } from './sql-statement-counter';

const config = loadConfig(process.env);
const api = await startApi(config, createLogger(config.logLevel));
const sqlStatements = countRequestSqlStatements(api.orm);
answerBenchParent(api.url, () => api.stop(), () => ({ sqlStatements: sqlStatements() }));
