import { type Viewer } from '../core/viewer';
import { createHostCalendar, createProgram, createViewer, seedTestRegions, upcomingWeekdays } from './factories';
import { startTestApi, type TestApi } from './test-api';
import { type LocalDate } from '../visits/host-time';

/** Kota Bontang, receiving 2 delegations a day with no notice needed, and its program Prolita. */
export const CONTENDED_HOST = { regencyCode: '64.74', programSlug: 'prolita-bontang' } as const;

export type ContendedHost = { api: TestApi; hostEditors: Viewer[]; delegate: Viewer; days: LocalDate[] };

/**
 * A fresh database where many writers contend for one host's days: three host editors (so concurrent
 * acceptances come from several sessions), a Tangsel delegate to request visits, and `dayCount` open weekdays.
 */
export async function startContendedHost(dayCount: number): Promise<ContendedHost> {
  const api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  await createProgram(em, { slug: CONTENDED_HOST.programSlug, hostRegencyCode: CONTENDED_HOST.regencyCode });
  await createHostCalendar(em, CONTENDED_HOST.regencyCode, { delegationsPerDay: 2, participantsPerDay: 1000, leadTimeDays: 0 });
  const hostEditors = await Promise.all([1, 2, 3].map(() => createViewer(api.em(), 'HOST_EDITOR', { regencyCode: CONTENDED_HOST.regencyCode })));
  const delegate = await createViewer(em, 'DELEGATE', { regencyCode: '36.74' });
  return { api, hostEditors, delegate, days: upcomingWeekdays('Asia/Makassar', 10, dayCount) };
}
