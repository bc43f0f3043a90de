import seedrandom from 'seedrandom';
import type { AgencySeed, FundingKind, ProgramFunding, ProgramScalarFigure, ProgramSeed, Theme } from './dataset';
import type { RegencySeed } from '@tiru/api/regions';
import {
  ACTIONS,
  COMMON_STEPS,
  PARTNER_NAMES,
  QUALIFIERS,
  THEME_VOCABULARIES,
  type SyntheticAgencyRole,
  type ThemeVocabulary,
} from './synthetic-vocabulary';

type Random = () => number;

const FIRST_START_YEAR = 2005;
const LAST_START_YEAR = 2026;
const RUPIAH_PER_JUTA = 1_000_000n;
const ILLUSTRATIVE_FIELDS: ProgramScalarFigure[] = ['startYear', 'beneficiaries', 'unitsBuilt', 'lastVerifiedAt'];

const AGENCY_ROLES: Record<SyntheticAgencyRole, (regency: RegencySeed) => Pick<AgencySeed, 'name' | 'type'>> = {
  pemda: (regency) => ({
    name: `Pemerintah ${regency.name}`,
    type: regency.kind === 'KOTA' ? 'CITY_GOVERNMENT' : 'REGENCY_GOVERNMENT',
  }),
  bappeda: (regency) => ({ name: `Bappeda ${regency.name}`, type: 'BAPPEDA' }),
  perkim: (regency) => ({ name: `Dinas Perumahan dan Kawasan Permukiman ${regency.name}`, type: 'DINAS' }),
  pupr: (regency) => ({ name: `Dinas Pekerjaan Umum dan Penataan Ruang ${regency.name}`, type: 'DINAS' }),
  dinkes: (regency) => ({ name: `Dinas Kesehatan ${regency.name}`, type: 'DINAS' }),
  dinsos: (regency) => ({ name: `Dinas Sosial ${regency.name}`, type: 'DINAS' }),
  dinkop: (regency) => ({ name: `Dinas Koperasi dan Usaha Mikro ${regency.name}`, type: 'DINAS' }),
  bpbd: (regency) => ({ name: `Badan Penanggulangan Bencana Daerah ${regency.name}`, type: 'DINAS' }),
};

export function syntheticAgencyKey(role: SyntheticAgencyRole, regencyCode: string): string {
  return `sintetis-${role}-${regencyCode}`;
}

/** The agencies that synthetic programs name as lead agency: one of each role per regency. */
export function syntheticAgenciesFor(regencies: RegencySeed[]): AgencySeed[] {
  return regencies.flatMap((regency) =>
    (Object.keys(AGENCY_ROLES) as SyntheticAgencyRole[]).map((role) => ({
      key: syntheticAgencyKey(role, regency.code),
      regencyCode: regency.code,
      ...AGENCY_ROLES[role](regency),
    })),
  );
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list');
  return item;
}

function integerBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function distinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return chosen;
}

const SHARE_STEP_PERCENT = 5;
const SHARE_STEPS = 100 / SHARE_STEP_PERCENT;
const SHARE_CUT_POINTS = Array.from({ length: SHARE_STEPS - 1 }, (_unused, index) => index + 1);

