import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { type GraphQLResult, type TestApi } from '../testing/test-api';
import { bookedLoads } from './host-day-load';
import { type LocalDate } from './host-time';
import { CONTENDED_HOST, startContendedHost } from '../testing/contended-host';
import { StudyVisit, StudyVisitDay } from './visit.entities';

/**
 * The overbooking invariant under load: many transactions at once against the same host days. On the
 * PostgreSQL server they run in parallel on separate connections; on PGlite they queue on its one.
 */

let api: TestApi;
let hostEditors: Viewer[];
let delegate: Viewer;
let days: LocalDate[];

beforeAll(async () => {
  ({ api, hostEditors, delegate, days } = await startContendedHost(6));
});
afterAll(() => api.close());

const REQUEST = `mutation R($input: RequestVisitInput!) { requestVisit(input: $input) { id } }`;
const ACCEPT = `mutation A($id: ID!) { acceptVisit(id: $id) { state } }`;

async function requestVisits(dateSets: LocalDate[][]): Promise<string[]> {
  const results = await Promise.all(
    dateSets.map((dates) =>
      api.execute<{ requestVisit: { id: string } }>(
        REQUEST,
        {
          input: {
            hostRegencyCode: CONTENDED_HOST.regencyCode,
            programSlugs: [CONTENDED_HOST.programSlug],
            visitingRegencyCodes: ['36.74'],
            dates,
            participantCount: 10,
            objectives: 'Belajar Prolita.',
          },
        },
        delegate,
      ),
    ),
  );
  for (const result of results) expect(result.errors).toBeUndefined();
  return results.map((result) => result.data!.requestVisit.id);
}

function acceptAll(ids: string[]): Promise<GraphQLResult[]> {
  return Promise.all(ids.map((id, index) => api.execute(ACCEPT, { id }, hostEditors[index % hostEditors.length])));
}

/** What the agreed visits really hold, day by day, counted from the visits themselves. */
async function heldPerDay(): Promise<Map<string, number>> {
  const held = await api.em().find(StudyVisitDay, { proposed: false, visit: { state: { $in: ['ACCEPTED', 'CONFIRMED'] } } });
  const perDay = new Map<string, number>();
  for (const day of held) perDay.set(day.date, (perDay.get(day.date) ?? 0) + 1);
  return perDay;
}

describe('the capacity invariant under concurrent acceptances', () => {
  it('lets exactly 2 of 50 concurrent acceptances on a day of capacity 2 hold; every other gets CONFLICT naming the day', async () => {
    const day = days[0]!;
    const ids = await requestVisits(Array.from({ length: 50 }, () => [day]));
    const results = await acceptAll(ids);

    const accepted = results.filter((result) => !result.errors);
    const refused = results.filter((result) => result.errors);
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(48);
    for (const result of refused) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'dates', date: day, reason: 'OVER_DELEGATION_CAPACITY' });
      expect(result.errors?.[0]?.message).toBe(`Kota Bontang is fully booked on ${day}: it cannot take another delegation that day.`);
    }
    expect(await api.em().count(StudyVisit, { state: 'ACCEPTED' })).toBe(2);
    expect(await api.em().count(StudyVisit, { state: 'REQUESTED' })).toBe(48);
    expect(await bookedLoads(api.em(), CONTENDED_HOST.regencyCode, day, day)).toEqual([{ date: day, delegations: 2, participants: 20 }]);
  });

  it('accepts one visit once, however many editors press the button together', async () => {
    const [id] = await requestVisits([[days[1]!]]);
    const results = await Promise.all(Array.from({ length: 10 }, (_, index) => api.execute(ACCEPT, { id }, hostEditors[index % hostEditors.length])));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const result of results.filter((candidate) => candidate.errors)) {
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'state' });
    }
    expect(await bookedLoads(api.em(), CONTENDED_HOST.regencyCode, days[1]!, days[1]!)).toEqual([{ date: days[1], delegations: 1, participants: 10 }]);
  });

  it('keeps every day within capacity and the load equal to what agreed visits hold, for overlapping multi-day visits', async () => {
    const [, , a, b, c, d] = days as [LocalDate, LocalDate, LocalDate, LocalDate, LocalDate, LocalDate];
    const spans = [[a, b], [b, c], [c, d], [a, c], [b, d], [a, d]];
    const ids = await requestVisits(Array.from({ length: 30 }, (_, index) => spans[index % spans.length]!));
    const results = await acceptAll(ids);
    for (const result of results.filter((candidate) => candidate.errors)) {
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OVER_DELEGATION_CAPACITY' });
    }
    const held = await heldPerDay();
    const loads = await bookedLoads(api.em(), CONTENDED_HOST.regencyCode, a, d);
    for (const load of loads) {
      expect(load.delegations).toBeLessThanOrEqual(2);
      expect(load.delegations).toBe(held.get(load.date));
    }
    expect(results.filter((result) => !result.errors).length).toBeGreaterThan(0);
  });

  it('is enforced by PostgreSQL itself: a write that skips the service cannot overfill a day either', async () => {
    const day = days[0]!;
    const connection = api.em().getConnection();
    await expect(connection.execute(`update host_day_load set delegations = delegations + 1 where date = ?`, [day])).rejects.toThrow(
      /host_day_load_within_delegation_capacity/,
    );
    await expect(connection.execute(`update host_day_load set participants = 1001 where date = ?`, [day])).rejects.toThrow(
      /host_day_load_within_participant_capacity/,
    );
    expect(await bookedLoads(api.em(), CONTENDED_HOST.regencyCode, day, day)).toEqual([{ date: day, delegations: 2, participants: 20 }]);
  });
});
