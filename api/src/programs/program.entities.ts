import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Agency } from '../agencies';
import { Regency } from '../regions';

export const THEMES = [
  'HOUSING',
  'SLUM_UPGRADING',
  'EXTREME_POVERTY',
  'COMMUNITY_INFRASTRUCTURE',
  'DATA_AND_TARGETING',
  'HEALTH_AND_STUNTING',
  'ECONOMIC_EMPOWERMENT',
  'DISASTER_RESILIENCE',
] as const;
export type Theme = (typeof THEMES)[number];

export const FUNDING_KINDS = ['APBN', 'APBD_PROVINCE', 'APBD', 'ZAKAT_INFAQ', 'CSR', 'SWADAYA', 'VILLAGE_FUND', 'OTHER'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const PUBLICATION_STATES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export const PROGRAM_ACTIVITIES = ['RUNNING', 'STOPPED'] as const;
export type ProgramActivity = (typeof PROGRAM_ACTIVITIES)[number];

export const COST_KINDS = ['TOTAL_BUDGET', 'UNIT_COST', 'OTHER'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export const Program = defineEntity({
  name: 'Program',
  tableName: 'program',
  checks: [
    { name: 'program_money_non_negative', expression: 'total_budget_rupiah >= 0 and unit_cost_rupiah >= 0' },
    { name: 'program_counts_non_negative', expression: 'beneficiaries >= 0 and units_built >= 0' },
    { name: 'program_years_ordered', expression: 'start_year between 1945 and 2100 and end_year >= start_year' },
  ],
  indexes: [{ name: 'program_publication_id_index', properties: ['publication', 'id'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    slug: p.string().length(120).unique(),
    title: p.string().length(300),
    localName: p.string().length(200).nullable(),
    acronym: p.string().length(40).nullable(),
    hostRegency: () => p.manyToOne(Regency).ref().index(),
    leadAgency: () => p.manyToOne(Agency).ref().nullable().index(),
    themes: p.array().default([]),
    summary: p.text(),
    /** The host's own English title and summary; the Indonesian ones stand in where they are missing. */
    titleEn: p.string().length(300).nullable(),
    summaryEn: p.text().nullable(),
    problem: p.text().default(''),
    approachSteps: p.array().default([]),
    legalBasis: p.text().nullable(),
    startYear: p.integer().nullable(),
    endYear: p.integer().nullable(),
    activity: p.enum([...PROGRAM_ACTIVITIES]).default('RUNNING'),
    publication: p.enum([...PUBLICATION_STATES]).default('DRAFT').index(),
    beneficiaries: p.bigint('number').nullable(),
    beneficiaryUnit: p.string().length(80).nullable(),
    unitsBuilt: p.integer().nullable(),
    totalBudgetRupiah: p.bigint('bigint').nullable(),
    unitCostRupiah: p.bigint('bigint').nullable(),
    unitCostUnit: p.string().length(80).nullable(),
    lastVerifiedAt: p.datetime().nullable(),
    publishedAt: p.datetime().nullable(),
    synthetic: p.boolean().default(false),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    costs: () => p.oneToMany(ProgramCost).mappedBy('program').orderBy({ position: 'asc', id: 'asc' }),
    funding: () => p.oneToMany(ProgramFunding).mappedBy('program').orderBy({ position: 'asc', id: 'asc' }),
    outcomes: () => p.oneToMany(ProgramOutcome).mappedBy('program').orderBy({ position: 'asc', id: 'asc' }),
    partners: () => p.oneToMany(ProgramPartner).mappedBy('program').orderBy({ position: 'asc', id: 'asc' }),
    contacts: () => p.oneToMany(ProgramContact).mappedBy('program').orderBy({ position: 'asc', id: 'asc' }),
    documents: () => p.oneToMany(ProgramDocument).mappedBy('program').orderBy({ position: 'asc', id: 'asc' }),
  },
});
export type Program = InferEntity<typeof Program>;

const programPart = {
  id: p.integer().primary().autoincrement(),
  program: () => p.manyToOne(Program).ref().index().deleteRule('cascade'),
  position: p.integer().default(0),
};

export const ProgramCost = defineEntity({
  name: 'ProgramCost',
  tableName: 'program_cost',
  checks: [{ name: 'program_cost_amount_non_negative', expression: 'amount_rupiah >= 0' }],
  properties: {
    ...programPart,
    kind: p.enum([...COST_KINDS]),
    label: p.string().length(300),
    amountRupiah: p.bigint('bigint'),
    unit: p.string().length(80).nullable(),
    year: p.integer().nullable(),
    illustrative: p.boolean().default(false),
    source: p.text().nullable(),
  },
});
export type ProgramCost = InferEntity<typeof ProgramCost>;

export const ProgramFunding = defineEntity({
  name: 'ProgramFunding',
  tableName: 'program_funding',
  checks: [
    { name: 'program_funding_share_is_percent', expression: 'share_percent between 0 and 100' },
    { name: 'program_funding_amount_non_negative', expression: 'amount_rupiah >= 0' },
  ],
  properties: {
    ...programPart,
    kind: p.enum([...FUNDING_KINDS]),
    sharePercent: p.double().runtimeType('number').$type<number>().nullable(),
    amountRupiah: p.bigint('bigint').nullable(),
    note: p.text().nullable(),
    illustrative: p.boolean().default(false),
    source: p.text().nullable(),
  },
});
export type ProgramFunding = InferEntity<typeof ProgramFunding>;

export const ProgramOutcome = defineEntity({
  name: 'ProgramOutcome',
  tableName: 'program_outcome',
  checks: [
    {
      name: 'program_outcome_source_has_title',
      expression: 'source_title is not null or (source_publisher is null and source_published_on is null and source_url is null)',
    },
  ],
  properties: {
    ...programPart,
    indicator: p.string().length(300),
    baseline: p.double().runtimeType('number').$type<number>().nullable(),
    value: p.double().runtimeType('number').$type<number>(),
    unit: p.string().length(80),
    period: p.string().length(40),
    /** Where the figure is published: a title, and optionally who published it, when, and its address. */
    sourceTitle: p.string().length(300).nullable(),
    sourcePublisher: p.string().length(200).nullable(),
    sourcePublishedOn: p.date().nullable(),
    sourceUrl: p.string().length(2000).nullable(),
    illustrative: p.boolean().default(false),
  },
});
export type ProgramOutcome = InferEntity<typeof ProgramOutcome>;

export const ProgramPartner = defineEntity({
  name: 'ProgramPartner',
  tableName: 'program_partner',
  properties: {
    ...programPart,
    name: p.string().length(300),
    role: p.string().length(300).nullable(),
    agency: () => p.manyToOne(Agency).ref().nullable(),
  },
});
export type ProgramPartner = InferEntity<typeof ProgramPartner>;

export const ProgramContact = defineEntity({
  name: 'ProgramContact',
  tableName: 'program_contact',
  properties: {
    ...programPart,
    name: p.string().length(200),
    role: p.string().length(200),
    agency: () => p.manyToOne(Agency).ref().nullable(),
    phone: p.string().length(40).nullable(),
    email: p.string().length(254).nullable(),
    illustrative: p.boolean().default(false),
  },
});
export type ProgramContact = InferEntity<typeof ProgramContact>;

export const ProgramDocument = defineEntity({
  name: 'ProgramDocument',
  tableName: 'program_document',
  properties: {
    ...programPart,
    title: p.string().length(300),
    url: p.string().length(2000),
  },
});
export type ProgramDocument = InferEntity<typeof ProgramDocument>;

export const ProgramRevision = defineEntity({
  name: 'ProgramRevision',
  tableName: 'program_revision',
  properties: {
    id: p.integer().primary().autoincrement(),
    program: () => p.manyToOne(Program).ref().index().deleteRule('cascade'),
    version: p.integer(),
    editorAccountId: p.uuid().nullable(),
    action: p.string().length(60),
    changedFields: p.array().default([]),
    snapshot: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ProgramRevision = InferEntity<typeof ProgramRevision>;
