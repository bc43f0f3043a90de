export { purgeExpiredData, type PurgeCounts, type PurgeOptions } from './purge-expired-data';
export { type RetentionRun, runRetentionPurge, startRetentionService } from './retention-service';
export { DEFAULT_RETENTION, retentionEnvironment, retentionFromEnvironment, type RetentionSettings } from './retention-settings';
