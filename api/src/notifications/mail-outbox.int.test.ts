import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity';
import { type Viewer } from '../core/viewer';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { createViewer, seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';

let api: TestApi;
let admin: Viewer;
let coordinator: Viewer;
const ids: Record<'waiting' | 'retrying' | 'sent', number> = { waiting: 0, retrying: 0, sent: 0 };

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  admin = await createViewer(em, 'ADMIN');
  coordinator = await createViewer(em, 'COORDINATOR', { regencyCode: '64.74' });
  const invitation = (to: string) => ({ template: 'invitation', to, role: 'DELEGATE', acceptUrl: `http://localhost:3000/invitations/${to}` });
  const sent = em.create(OutboxEvent, { topic: 'mail', key: 'a', payload: invitation('sent@tiru.test'), processedAt: new Date('2026-12-01T00:00:00Z') });
  const retrying = em.create(OutboxEvent, { topic: 'mail', key: 'b', payload: invitation('retrying@tiru.test'), attempts: 3, lastError: 'Mailbox unavailable' });
  const waiting = em.create(OutboxEvent, { topic: 'mail', key: 'c', payload: invitation('waiting@tiru.test'), availableAt: new Date('2099-01-01T00:00:00Z') });
  em.create(OutboxEvent, { topic: 'search.program', key: '1', payload: {} });
  await em.flush();
  Object.assign(ids, { sent: sent.id, retrying: retrying.id, waiting: waiting.id });
});
afterAll(async () => {
  await api?.close();
});

type Mail = { id: string; to: string[]; state: string; attempts: number; sentAt: string | null; nextAttemptAt: string };
const LIST = `query L($state: OutboxMailState, $before: ID, $first: Int) { mailOutbox(state: $state, before: $before, first: $first) { id to state attempts sentAt nextAttemptAt } }`;
const RESEND = `mutation R($id: ID!) { resendOutboxMail(id: $id) { id state sentAt attempts nextAttemptAt } }`;

async function list(variables: Record<string, unknown>, viewer: Viewer | null = admin) {
  return api.execute<{ mailOutbox: Mail[] }>(LIST, variables, viewer);
}

describe('the mail outbox for admins', () => {
  it('lists e-mail only, newest first, each with its state, and filters by state', async () => {
    const all = await list({});
    expect(all.data?.mailOutbox.map((mail) => [mail.to[0], mail.state])).toEqual([
      ['waiting@tiru.test', 'WAITING'],
      ['retrying@tiru.test', 'RETRYING'],
      ['sent@tiru.test', 'SENT'],
    ]);
    for (const state of ['WAITING', 'RETRYING', 'SENT']) {
      const filtered = await list({ state });
      expect(filtered.data?.mailOutbox.map((mail) => mail.state)).toEqual([state]);
    }
  });

  it('pages with `before`: the next page starts after the last message of the one before', async () => {
    const first = await list({ first: 2 });
    expect(first.data?.mailOutbox).toHaveLength(2);
    const next = await list({ first: 2, before: first.data!.mailOutbox[1]!.id });
    expect(next.data?.mailOutbox.map((mail) => mail.to[0])).toEqual(['sent@tiru.test']);
  });

  it('resends a sent message and tries a waiting one now, auditing each without addresses', async () => {
    const resent = await api.execute<{ resendOutboxMail: Mail }>(RESEND, { id: String(ids.sent) }, admin);
    expect(resent.errors).toBeUndefined();
    expect(resent.data?.resendOutboxMail).toMatchObject({ state: 'WAITING', sentAt: null });
    const retried = await api.execute<{ resendOutboxMail: Mail }>(RESEND, { id: String(ids.retrying) }, admin);
    expect(retried.data?.resendOutboxMail).toMatchObject({ state: 'RETRYING', attempts: 3 });
    expect(new Date(retried.data!.resendOutboxMail.nextAttemptAt).getTime()).toBeLessThanOrEqual(Date.now());
    const entries = await api.em().find(AuditEntry, { entityType: 'OutboxMail' }, { orderBy: { id: 'asc' } });
    expect(entries.map((entry) => [entry.entityId, entry.action, entry.actorAccountId, entry.details])).toEqual([
      [String(ids.sent), 'RESENT', admin.accountId, { previousState: 'SENT', attempts: 0 }],
      [String(ids.retrying), 'RESENT', admin.accountId, { previousState: 'RETRYING', attempts: 3 }],
    ]);
    expect(JSON.stringify(entries)).not.toContain('@tiru.test');
  });

  it('refuses everyone but admins, listing and resending, and changes nothing', async () => {
    const before = await api.em().fork().findOneOrFail(OutboxEvent, ids.waiting);
    for (const [viewer, code] of [[coordinator, 'FORBIDDEN'], [null, 'UNAUTHENTICATED']] as const) {
      expect((await list({}, viewer)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await api.execute(RESEND, { id: String(ids.waiting) }, viewer)).errors?.[0]?.extensions?.code).toBe(code);
    }
    const after = await api.em().fork().findOneOrFail(OutboxEvent, ids.waiting);
    expect(after.availableAt).toEqual(before.availableAt);
  });

  it('refuses hostile ids with the field at fault, never echoing them, and a search event is not mail', async () => {
    for (const hostile of ['0', '-1', '1e3', "1' or '1'='1", '99999999999999999999', 'ａ', '']) {
      const resend = await api.execute(RESEND, { id: hostile }, admin);
      expect(resend.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(resend.errors?.[0]?.message).not.toContain(hostile || '\u0000');
      const page = await list({ before: hostile });
      expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
    }
    const searchEvent = await api.em().fork().findOneOrFail(OutboxEvent, { topic: 'search.program' });
    expect((await api.execute(RESEND, { id: String(searchEvent.id) }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
