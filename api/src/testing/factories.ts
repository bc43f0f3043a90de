import { type EntityManager } from '@mikro-orm/core';
import { type Role } from '../core/viewer';
import { createAccount, viewerOf } from '../accounts/accounts.service';
import { type Viewer } from '../core/viewer';
import { Agency, type AgencyType } from '../agencies/agency.entity';
import { Program, type Theme } from '../programs/program.entities';
import { type IndonesianTimeZone, Province, Regency } from '../regions/region.entities';
import { addDays, isoWeekday, todayIn, type LocalDate } from '../visits/host-time';
import { HostBlackoutDate, HostCalendar } from '../visits/visit.entities';

/** The handful of real regions the tests talk about (the seeder loads all 514). */
export const TEST_REGIONS = {
  provinces: [
    { code: '16', name: 'Sumatera Selatan', timeZone: 'Asia/Jakarta' },
    { code: '36', name: 'Banten', timeZone: 'Asia/Jakarta' },
    { code: '63', name: 'Kalimantan Selatan', timeZone: 'Asia/Makassar' },
    { code: '64', name: 'Kalimantan Timur', timeZone: 'Asia/Makassar' },
  ],
  regencies: [
    { code: '16.74', province: '16', name: 'Kota Prabumulih', kind: 'KOTA' },
    { code: '16.03', province: '16', name: 'Kabupaten Muara Enim', kind: 'KABUPATEN' },
    { code: '36.74', province: '36', name: 'Kota Tangerang Selatan', kind: 'KOTA' },
    { code: '63.09', province: '63', name: 'Kabupaten Tabalong', kind: 'KABUPATEN' },
    { code: '63.07', province: '63', name: 'Kabupaten Hulu Sungai Tengah', kind: 'KABUPATEN' },
    { code: '63.72', province: '63', name: 'Kota Banjarbaru', kind: 'KOTA' },
    { code: '64.74', province: '64', name: 'Kota Bontang', kind: 'KOTA' },
  ],
} as const;

export async function seedTestRegions(em: EntityManager): Promise<void> {
  for (const province of TEST_REGIONS.provinces) em.create(Province, province);
  for (const regency of TEST_REGIONS.regencies) em.create(Regency, regency);
  await em.flush();
}

let accountCounter = 0;

export async function createViewer(
  em: EntityManager,
  role: Role,
  scope: { regencyCode?: string; agencyId?: string; coveredRegencyCodes?: string[] } = {},
): Promise<Viewer> {
  accountCounter += 1;
  const account = await createAccount(em, {
    email: `${role.toLowerCase()}-${accountCounter}-${process.pid}@tiru.test`,
    displayName: `${role} ${accountCounter}`,
    password: 'correct horse battery',
    memberships: [
      { role, regencyCode: scope.regencyCode ?? null, agencyId: scope.agencyId ?? null, coveredRegencyCodes: scope.coveredRegencyCodes ?? [] },
    ],
  });
  return viewerOf(em, account);
}

export async function createAgency(em: EntityManager, name: string, type: AgencyType, regencyCode: string): Promise<Agency> {
  const agency = em.create(Agency, { name, type, regency: regencyCode });
  await em.flush();
  return agency;
}

export async function createProgram(
  em: EntityManager,
  fields: { slug: string; title?: string; hostRegencyCode: string; themes?: Theme[]; publication?: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED'; totalBudgetRupiah?: bigint },
): Promise<Program> {
  const program = em.create(Program, {
    slug: fields.slug,
    title: fields.title ?? `Program ${fields.slug}`,
    hostRegency: fields.hostRegencyCode,
    themes: fields.themes ?? ['HOUSING'],
    summary: `A test program called ${fields.slug}, long enough to be a summary.`,
    publication: fields.publication ?? 'PUBLISHED',
    totalBudgetRupiah: fields.totalBudgetRupiah ?? null,
  });
  await em.flush();
  return program;
}

export async function createHostCalendar(
  em: EntityManager,
  regencyCode: string,
  settings: Partial<Pick<HostCalendar, 'workingDays' | 'delegationsPerDay' | 'participantsPerDay' | 'leadTimeDays'>> & {
    blackoutDates?: { date: string; reason: string }[];
  } = {},
): Promise<HostCalendar> {
  const calendar = em.create(HostCalendar, {
    hostRegency: regencyCode,
    workingDays: settings.workingDays ?? [1, 2, 3, 4, 5],
    delegationsPerDay: settings.delegationsPerDay ?? 2,
    participantsPerDay: settings.participantsPerDay ?? 40,
    leadTimeDays: settings.leadTimeDays ?? 7,
  });
  for (const blackout of settings.blackoutDates ?? []) em.create(HostBlackoutDate, { calendar, ...blackout });
  await em.flush();
  return calendar;
}

/** `count` Monday-to-Friday dates, the first at least `daysAhead` days after today in `zone`. */
export function upcomingWeekdays(zone: IndonesianTimeZone, daysAhead: number, count: number, now = new Date()): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let date = addDays(todayIn(zone, now), daysAhead); dates.length < count; date = addDays(date, 1)) {
    if (isoWeekday(date) <= 5) dates.push(date);
  }
  return dates;
}
