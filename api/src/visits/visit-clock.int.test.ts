import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity';
import { type Viewer } from '../core/viewer';
import { createHostCalendar, createProgram, createViewer, seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { addAgendaItem } from './visit-collaboration.service';
import { requestVisit } from './visit-requests.service';
import { performVisitAction } from './visit-transitions.service';
import { StudyVisit, StudyVisitTransition } from './visit.entities';

let api: TestApi;
let host: Viewer;
let delegate: Viewer;

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  host = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  delegate = await createViewer(em, 'DELEGATE', { regencyCode: '36.74' });
  await createProgram(em, { slug: 'prolita-bontang', hostRegencyCode: '64.74' });
  await createHostCalendar(em, '64.74', { delegationsPerDay: 2, participantsPerDay: 40, leadTimeDays: 7 });
});
afterAll(() => api.close());

const ORIGIN = 'https://tiru.test';

describe('the visit services on the clock they are given', () => {
  it('stamp the visit, its history and its audit trail with that `now`, not the wall clock', async () => {
    const requestedAt = new Date('2025-01-06T02:00:00Z');
    const acceptedAt = new Date('2025-01-10T03:00:00Z');
    const plannedAt = new Date('2025-01-13T04:00:00Z');
    const input = { hostRegencyCode: '64.74', programSlugs: ['prolita-bontang'], visitingRegencyCodes: ['36.74'], dates: ['2025-02-04'], participantCount: 8, objectives: 'Belajar Prolita.' };
    const { id } = await requestVisit(api.em(), delegate, input, requestedAt, ORIGIN);
    await performVisitAction(api.em(), host, id, 'ACCEPT', {}, acceptedAt, ORIGIN);

    const em = api.em();
    expect(await em.findOneOrFail(StudyVisit, { id })).toMatchObject({ createdAt: requestedAt, updatedAt: acceptedAt });
    const history = await em.find(StudyVisitTransition, { visit: id }, { orderBy: { id: 'asc' } });
    expect(history.map((step) => [step.action, step.at])).toEqual([
      ['REQUEST', requestedAt],
      ['ACCEPT', acceptedAt],
    ]);

    await addAgendaItem(api.em(), host, id, { date: '2025-02-04', startTime: '09:00', endTime: '12:00', activity: 'Paparan Prolita' }, plannedAt, ORIGIN);
    const planned = await api.em().findOneOrFail(StudyVisit, { id });
    expect(planned).toMatchObject({ calendarSequence: 1, updatedAt: plannedAt });
    const audit = await api.em().find(AuditEntry, { entityType: 'StudyVisit', entityId: id }, { orderBy: { id: 'asc' } });
    expect(audit.map((entry) => [entry.action, entry.occurredAt])).toEqual([
      ['REQUEST', requestedAt],
      ['ACCEPT', acceptedAt],
      ['ADDED_AGENDA_ITEM', plannedAt],
    ]);
  });
});
