import { withAdvisoryLock } from '../db';
import { type Orm } from '../db';
import { type BackgroundService } from '../core';
import { purgeExpiredData, type PurgeCounts, type PurgeOptions } from './purge-expired-data';
import { type RetentionSettings } from './retention-settings';

/** `skipped` when another replica (or an earlier purge still running) holds the retention lock. */
export type RetentionRun = { skipped: true } | { skipped: false; deleted: PurgeCounts };

/** One purge under the `retention` advisory lock: of replicas purging at the same moment, one works and the others skip. */
export async function runRetentionPurge(orm: Orm, options: PurgeOptions): Promise<RetentionRun> {
  const em = orm.em.fork();
  const outcome = await withAdvisoryLock(em, 'retention', 'try', () => purgeExpiredData(em, options));
  return outcome.acquired ? { skipped: false, deleted: outcome.result } : { skipped: true };
}

type RetentionLogger = { info(object: object, message?: string): void; debug(object: object, message?: string): void; error(object: object, message?: string): void };

export type RetentionServiceOptions = {
  orm: Orm;
  settings: RetentionSettings;
  signInForgetAfterMs: number;
  logger: RetentionLogger;
};

/**
 * Purges at start and then every interval, on every replica (the lock keeps them from working at once).
 * A failed purge is logged and tried again at the next interval; the log holds counts only.
 */
export function startRetentionService(options: RetentionServiceOptions): BackgroundService {
  const { orm, settings, signInForgetAfterMs, logger } = options;
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const purgeOnce = async () => {
    try {
      const run = await runRetentionPurge(orm, { now: new Date(), retentionDays: settings.retentionDays, signInForgetAfterMs, signal: stopping.signal });
      if (run.skipped) logger.debug({}, 'retention purge skipped: another one holds the lock');
      else logger.info({ retentionDays: settings.retentionDays, deleted: run.deleted }, 'retention purge done');
    } catch (error) {
      logger.error({ err: error }, 'retention purge failed; trying again at the next interval');
    }
  };
  let current: Promise<void>;
  const purgeAndReschedule = () => {
    current = purgeOnce().finally(() => {
      if (stopping.signal.aborted) return;
      timer = setTimeout(purgeAndReschedule, settings.intervalMinutes * 60_000);
      timer.unref();
    });
  };
  purgeAndReschedule();
  return {
    name: 'retention',
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await current;
    },
  };
}
