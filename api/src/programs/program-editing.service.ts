import { type EntityManager } from '@mikro-orm/core';
import { assertCanEditProgram, ownershipOf, requireViewer } from '../accounts';
import { assertStorableRupiah } from '../core';
import { type Viewer } from '../core';
import { InvalidInput, NotAllowed, NotFound } from '../errors';
import { Regency } from '../regions';
import { Program } from './program.entities';
import { type CreateProgramInput, type ProgramFieldsInput } from './program.inputs';
import { assertAgencyExists, editProgram, recordChange } from './program-changes';
import { canBeVerified } from './publication-moves';
import { firstFreeSlug, slugify } from './program-slug';

/** What every program has: null would erase it, so an edit keeps it by leaving the field out. */
const ALWAYS_PRESENT_FIELDS = ['title', 'themes', 'summary', 'problem', 'approachSteps', 'activity'] as const;

function assertNoneErased(fields: ProgramFieldsInput): void {
  const erased = ALWAYS_PRESENT_FIELDS.find((field) => fields[field] === null);
  if (erased) throw new InvalidInput(erased, `${erased} cannot be null: send a value, or leave the field out to keep the current one.`);
}

async function validateFields(em: EntityManager, fields: ProgramFieldsInput, current?: Program): Promise<void> {
  assertNoneErased(fields);
  assertStorableRupiah(fields.totalBudgetRupiah, 'totalBudgetRupiah');
  assertStorableRupiah(fields.unitCostRupiah, 'unitCostRupiah');
  await assertAgencyExists(em, fields.leadAgencyId, 'leadAgencyId');
  const startYear = fields.startYear === undefined ? current?.startYear : fields.startYear;
  const endYear = fields.endYear === undefined ? current?.endYear : fields.endYear;
  if (startYear != null && endYear != null && endYear < startYear) {
    throw new InvalidInput('endYear', 'The end year cannot come before the start year.');
  }
}

function fieldValues(fields: ProgramFieldsInput) {
  const { leadAgencyId, ...rest } = fields;
  const values: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  if (leadAgencyId !== undefined) values.leadAgency = leadAgencyId;
  for (const key of ['summary', 'problem', 'title', 'titleEn', 'summaryEn'] as const) {
    if (typeof values[key] === 'string') values[key] = values[key].trim();
  }
  return values;
}

export async function createProgram(em: EntityManager, viewer: Viewer | null, input: CreateProgramInput): Promise<Program> {
  const regency = await em.findOne(Regency, { code: input.hostRegencyCode });
  if (!regency) throw new NotFound('Regency', input.hostRegencyCode, 'hostRegencyCode');
  assertCanEditProgram(viewer, { hostRegencyCode: regency.code, leadAgencyId: input.leadAgencyId ?? null }, regency.name);
  const editor = requireViewer(viewer);
  await validateFields(em, input);
  return em.transactional(async (tx) => {
    const slug = input.slug ?? (await firstFreeSlug(slugify(`${input.title} ${regency.name}`), async (candidate) => (await tx.count(Program, { slug: candidate })) > 0));
    if (input.slug && (await tx.count(Program, { slug }))) throw new InvalidInput('slug', `The address "${slug}" is already used by another program.`);
    const { slug: _slug, hostRegencyCode: _host, ...fields } = input;
    const program = tx.create(Program, { ...fieldValues(fields), slug, hostRegency: regency, lastVerifiedAt: new Date() } as never);
    await tx.flush();
    recordChange(tx, program, editor, 'CREATED', Object.keys(fieldValues(fields)));
    await tx.flush();
    return program;
  });
}

export function updateProgram(em: EntityManager, viewer: Viewer | null, slug: string, version: number, fields: ProgramFieldsInput) {
  return editProgram(em, viewer, { slug }, version, 'UPDATED', async (tx, program) => {
    await validateFields(tx, fields, program);
    if (fields.leadAgencyId !== undefined) {
      assertCanEditProgram(viewer, { ...ownershipOf(program), leadAgencyId: fields.leadAgencyId }, program.hostRegency.unwrap().name);
    }
    const values = fieldValues(fields);
    tx.assign(program, values as never);
    return Object.keys(values);
  });
}

/** The host confirms a published profile is still true today. */
export function verifyProgram(em: EntityManager, viewer: Viewer | null, slug: string, version: number, now: Date) {
  return editProgram(em, viewer, { slug }, version, 'VERIFIED', async (_tx, program) => {
    if (!canBeVerified(program.publication)) {
      throw new NotAllowed(`Only a published program can be confirmed as still true; this one is ${program.publication.toLowerCase()}.`);
    }
    program.lastVerifiedAt = now;
    return ['lastVerifiedAt'];
  });
}
