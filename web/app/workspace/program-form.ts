import { type FormReader } from '../lib/form-reader';
import { programThemes } from '../lib/program-themes';
import { fundingKinds } from '../programs/program-vocabulary';

export const programActivities = ['RUNNING', 'STOPPED'] as const;
export const costKinds = ['TOTAL_BUDGET', 'UNIT_COST', 'OTHER'] as const;

const yearRule = { min: 1945, max: 2100 };
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const phonePattern = /^\+?[0-9 ()-]{6,20}$/;
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const periodPattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const webAddressPattern = /^https?:\/\/\S+\.\S+/;

/** The names of the profile fields both the create and the edit form show (ProgramFieldsInput). */
export const programProfileFields = [
  'title',
  'acronym',
  'localName',
  'leadAgencyId',
  'themes',
  'summary',
  'titleEn',
  'summaryEn',
  'problem',
  'approachSteps',
  'legalBasis',
  'startYear',
  'endYear',
  'activity',
  'beneficiaries',
  'beneficiaryUnit',
  'unitsBuilt',
  'totalBudgetRupiah',
  'unitCostRupiah',
  'unitCostUnit',
] as const;

/** The profile fields of the create and edit forms, read with the API's own limits (ProgramFieldsInput). */
export function readProgramFields(form: FormReader) {
  const startYear = form.integer('startYear', yearRule);
  const endYear = form.integer('endYear', yearRule);
  if (startYear !== null && endYear !== null && endYear < startYear) {
    form.fail('endYear', form.t('form.error.endBeforeStart'));
  }
  return {
    title: form.text('title', { required: true, min: 3, max: 300 }) ?? '',
    acronym: form.text('acronym', { max: 40 }),
    localName: form.text('localName', { max: 200 }),
    leadAgencyId: form.text('leadAgencyId'),
    themes: form.choices('themes', programThemes, { min: 1 }),
    summary: form.text('summary', { required: true, min: 20, max: 4000 }) ?? '',
    titleEn: form.text('titleEn', { min: 3, max: 300 }),
    summaryEn: form.text('summaryEn', { min: 20, max: 4000 }),
    problem: form.text('problem', { max: 8000 }) ?? '',
    approachSteps: form.lines('approachSteps', { max: 30, maxLength: 2000 }),
    legalBasis: form.text('legalBasis', { max: 1000 }),
    startYear,
    endYear,
    activity: form.choice('activity', programActivities) ?? 'RUNNING',
    beneficiaries: form.integer('beneficiaries', { min: 0 }),
    beneficiaryUnit: form.text('beneficiaryUnit', { max: 80 }),
    unitsBuilt: form.integer('unitsBuilt', { min: 0 }),
    totalBudgetRupiah: form.rupiah('totalBudgetRupiah'),
    unitCostRupiah: form.rupiah('unitCostRupiah'),
    unitCostUnit: form.text('unitCostUnit', { max: 80 }),
  };
}

/** The fields only a new program has: where it is hosted and, optionally, its address. */
export function readNewProgramPlace(form: FormReader) {
  return {
    hostRegencyCode: form.text('hostRegencyCode', { required: true }) ?? '',
    slug: form.text('slug', { max: 120, pattern: { test: slugPattern, message: form.t('form.error.slug') } }),
  };
}

export function readCost(form: FormReader) {
  return {
    kind: form.choice('kind', costKinds, { required: true }) ?? 'OTHER',
    label: form.text('label', { required: true, min: 2, max: 300 }) ?? '',
    amountRupiah: form.rupiah('amountRupiah', { required: true }) ?? '0',
    unit: form.text('unit', { max: 80 }),
    year: form.integer('year', yearRule),
    source: form.text('source', { max: 1000 }),
  };
}

export function readFunding(form: FormReader) {
  return {
    kind: form.choice('kind', fundingKinds, { required: true }) ?? 'OTHER',
    sharePercent: form.decimal('sharePercent', { min: 0, max: 100 }),
    amountRupiah: form.rupiah('amountRupiah'),
    note: form.text('note', { max: 1000 }),
  };
}

export function readOutcome(form: FormReader) {
  return {
    indicator: form.text('indicator', { required: true, min: 3, max: 300 }) ?? '',
    baseline: form.decimal('baseline'),
    value: form.decimal('value', { required: true }) ?? 0,
    unit: form.text('unit', { required: true, max: 80 }) ?? '',
    period:
      form.text('period', { required: true, pattern: { test: periodPattern, message: form.t('form.error.period') } }) ??
      '',
    source: readOutcomeSource(form),
  };
}

/** The names of an outcome's source fields: the API's own paths, so what it refuses lands next to the field. */
export const outcomeSourceFields = ['source.title', 'source.publisher', 'source.publishedOn', 'source.url'] as const;

/** An outcome's source, or null when none of its fields is filled in. */
function readOutcomeSource(form: FormReader) {
  const source = {
    title: form.text('source.title', { max: 300 }),
    publisher: form.text('source.publisher', { max: 200 }),
    publishedOn: form.text('source.publishedOn'),
    url: form.text('source.url', { max: 2000, pattern: { test: webAddressPattern, message: form.t('form.error.url') } }),
  };
  return Object.values(source).some((value) => value !== null) ? source : null;
}

export function readPartner(form: FormReader) {
  return {
    name: form.text('name', { required: true, min: 2, max: 300 }) ?? '',
    role: form.text('role', { max: 300 }),
  };
}

export function readContact(form: FormReader) {
  return {
    name: form.text('name', { required: true, min: 2, max: 200 }) ?? '',
    role: form.text('role', { required: true, min: 2, max: 200 }) ?? '',
    phone: form.text('phone', { pattern: { test: phonePattern, message: form.t('form.error.phone') } }),
    email: form.text('email', { max: 254, pattern: { test: emailPattern, message: form.t('form.error.email') } }),
  };
}

export function readDocument(form: FormReader) {
  return {
    title: form.text('title', { required: true, min: 2, max: 300 }) ?? '',
    url:
      form.text('url', {
        required: true,
        max: 2000,
        pattern: { test: webAddressPattern, message: form.t('form.error.url') },
      }) ?? '',
  };
}
