import { z } from 'zod';

/** How long data that names people outlives its use, and how often the purge looks for it. */
export type RetentionSettings = {
  /** Days a processed outbox row, an unsent e-mail and a used or expired invitation are kept. */
  retentionDays: number;
  intervalMinutes: number;
};

export const DEFAULT_RETENTION: RetentionSettings = { retentionDays: 30, intervalMinutes: 60 };

// Ten years is past any period an operator means; a day between purges keeps the timer within setTimeout's range.
const MAX_RETENTION_DAYS = 3650;
const MAX_INTERVAL_MINUTES = 1440;

function wholeNumberOf(unit: string, max: number, fallback: number) {
  const message = `must be a whole number of ${unit} from 1 to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(1, message).max(max, message).default(fallback);
}

/** The environment variables of the retention purge, merged into the API's configuration schema. */
export const retentionEnvironment = {
  RETENTION_DAYS: wholeNumberOf('days', MAX_RETENTION_DAYS, DEFAULT_RETENTION.retentionDays),
  RETENTION_INTERVAL_MINUTES: wholeNumberOf('minutes', MAX_INTERVAL_MINUTES, DEFAULT_RETENTION.intervalMinutes),
};

type RetentionEnvironment = z.infer<z.ZodObject<typeof retentionEnvironment>>;

export function retentionFromEnvironment(env: RetentionEnvironment): RetentionSettings {
  return { retentionDays: env.RETENTION_DAYS, intervalMinutes: env.RETENTION_INTERVAL_MINUTES };
}
