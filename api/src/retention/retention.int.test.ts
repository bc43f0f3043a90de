import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withAdvisoryLock } from '../db/advisory-lock';
import { executeStatement, selectRows } from '../db/raw-sql';
import { createViewer } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { testDatabaseKind } from '../testing/test-database';
import { purgeExpiredData, runRetentionPurge, startRetentionService, type PurgeCounts } from './index';

let api: TestApi;
let accountId: string;
beforeAll(async () => {
  api = await startTestApi();
  accountId = (await createViewer(api.em(), 'ADMIN')).accountId;
});
afterAll(() => api.close());

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const RETENTION_DAYS = 30;
const FORGET_AFTER_MS = 900_000;
const NOTHING: PurgeCounts = { processedOutboxEvents: 0, unsentMail: 0, sessions: 0, invitations: 0, rateLimitWindows: 0, signInFailures: 0 };

async function emptyTables() {
  for (const table of ['outbox_event', 'session', 'invitation', 'rate_limit_window', 'sign_in_failure']) await executeStatement(api.em(), `delete from ${table}`);
}

async function outboxEvent(key: string, topic: string, createdAt: Date, processedAt: Date | null) {
  await executeStatement(
    api.em(),
    `insert into outbox_event (topic, key, payload, created_at, available_at, attempts, processed_at) values (?, ?, '{}', ?, ?, 0, ?)`,
    [topic, key, createdAt, createdAt, processedAt],
  );
}

async function session(tokenHash: string, expiresAt: Date) {
  await executeStatement(api.em(), 'insert into session (token_hash, id, account_id, created_at, expires_at) values (?, gen_random_uuid(), ?, ?, ?)', [
    tokenHash,
    accountId,
    new Date(expiresAt.getTime() - 30 * DAY),
    expiresAt,
  ]);
}

async function invitation(tokenHash: string, expiresAt: Date, acceptedAt: Date | null) {
  await executeStatement(
    api.em(),
    `insert into invitation (token_hash, id, email, role, invited_by_id, created_at, expires_at, accepted_at) values (?, gen_random_uuid(), ?, 'DELEGATE', ?, ?, ?, ?)`,
    [tokenHash, `${tokenHash}@bontang.test`, accountId, new Date(expiresAt.getTime() - 14 * DAY), expiresAt, acceptedAt],
  );
}

async function keysOf(table: string, key: string): Promise<string[]> {
  const rows = await selectRows<{ key: string }>(api.em(), `select ${key} as key from ${table} order by ${key}`);
  return rows.map((row) => row.key);
}

beforeEach(emptyTables);

describe('purgeExpiredData', () => {
  it('deletes exactly the rows past the period, per kind, and counts them', async () => {
    const now = new Date();
    const cutoff = new Date(now.getTime() - RETENTION_DAYS * DAY);
    const before = new Date(cutoff.getTime() - MINUTE);
    const after = new Date(cutoff.getTime() + MINUTE);
    await outboxEvent('mail-sent-before', 'mail', before, before);
    await outboxEvent('mail-sent-after', 'mail', before, after);
    await outboxEvent('search-done-before', 'search.program', before, before);
    await outboxEvent('search-done-after', 'search.program', after, after);
    await outboxEvent('search-pending-old', 'search.program', new Date(cutoff.getTime() - 365 * DAY), null);
    await outboxEvent('mail-unsent-before', 'mail', before, null);
    await outboxEvent('mail-unsent-after', 'mail', after, null);

    await session('session-expired', new Date(now.getTime() - 1_000));
    await session('session-valid', new Date(now.getTime() + MINUTE));

    await invitation('expired-before', before, null);
    await invitation('expired-after', after, null);
    await invitation('accepted-before', new Date(now.getTime() - 18 * DAY), before);
    await invitation('accepted-after', new Date(now.getTime() - 18 * DAY), after);
    await invitation('pending', new Date(now.getTime() + DAY), null);

    await executeStatement(
      api.em(),
      `insert into rate_limit_window (key, hits, ends_at) values ('ended', 3, now() - interval '1 second'), ('running', 3, now() + interval '1 minute')`,
    );
    await executeStatement(
      api.em(),
      `insert into sign_in_failure (key, failures, last_failed_at) values
         ('forgotten', 7, now() - interval '901 seconds'), ('remembered', 7, now() - interval '899 seconds')`,
    );

    await executeStatement(
      api.em(),
      `insert into audit_entry (occurred_at, actor_account_id, entity_type, entity_id, action, details) values (?, ?, 'Program', '1', 'update', '{}')`,
      [new Date(cutoff.getTime() - 365 * DAY), accountId],
    );

    const deleted = await purgeExpiredData(api.em(), { now, retentionDays: RETENTION_DAYS, signInForgetAfterMs: FORGET_AFTER_MS });

    expect(deleted).toEqual({ processedOutboxEvents: 2, unsentMail: 1, sessions: 1, invitations: 2, rateLimitWindows: 1, signInFailures: 1 });
    expect(await keysOf('outbox_event', 'key')).toEqual(['mail-sent-after', 'mail-unsent-after', 'search-done-after', 'search-pending-old']);
    expect(await keysOf('session', 'token_hash')).toEqual(['session-valid']);
    expect(await keysOf('invitation', 'token_hash')).toEqual(['accepted-after', 'expired-after', 'pending']);
    expect(await keysOf('rate_limit_window', 'key')).toEqual(['running']);
    expect(await keysOf('sign_in_failure', 'key')).toEqual(['remembered']);
    // Audit entries are the record: the purge never touches them, however old.
    expect(await keysOf('audit_entry', 'entity_id')).toEqual(['1']);
    expect(await purgeExpiredData(api.em(), { now, retentionDays: RETENTION_DAYS, signInForgetAfterMs: FORGET_AFTER_MS })).toEqual(NOTHING);
  });

  it('works through a backlog larger than one batch', async () => {
    const long = new Date(Date.now() - 400 * DAY);
    await executeStatement(
      api.em(),
      `insert into outbox_event (topic, key, payload, created_at, available_at, attempts, processed_at)
       select 'search.program', g::text, '{}', ?, ?, 0, ? from generate_series(1, 12001) as g`,
      [long, long, long],
    );
    const deleted = await purgeExpiredData(api.em(), { now: new Date(), retentionDays: RETENTION_DAYS, signInForgetAfterMs: FORGET_AFTER_MS });
    expect(deleted.processedOutboxEvents).toBe(12_001);
    expect(await keysOf('outbox_event', 'key')).toEqual([]);
  });

  it('stops before the next batch once its signal is aborted', async () => {
    const long = new Date(Date.now() - 400 * DAY);
    await outboxEvent('left-for-later', 'mail', long, long);
    const deleted = await purgeExpiredData(api.em(), { now: new Date(), retentionDays: RETENTION_DAYS, signInForgetAfterMs: FORGET_AFTER_MS, signal: AbortSignal.abort() });
    expect(deleted).toEqual(NOTHING);
    expect(await keysOf('outbox_event', 'key')).toEqual(['left-for-later']);
  });


  // PGlite has one connection, so no second transaction can hold a row there.
  it.runIf(testDatabaseKind() === 'postgresql')('leaves a row that a request holds to the next purge instead of waiting for it', async () => {
    await executeStatement(api.em(), `insert into rate_limit_window (key, hits, ends_at) values ('held', 1, now() - interval '1 second'), ('free', 1, now() - interval '1 second')`);
    const options = { now: new Date(), retentionDays: RETENTION_DAYS, signInForgetAfterMs: FORGET_AFTER_MS };
    const whileHeld = await api.em().transactional(async (tx) => {
      await selectRows(tx, `select key from rate_limit_window where key = 'held' for update`);
      return purgeExpiredData(api.em(), options);
    });
    expect(whileHeld).toEqual({ ...NOTHING, rateLimitWindows: 1 });
    expect(await keysOf('rate_limit_window', 'key')).toEqual(['held']);
    expect(await purgeExpiredData(api.em(), options)).toEqual({ ...NOTHING, rateLimitWindows: 1 });
  });
});

