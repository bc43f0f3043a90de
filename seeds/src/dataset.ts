/**
 * Types of the demo dataset the seeder loads through the API's services.
 *
 * Provenance rule: a fact taken from one of the articles in `reference/news/` carries
 * `source: <article file name>`; a figure that is not in the articles carries `illustrative: true`.
 * `demo/source-articles.ts` says how each article is cited (title, outlet, date) on the profiles.
 */

export const SOURCE_ARTICLES = [
  'muara-enim-kotaku-slums-2021.txt',
  'mukomuko-slums-extreme-poverty.txt',
  'prabumulih-extreme-poverty-coordination-2024.txt',
  'prabumulih-housing-study-visit-2024.txt',
  'tangsel-studies-bontang-prolita.txt',
] as const;

export type SourceArticle = (typeof SOURCE_ARTICLES)[number];

export interface Provenance {
  illustrative: boolean;
  source?: SourceArticle;
}

export type Theme =
  | 'HOUSING'
  | 'SLUM_UPGRADING'
  | 'EXTREME_POVERTY'
  | 'COMMUNITY_INFRASTRUCTURE'
  | 'DATA_AND_TARGETING'
  | 'HEALTH_AND_STUNTING'
  | 'ECONOMIC_EMPOWERMENT'
  | 'DISASTER_RESILIENCE';

export type FundingKind = 'APBN' | 'APBD_PROVINCE' | 'APBD' | 'ZAKAT_INFAQ' | 'CSR' | 'SWADAYA' | 'VILLAGE_FUND' | 'OTHER';

export type AgencyType =
  | 'CITY_GOVERNMENT'
  | 'REGENCY_GOVERNMENT'
  | 'PROVINCIAL_GOVERNMENT'
  | 'DINAS'
  | 'BAPPEDA'
  | 'BAZNAS'
  | 'SOE_CSR'
  | 'PRIVATE_COMPANY'
  | 'POLICE_MILITARY'
  | 'DPRD'
  | 'COMMUNITY_ORGANISATION'
  | 'CENTRAL_GOVERNMENT'
  | 'OTHER';

/** An agency sits in a regency, or — for provincial bodies — in a province. */
export type AgencySeed = {
  key: string;
  name: string;
  type: AgencyType;
} & ({ regencyCode: string; provinceCode?: never } | { provinceCode: string; regencyCode?: never });

export type ProgramActivity = 'RUNNING' | 'STOPPED';
export type PublicationState = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';

export interface ProgramCost extends Provenance {
  label: string;
  /** Integer rupiah. */
  amountRupiah: bigint;
  /** What one amount pays for, e.g. 'per RT'; absent for a total. */
  unit?: string;
  year?: number;
}

export interface ProgramFunding extends Provenance {
  kind: FundingKind;
  sharePercent?: number;
  note?: string;
}

export interface ProgramOutcome extends Provenance {
  indicator: string;
  baseline?: number;
  value: number;
  unit: string;
  /** An ISO date ('2023-11-30') or a year ('2023'). */
  period: string;
}

export interface ProgramPartner {
  name: string;
  agencyKey?: string;
  role?: string;
}

export interface ProgramContact {
  name: string;
  role: string;
  agencyKey?: string;
  phone?: string;
  email?: string;
  /** Contact details are never from the articles. */
  illustrative: true;
  /** The article that names the person and role, when it does. */
  source?: SourceArticle;
}

export interface ProgramDocument {
  title: string;
  /** https only. */
  url: string;
}

/** Scalar program figures that may be illustrative; listed in `illustrativeFields` when they are. */
export type ProgramScalarFigure = 'startYear' | 'beneficiaries' | 'unitsBuilt' | 'lastVerifiedAt';

