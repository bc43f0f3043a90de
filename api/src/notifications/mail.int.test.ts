import { type AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { outboxLag, processOutboxBatch } from '../outbox/outbox-worker';
import { createHostCalendar, createProgram, createViewer, seedTestRegions, upcomingWeekdays } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { StudyVisit } from '../visits/visit.entities';
import { renderTiruMail } from '../server/mail-templates';
import { mailHandler, startMailService } from './mail-service';

type ReceivedMail = { from: string; to: string[]; raw: string };

/** A tiny SMTP server in this process that keeps what it receives, or refuses every recipient. */
async function startSmtpServer(refuse = false): Promise<{ url: string; received: ReceivedMail[]; nextMail(): Promise<ReceivedMail>; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const waiting: ((mail: ReceivedMail) => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(refuse ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        };
        received.push(mail);
        waiting.shift()?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    nextMail: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const silent = { info() {}, warn() {}, error() {} };

let api: TestApi;
let bontangEditor: Viewer;
let tangselDelegate: Viewer;
let admin: Viewer;
let nextDay = 0;
let days: string[];

async function requestBontangVisit(): Promise<string> {
  const result = await api.execute<{ requestVisit: { id: string } }>(
    `mutation R($input: RequestVisitInput!) { requestVisit(input: $input) { id } }`,
    {
      input: {
        hostRegencyCode: '64.74',
        programSlugs: ['prolita-bontang'],
        visitingRegencyCodes: ['36.74'],
        dates: [days[nextDay++]],
        participantCount: 12,
        objectives: 'Mempelajari Prolita.',
      },
    },
    tangselDelegate,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.requestVisit.id;
}

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  await createProgram(em, { slug: 'prolita-bontang', hostRegencyCode: '64.74' });
  await createHostCalendar(em, '64.74', { delegationsPerDay: 5 });
  bontangEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  tangselDelegate = await createViewer(em, 'DELEGATE', { regencyCode: '36.74' });
  admin = await createViewer(em, 'ADMIN');
  days = upcomingWeekdays('Asia/Makassar', 10, 10);
});
afterAll(() => api.close());
beforeEach(async () => {
  await api.em().nativeDelete(OutboxEvent, {});
});

describe('visit e-mail', () => {
  it('sends each state change to the other side through SMTP when SMTP_URL is set, Indonesian first', async () => {
    const smtp = await startSmtpServer();
    const service = startMailService({ orm: api.orm, smtpUrl: smtp.url, mailFrom: 'Tiru <no-reply@tiru.test>', renderMail: renderTiruMail, logger: silent, idleDelayMs: 50 });
    try {
      const arrived = smtp.nextMail();
      await requestBontangVisit();
      const mail = await arrived;
      expect(mail.from).toBe('no-reply@tiru.test');
      expect(mail.to).toEqual([bontangEditor.email]);
      expect(mail.raw).toMatch(/^Subject: \[Tiru\] Studi tiru ke Kota Bontang: diajukan \/ requested/m);
      const body = mail.raw.replace(/=\r?\n/g, '');
      expect(body.indexOf('mengajukan permohonan kunjungan')).toBeGreaterThan(-1);
      expect(body.indexOf('mengajukan permohonan kunjungan')).toBeLessThan(body.indexOf('requested the visit'));
      await service?.stop();
      expect((await outboxLag(api.em(), 'mail')).pending).toBe(0);
    } finally {
      await smtp.close();
    }
  });

  it('keeps a failed send in the outbox to retry later, while the transition itself stands', async () => {
    const smtp = await startSmtpServer(true);
    const transport = nodemailer.createTransport(smtp.url);
    try {
      const visitId = await requestBontangVisit();
      const processed = await processOutboxBatch({ orm: api.orm, topic: 'mail', handle: mailHandler(transport, 'no-reply@tiru.test', renderTiruMail) });
      expect(processed).toBe(1);
      const event = await api.em().findOneOrFail(OutboxEvent, { topic: 'mail', key: visitId });
      expect(event).toMatchObject({ attempts: 1, processedAt: null });
      expect(event.lastError).toMatch(/550|Mailbox unavailable/);
      expect(event.availableAt.getTime()).toBeGreaterThan(Date.now());
      expect(await api.em().findOneOrFail(StudyVisit, { id: visitId })).toMatchObject({ state: 'REQUESTED' });
      expect(smtp.received).toEqual([]);
    } finally {
      transport.close();
      await smtp.close();
    }
  });

  it('without SMTP_URL sends nothing and lets admins read the queued mail', async () => {
    expect(startMailService({ orm: api.orm, smtpUrl: undefined, mailFrom: 'x@tiru.test', renderMail: renderTiruMail, logger: silent })).toBeNull();
    const visitId = await requestBontangVisit();
    const accepted = await api.execute(`mutation A($id: ID!) { acceptVisit(id: $id, reason: "Silakan.") { state } }`, { id: visitId }, bontangEditor);
    expect(accepted.errors).toBeUndefined();

    const OUTBOX = `{ mailOutbox(first: 10, pendingOnly: true) { to subject text attempts sentAt } }`;
    const listed = await api.execute<{ mailOutbox: { to: string[]; subject: string; text: string; sentAt: string | null }[] }>(OUTBOX, {}, admin);
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.mailOutbox.map((mail) => [mail.to, mail.subject, mail.sentAt])).toEqual([
      [[tangselDelegate.email], '[Tiru] Studi tiru ke Kota Bontang: diterima / accepted', null],
      [[bontangEditor.email], '[Tiru] Studi tiru ke Kota Bontang: diajukan / requested', null],
    ]);
    expect(listed.data?.mailOutbox[0]?.text).toContain('Alasan: Silakan.');
    expect((await api.execute(OUTBOX, {}, bontangEditor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells the delegation of every agenda change, naming the item, and never mails the host who made it', async () => {
    const visitId = await requestBontangVisit();
    const date = days[nextDay - 1];
    await api.em().nativeDelete(OutboxEvent, {});
    const ADD = `mutation G($id: ID!, $input: VisitAgendaItemInput!) { addVisitAgendaItem(visitId: $id, input: $input) { agenda { id } } }`;
    const added = await api.execute<{ addVisitAgendaItem: { agenda: { id: string }[] } }>(
      ADD,
      { id: visitId, input: { date, startTime: '09:00', endTime: '11:00', activity: 'Paparan Prolita', place: 'Aula Bappeda' } },
      bontangEditor,
    );
    expect(added.errors).toBeUndefined();
    const itemId = added.data!.addVisitAgendaItem.agenda[0]!.id;
    const UPDATE = `mutation U($id: ID!, $item: ID!, $input: VisitAgendaItemInput!) { updateVisitAgendaItem(visitId: $id, itemId: $item, input: $input) { id } }`;
    const input = { date, startTime: '10:00', endTime: '12:00', activity: 'Kunjungan lapangan RT 12', place: 'Kelurahan Api-Api' };
    expect((await api.execute(UPDATE, { id: visitId, item: itemId, input }, bontangEditor)).errors).toBeUndefined();
    const REMOVE = `mutation X($id: ID!, $item: ID!) { removeVisitAgendaItem(visitId: $id, itemId: $item) { id } }`;
    expect((await api.execute(REMOVE, { id: visitId, item: itemId }, bontangEditor)).errors).toBeUndefined();
    const refused = await api.execute(ADD, { id: visitId, input: { date, startTime: '12:00', endTime: '09:00', activity: 'Salah' } }, bontangEditor);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endTime' });

    const listed = await api.execute<{ mailOutbox: { to: string[]; subject: string; text: string }[] }>(`{ mailOutbox(first: 10, pendingOnly: true) { to subject text } }`, {}, admin);
    const mails = [...listed.data!.mailOutbox].reverse();
    expect(mails.map((mail) => mail.to)).toEqual([[tangselDelegate.email], [tangselDelegate.email], [tangselDelegate.email]]);
    expect(mails[0]!.subject).toBe('[Tiru] Agenda berubah: studi tiru ke Kota Bontang / Agenda changed: study visit to Kota Bontang');
    expect(mails[0]!.text).toContain('menambahkan acara ke agenda:');
    expect(mails[0]!.text).toContain('09:00–11:00: Paparan Prolita (Aula Bappeda)');
    expect(mails[1]!.text).toContain('mengubah acara di agenda:');
    expect(mails[1]!.text).toContain('10:00–12:00: Kunjungan lapangan RT 12 (Kelurahan Api-Api)');
    expect(mails[2]!.text).toContain('removed an item from the agenda:');
  });
});