describe('runRetentionPurge', () => {
  it('skips while another purge holds the retention lock, and purges once it is free', async () => {
    const long = new Date(Date.now() - 400 * DAY);
    await outboxEvent('old', 'mail', long, long);
    const options = { now: new Date(), retentionDays: RETENTION_DAYS, signInForgetAfterMs: FORGET_AFTER_MS };
    const held = await withAdvisoryLock(api.em(), 'retention', 'try', () => runRetentionPurge(api.orm, options));
    expect(held).toEqual({ acquired: true, result: { skipped: true } });
    expect(await keysOf('outbox_event', 'key')).toEqual(['old']);
    expect(await runRetentionPurge(api.orm, options)).toEqual({ skipped: false, deleted: { ...NOTHING, processedOutboxEvents: 1 } });
  });
});

type LogLine = { level: 'info' | 'debug' | 'error'; object: object; message: string | undefined };

function capturingLogger() {
  const lines: LogLine[] = [];
  const line = (level: LogLine['level']) => (object: object, message?: string) => lines.push({ level, object, message });
  return { lines, logger: { info: line('info'), debug: line('debug'), error: line('error') } };
}

async function until(condition: () => boolean) {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 10_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('startRetentionService', () => {
  const settings = { retentionDays: RETENTION_DAYS, intervalMinutes: 60 };

  it('purges at start and logs the counts, nothing else', async () => {
    const long = new Date(Date.now() - 400 * DAY);
    await outboxEvent('old', 'mail', long, long);
    await invitation('old-invitation', long, null);
    const { lines, logger } = capturingLogger();
    const service = startRetentionService({ orm: api.orm, settings, signInForgetAfterMs: FORGET_AFTER_MS, logger });
    await until(() => lines.length > 0);
    await service.stop();
    expect(lines).toEqual([
      { level: 'info', object: { retentionDays: RETENTION_DAYS, deleted: { ...NOTHING, processedOutboxEvents: 1, invitations: 1 } }, message: 'retention purge done' },
    ]);
    expect(await keysOf('invitation', 'token_hash')).toEqual([]);
  });

  it('logs a failed purge and keeps the API running', async () => {
    await executeStatement(api.em(), 'alter table session rename to session_elsewhere');
    try {
      const { lines, logger } = capturingLogger();
      const service = startRetentionService({ orm: api.orm, settings, signInForgetAfterMs: FORGET_AFTER_MS, logger });
      await until(() => lines.length > 0);
      await service.stop();
      expect(lines).toEqual([{ level: 'error', object: { err: expect.any(Error) }, message: 'retention purge failed; trying again at the next interval' }]);
    } finally {
      await executeStatement(api.em(), 'alter table session_elsewhere rename to session');
    }
  });
});