/** Shares in steps of 5 percent, each at least 5, summing to 100: cut 0..20 steps at distinct points. */
function fundingMix(random: Random, kinds: FundingKind[]): ProgramFunding[] {
  const cuts = distinct(random, SHARE_CUT_POINTS, kinds.length - 1).sort((a, b) => a - b);
  const bounds = [0, ...cuts, SHARE_STEPS];
  return kinds.map((kind, index) => ({
    kind,
    sharePercent: ((bounds[index + 1] ?? SHARE_STEPS) - (bounds[index] ?? 0)) * SHARE_STEP_PERCENT,
    illustrative: true,
  }));
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function titleFor(random: Random, topic: string): string {
  return [pick(random, ACTIONS), topic, pick(random, QUALIFIERS)].filter(Boolean).join(' ');
}

function acronymOf(topic: string): string {
  return topic
    .split(' ')
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

function outcomeValues(random: Random, vocabulary: ThemeVocabulary): { baseline: number; value: number } {
  const { min, max, falls, decimals } = vocabulary.outcome;
  const round = (value: number) => Number(value.toFixed(decimals));
  const baseline = min + random() * (max - min);
  const progress = 0.05 + random() * 0.4;
  const value = falls ? baseline * (1 - progress) : baseline + (max - baseline) * progress;
  return { baseline: round(baseline), value: round(value) };
}

function lastVerifiedDate(random: Random, startYear: number): string {
  const year = integerBetween(random, Math.max(startYear, 2020), LAST_START_YEAR);
  const month = String(integerBetween(random, 1, 12)).padStart(2, '0');
  const day = String(integerBetween(random, 1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function syntheticProgram(random: Random, index: number, regency: RegencySeed): ProgramSeed {
  const vocabulary = pick(random, THEME_VOCABULARIES);
  const themes: Theme[] = [vocabulary.theme, ...distinct(random, vocabulary.relatedThemes, integerBetween(random, 0, 2))];
  const topic = pick(random, vocabulary.topics);
  const title = titleFor(random, topic);
  const beneficiary = pick(random, vocabulary.beneficiaries);
  const startYear = integerBetween(random, FIRST_START_YEAR, LAST_START_YEAR);
  const unitCostJuta = integerBetween(random, vocabulary.unitCost.minJuta, vocabulary.unitCost.maxJuta);
  const units = integerBetween(random, vocabulary.unitsPerProgram.min, vocabulary.unitsPerProgram.max);
  const fundingKinds = distinct(random, vocabulary.fundingKinds, integerBetween(random, 1, 3));
  const leadRole = pick(random, vocabulary.leadAgencyRoles);
  const acronym = random() < 0.3 ? acronymOf(topic) : undefined;

  return {
    slug: `${slugify(title)}-${slugify(regency.name)}-${index + 1}`,
    title,
    ...(acronym && acronym.length >= 2 ? { acronym } : {}),
    hostRegencyCode: regency.code,
    leadAgencyKey: syntheticAgencyKey(leadRole, regency.code),
    themes,
    summary:
      `Pemerintah ${regency.name} menjalankan ${title} bagi ${beneficiary} ${vocabulary.purpose}. ` +
      pick(random, COMMON_STEPS),
    problem: pick(random, vocabulary.problems),
    approachSteps: [...vocabulary.steps, ...distinct(random, COMMON_STEPS, integerBetween(random, 1, 3))],
    startYear,
    activity: random() < 0.85 ? 'RUNNING' : 'STOPPED',
    lastVerifiedAt: lastVerifiedDate(random, startYear),
    beneficiaries: units * integerBetween(random, 1, 5),
    unitsBuilt: units,
    costs: [
      {
        label: vocabulary.unitCost.label,
        amountRupiah: BigInt(unitCostJuta) * RUPIAH_PER_JUTA,
        unit: vocabulary.unitCost.unit,
        year: startYear,
        illustrative: true,
      },
      { label: 'Total anggaran', amountRupiah: BigInt(unitCostJuta * units) * RUPIAH_PER_JUTA, year: startYear, illustrative: true },
    ],
    funding: fundingMix(random, fundingKinds),
    outcomes: [
      {
        indicator: vocabulary.outcome.indicator,
        ...outcomeValues(random, vocabulary),
        unit: vocabulary.outcome.unit,
        period: String(integerBetween(random, startYear, LAST_START_YEAR)),
        illustrative: true,
      },
    ],
    partners: distinct(random, PARTNER_NAMES, integerBetween(random, 0, 3)).map((name) => ({ name })),
    contacts: [
      {
        name: 'Sekretariat Program',
        role: 'Narahubung program',
        agencyKey: syntheticAgencyKey(leadRole, regency.code),
        email: `program-${index + 1}@tiru.test`,
        illustrative: true,
      },
    ],
    documents: [],
    publication: 'PUBLISHED',
    illustrativeFields: ILLUSTRATIVE_FIELDS,
    synthetic: true,
  };
}

/**
 * Load-test programs: deterministic for a seed, spread over the given regencies, led by the agencies
 * `syntheticAgenciesFor(regencies)` returns. Every figure is illustrative.
 */
export function generateSyntheticPrograms(count: number, seed: number, regencies: RegencySeed[]): ProgramSeed[] {
  if (count > 0 && regencies.length === 0) throw new Error('Synthetic programs need at least one regency');
  const random = seedrandom.alea(String(seed));
  return Array.from({ length: count }, (_unused, index) => syntheticProgram(random, index, pick(random, regencies)));
}
