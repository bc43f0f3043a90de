import { type EntityManager } from '@mikro-orm/core';
import { seesNationalDetails } from '../accounts';
import { type Viewer } from '../core';
import { selectRows } from '../db';

export type ProvinceFigures = { code: string; name: string; programs: number; adoptingRegencies: number; adoptions: number };
export type VisitMonth = { month: string; visits: number };
export type ReplicatedProgram = { slug: string; title: string; hostRegencyName: string; adoptingRegencies: number };
export type UnvisitedRegion = { regencyCode: string; regencyName: string; provinceName: string; requests: number; lastRequestedAt: Date };

export type NationalPicture = {
  provinces: ProvinceFigures[];
  visitsPerMonth: VisitMonth[];
  mostReplicated: ReplicatedProgram[];
  /** Only for coordinators and administrators (`seesNationalDetails`); null for everyone else. */
  unvisitedRegions: UnvisitedRegion[] | null;
};

const MOST_REPLICATED = 10;
const MONTHS = 24;

/**
 * Every province, also those with nothing yet, with the published programs its regencies host and the adoptions
 * (of published programs) by its regencies: one GROUP BY per side over indexed foreign keys.
 */
const PROVINCES_SQL = `
  select pr.code, pr.name,
    coalesce(hosted.programs, 0) as programs,
    coalesce(adopted.regencies, 0) as adopting_regencies,
    coalesce(adopted.adoptions, 0) as adoptions
  from province pr
  left join (
    select r.province_code, count(*) as programs
    from program p join regency r on r.code = p.host_regency_code
    where p.publication = 'PUBLISHED' group by r.province_code
  ) hosted on hosted.province_code = pr.code
  left join (
    select r.province_code, count(distinct a.adopter_regency_code) as regencies, count(*) as adoptions
    from adoption a join program p on p.id = a.program_id join regency r on r.code = a.adopter_regency_code
    where p.publication = 'PUBLISHED' group by r.province_code
  ) adopted on adopted.province_code = pr.code
  order by pr.code`;

/** Visits agreed or held, by the month of their first day (the host's agreed days, not proposals), the last MONTHS months that have any. */
const VISITS_PER_MONTH_SQL = `
  select to_char(first_day, 'YYYY-MM') as month, count(*) as visits
  from (
    select v.id, min(d.date) as first_day
    from study_visit v join study_visit_day d on d.visit_id = v.id and d.proposed = false
    where v.state in ('CONFIRMED', 'COMPLETED') group by v.id
  ) visit
  group by 1 order by 1 desc limit ${MONTHS}`;

const MOST_REPLICATED_SQL = `
  select p.slug, p.title, r.name as host_regency_name, count(distinct a.adopter_regency_code) as adopting_regencies
  from adoption a join program p on p.id = a.program_id join regency r on r.code = p.host_regency_code
  where p.publication = 'PUBLISHED'
  group by p.id, p.slug, p.title, r.name
  order by adopting_regencies desc, p.title limit ${MOST_REPLICATED}`;

/** Regencies that travel on at least one visit request and on no visit held or agreed. */
const UNVISITED_SQL = `
  select r.code as regency_code, r.name as regency_name, pr.name as province_name,
    count(*) as requests, max(v.created_at) as last_requested_at
  from study_visit_regency sr
  join study_visit v on v.id = sr.visit_id
  join regency r on r.code = sr.regency_code
  join province pr on pr.code = r.province_code
  group by r.code, r.name, pr.name
  having count(*) filter (where v.state in ('CONFIRMED', 'COMPLETED')) = 0
  order by requests desc, last_requested_at desc`;

const count = (value: string | number) => Number(value);

export async function nationalPicture(em: EntityManager, viewer: Viewer | null): Promise<NationalPicture> {
  const [provinces, months, replicated, unvisited] = await Promise.all([
    selectRows<{ code: string; name: string; programs: string | number; adopting_regencies: string | number; adoptions: string | number }>(em, PROVINCES_SQL),
    selectRows<{ month: string; visits: string | number }>(em, VISITS_PER_MONTH_SQL),
    selectRows<{ slug: string; title: string; host_regency_name: string; adopting_regencies: string | number }>(em, MOST_REPLICATED_SQL),
    seesNationalDetails(viewer)
      ? selectRows<{ regency_code: string; regency_name: string; province_name: string; requests: string | number; last_requested_at: Date | string }>(em, UNVISITED_SQL)
      : null,
  ]);
  return {
    provinces: provinces.map((row) => ({ code: row.code, name: row.name, programs: count(row.programs), adoptingRegencies: count(row.adopting_regencies), adoptions: count(row.adoptions) })),
    visitsPerMonth: months.map((row) => ({ month: row.month, visits: count(row.visits) })).reverse(),
    mostReplicated: replicated.map((row) => ({ slug: row.slug, title: row.title, hostRegencyName: row.host_regency_name, adoptingRegencies: count(row.adopting_regencies) })),
    unvisitedRegions:
      unvisited?.map((row) => ({
        regencyCode: row.regency_code,
        regencyName: row.regency_name,
        provinceName: row.province_name,
        requests: count(row.requests),
        lastRequestedAt: new Date(row.last_requested_at),
      })) ?? null,
  };
}