export interface ProgramSeed {
  slug: string;
  title: string;
  localName?: string;
  acronym?: string;
  hostRegencyCode: string;
  leadAgencyKey: string;
  themes: Theme[];
  summary: string;
  /** The host's English title and summary, translated from the article's facts (shown to English readers). */
  titleEn?: string;
  summaryEn?: string;
  problem: string;
  approachSteps: string[];
  legalBasis?: string;
  startYear?: number;
  activity: ProgramActivity;
  /** ISO date: the day the description was last checked against its source. */
  lastVerifiedAt: string;
  /**
   * For a demo host that keeps its profile current: its editor confirmed the profile this many days before the seed
   * day (the profile's `lastVerifiedAt` then; list 'lastVerifiedAt' in `illustrativeFields`). Left out, the profile was
   * last checked on `lastVerifiedAt` and shows as stale once that is a year old.
   */
  confirmedDaysBeforeSeeding?: number;
  beneficiaries?: number;
  unitsBuilt?: number;
  costs: ProgramCost[];
  funding: ProgramFunding[];
  outcomes: ProgramOutcome[];
  partners: ProgramPartner[];
  contacts: ProgramContact[];
  documents: ProgramDocument[];
  publication: PublicationState;
  /** Articles the narrative (summary, problem, approach, partners, legal basis) is taken from. */
  sources?: SourceArticle[];
  illustrativeFields?: ProgramScalarFigure[];
  /** Set on generated load-test programs, never on the demo programs. */
  synthetic?: true;
}

export type AdoptionStage = 'INTERESTED' | 'PLANNING' | 'ADOPTED' | 'EVALUATED';

export interface AdoptionSeed extends Provenance {
  programSlug: string;
  adopterRegencyCode: string;
  stage: AdoptionStage;
  year: number;
  notes: string;
}

export interface BlackoutDate {
  /** YYYY-MM-DD */
  date: string;
  reason: string;
  /** True where the date is an estimate (lunar holidays before the government fixes them). */
  illustrative: boolean;
}

export interface HostCalendarSeed {
  regencyCode: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingDays: number[];
  delegationsPerDay: number;
  participantsPerDay: number;
  /** Minimum days between a request and the first visit day. */
  leadTimeDays: number;
  blackoutDates: BlackoutDate[];
  /** Working days, capacities and lead time are the demo's choice, not a host's published rule. */
  capacityIllustrative: true;
}

export type StudyVisitState =
  | 'REQUESTED'
  | 'ACCEPTED'
  | 'DECLINED'
  | 'RESCHEDULE_PROPOSED'
  | 'CONFIRMED'
  | 'COMPLETED'
  | 'CANCELLED';

export interface StudyVisitParticipant {
  name: string;
  position: string;
  agencyKey?: string;
}

/** Scalar visit facts that may be illustrative even on a sourced visit. */
export type StudyVisitScalarFact = 'dates' | 'participantCount' | 'requestLetterNumber';

export interface StudyVisitSeed extends Provenance {
  key: string;
  hostRegencyCode: string;
  programSlugs: string[];
  visitingRegencyCodes: string[];
  visitingAgencyKeys: string[];
  coordinatorAgencyKey?: string;
  /** YYYY-MM-DD, ascending. */
  dates: string[];
  /** How a date was derived when the article does not state it in full. */
  dateDerivation?: string;
  participantCount: number;
  participants?: StudyVisitParticipant[];
  objectives: string;
  requestLetterNumber?: string;
  state: StudyVisitState;
  /** Why a DECLINED or CANCELLED visit ended: the services ask the side that ends a visit to say why. */
  endReason?: string;
  illustrativeFields?: StudyVisitScalarFact[];
}

export type AccountRole = 'ADMIN' | 'HOST_EDITOR' | 'COORDINATOR' | 'DELEGATE';

export interface AccountSeed {
  email: string;
  displayName: string;
  /** Demo only. */
  password: string;
  role: AccountRole;
  regencyCode?: string;
  agencyKey?: string;
  /** Regencies a coordinator may act for. */
  actsForRegencyCodes?: string[];
}

export interface DemoDataset {
  agencies: AgencySeed[];
  programs: ProgramSeed[];
  adoptions: AdoptionSeed[];
  hostCalendars: HostCalendarSeed[];
  studyVisits: StudyVisitSeed[];
  accounts: AccountSeed[];
}
