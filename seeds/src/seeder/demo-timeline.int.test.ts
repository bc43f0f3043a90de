import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@tiru/api/testing';
import { localDate } from '@tiru/api/visits';
import { demoDataset } from '../demo/index';
import { seedDemo } from './seed-demo';
import { upsertReferenceRegions } from '@tiru/api/regions';
import { visitHistoryTimes } from './seed-visits';

/** Date columns that hold plans (days a visit or a closure is set for), which may lie ahead. */
const PLANNED_DAY_COLUMNS = new Set(['host_blackout_date.date', 'host_day_load.date', 'study_visit_day.date', 'study_visit_agenda_item.date']);

type Column = { table: string; column: string; type: string };

let api: TestApi;
let seededBefore: Date;
beforeAll(async () => {
  api = await startTestApi();
  await upsertReferenceRegions(api.em());
  await seedDemo(api.em(), demoDataset);
  seededBefore = new Date();
});
afterAll(() => api.close());

describe('the demo seeded today', () => {
  it('records no event after the moment it was seeded, in any timestamp or unplanned date column', async () => {
    const connection = api.em().getConnection();
    const columns: Column[] = await connection.execute(
      `select table_name as "table", column_name as "column", data_type as "type" from information_schema.columns
        where table_schema = current_schema() and data_type in ('timestamp with time zone', 'timestamp without time zone', 'date')
        order by table_name, column_name`,
    );
    const checked = columns.filter((column) => !PLANNED_DAY_COLUMNS.has(`${column.table}.${column.column}`));
    expect(checked.map((column) => `${column.table}.${column.column}`)).toEqual(expect.arrayContaining(['study_visit.created_at', 'study_visit_transition.at']));
    const future: string[] = [];
    for (const { table, column, type } of checked) {
      const bound = type === 'date' ? `(?::timestamptz)::date` : `?::timestamptz`;
      const [row] = await connection.execute<{ count: string }[]>(`select count(*)::text as count from "${table}" where "${column}" > ${bound}`, [seededBefore.toISOString()]);
      if (row!.count !== '0') future.push(`${table}.${column}: ${row!.count}`);
    }
    expect(future).toEqual([]);
  });

  it('dates each visit from its request, and its history in order', async () => {
    const rows: { created_at: Date; first_at: Date; ordered: boolean }[] = await api.em().getConnection().execute(
      `select v.created_at, min(t.at) as first_at, bool_and(t.at > coalesce(p.at, '-infinity')) as ordered
         from study_visit v join study_visit_transition t on t.visit_id = v.id
         left join lateral (select max(earlier.at) as at from study_visit_transition earlier where earlier.visit_id = v.id and earlier.id < t.id) p on true
        group by v.id, v.created_at`,
    );
    expect(rows).toHaveLength(demoDataset.studyVisits.length);
    for (const row of rows) {
      expect(new Date(row.created_at).getTime()).toBe(new Date(row.first_at).getTime());
      expect(row.ordered).toBe(true);
    }
  });

  it('plays each step through the visit services as a demo account, on the clock of that step', async () => {
    const rows: { actor_id: string | null; last_change: boolean; audited: string }[] = await api.em().getConnection().execute(
      `select t.actor_id, v.updated_at = (select max(at) from study_visit_transition where visit_id = v.id) as last_change,
              (select string_agg(case when a.occurred_at = t.at then 'at the step' else a.occurred_at::text end, ', ') from audit_entry a
                where a.entity_type = 'StudyVisit' and a.entity_id = v.id::text and a.action = t.action) as audited
         from study_visit_transition t join study_visit v on v.id = t.visit_id`,
    );
    expect(rows.length).toBeGreaterThan(demoDataset.studyVisits.length);
    expect(new Set(rows.map((row) => [row.actor_id !== null, row.last_change, row.audited].join(' / ')))).toEqual(new Set(['true / true / at the step']));
  });

  it('sends no e-mail about the history it replays, and shows none as sent', async () => {
    const [row] = await api.em().getConnection().execute<{ count: string }[]>(`select count(*)::text as count from outbox_event where topic = 'mail'`);
    expect(row!.count).toBe('0');
  });
});

describe('visit history placed relative to the seed day', () => {
  const confirmedInJanuary = [localDate('2027-01-19'), localDate('2027-01-20')];

  it('keeps the natural dates of an exchange that lies in the past of the seed day', () => {
    expect(visitHistoryTimes('CONFIRMED', confirmedInJanuary, new Date('2031-06-10T05:00:00Z')).map((time) => time.toISOString())).toEqual([
      '2026-12-22T02:00:00.000Z',
      '2027-01-05T03:00:00.000Z',
      '2027-01-06T03:00:00.000Z',
    ]);
  });

  it.each(['2026-12-07T09:30:00Z', '2025-03-01T00:00:00Z', '2019-08-17T23:59:00Z'])('moves the whole exchange before a seed day of %s, keeping its spacing', (seedDay) => {
    const now = new Date(seedDay);
    const times = visitHistoryTimes('CONFIRMED', confirmedInJanuary, now).map((time) => time.getTime());
    const day = 86_400_000;
    expect(times.at(-1)).toBeLessThanOrEqual(now.getTime() - day);
    expect(times.at(-1)).toBeGreaterThan(now.getTime() - 2 * day);
    expect(times.slice(1).map((time, index) => (time - times[index]!) / 3_600_000)).toEqual([14 * 24 + 1, 24]);
  });

  it('dates the seeded history before an injected seed day far from today', async () => {
    const seedDay = new Date('2025-03-01T00:00:00Z');
    const other = await startTestApi();
    try {
      await upsertReferenceRegions(other.em());
      await seedDemo(other.em(), demoDataset, seedDay);
      const [latest] = await other.em().getConnection().execute<{ transition: Date; visit: Date }[]>(
        'select (select max(at) from study_visit_transition) as transition, (select max(created_at) from study_visit) as visit',
      );
      expect(new Date(latest!.transition).getTime()).toBeLessThan(seedDay.getTime());
      expect(new Date(latest!.visit).getTime()).toBeLessThan(seedDay.getTime());
    } finally {
      await other.close();
    }
  });
});
