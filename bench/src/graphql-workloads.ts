import { catalogPages, catalogPageVariables, type SeededProgram, spread } from './catalog-pages';
import { type HttpTarget } from './http-load';

export const CATALOG_PAGE_QUERY = `query CatalogPage($first: Int!, $after: String, $filter: ProgramFilterInput) {
  programs(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      slug title acronym themes summary startYear activity unitCostRupiah unitCostUnit beneficiaries isStale
      hostRegency { code name province { code name } }
      leadAgency { name }
      outcomes { indicator baseline value unit period }
      funding { kind sharePercent }
    } }
  }
}`;

const PROGRAM_PAGE_QUERY = `query ProgramPage($slug: String!) {
  program(slug: $slug) {
    id slug title localName acronym themes summary problem approachSteps legalBasis startYear endYear activity
    beneficiaries beneficiaryUnit unitsBuilt totalBudgetRupiah unitCostRupiah unitCostUnit lastVerifiedAt isStale version
    hostRegency { code name province { name timeZone } }
    leadAgency { name }
    costs { kind label amountRupiah unit year illustrative }
    funding { kind sharePercent amountRupiah }
    outcomes { indicator baseline value unit period }
    partners { name role }
    contacts { name role phone email }
    documents { title url }
    adoptions { stage year }
    adoptionCount
  }
}`;

const COMPARE_QUERY = `query Compare($slugs: [String!]!) {
  compare(slugs: $slugs) {
    program { slug title acronym startYear beneficiaries unitsBuilt totalBudgetRupiah unitCostRupiah unitCostUnit hostRegency { name } outcomes { indicator baseline value unit } }
    costPerBeneficiary { rupiah } fundingMix { kind percent } yearsRunning adoptionCount
  }
}`;

const REGENCY_QUERY = `query Regency($code: String!) { regency(code: $code) { code name kind } }`;

const REQUEST_VARIANTS = 200;
const COMPARED = 4;

export function graphqlBody(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

export function graphqlTarget(apiUrl: string, bodies: string[]): HttpTarget {
  return { url: apiUrl, method: 'POST', headers: { 'content-type': 'application/json' }, bodies };
}

export function catalogPageBodies(programs: readonly SeededProgram[]): string[] {
  return catalogPages(programs).map((page) => graphqlBody(CATALOG_PAGE_QUERY, catalogPageVariables(page)));
}

/** The programs whose profiles the `program-page` workload and its SQL baseline ask for. */
export function programPageSlugs(programs: readonly SeededProgram[]): string[] {
  return spread(programs, REQUEST_VARIANTS).map((program) => program.slug);
}

export function programPageBodies(programs: readonly SeededProgram[]): string[] {
  return programPageSlugs(programs).map((slug) => graphqlBody(PROGRAM_PAGE_QUERY, { slug }));
}

/** Groups of four programs from different parts of the catalog. */
export function compareBodies(programs: readonly SeededProgram[]): string[] {
  const picked = spread(programs, REQUEST_VARIANTS);
  const stride = Math.floor(picked.length / COMPARED);
  return Array.from({ length: stride }, (_unused, index) =>
    graphqlBody(COMPARE_QUERY, { slugs: Array.from({ length: COMPARED }, (_each, offset) => picked[index + offset * stride]!.slug) }),
  );
}

/** The simplest useful query: one kabupaten/kota by its key. */
export function regencyBodies(programs: readonly SeededProgram[]): string[] {
  const codes = [...new Set(spread(programs, REQUEST_VARIANTS).map((program) => program.hostRegencyCode))];
  return codes.map((code) => graphqlBody(REGENCY_QUERY, { code }));
}

/** The same fixed answer the ceiling server sends, sized like a real small GraphQL answer. */
export const CEILING_BODY = JSON.stringify({ data: { regency: { code: '64.74', name: 'Kota Bontang', kind: 'KOTA' } } });

const AVAILABILITY_QUERY = `query Availability($hostRegencyCode: String!, $from: String!, $to: String!) {
  availability(hostRegencyCode: $hostRegencyCode, from: $from, to: $to) { date status reasonKey detail remainingDelegations remainingParticipants }
}`;
const AVAILABILITY_MONTHS = 12;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A month of each host's calendar, for each of the next twelve months. */
export function availabilityBodies(hostRegencyCodes: string[], today = new Date()): string[] {
  return Array.from({ length: AVAILABILITY_MONTHS }, (_unused, offset) => {
    const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    return { from: isoDate(first), to: isoDate(last) };
  }).flatMap((month) => hostRegencyCodes.map((hostRegencyCode) => graphqlBody(AVAILABILITY_QUERY, { hostRegencyCode, ...month })));
}
