import { type EntityManager, type EntityName } from '@mikro-orm/core';
import { assertStorableRupiah } from '../core';
import { acceptedPeriodsSentence, isAcceptedPeriod } from '../core';
import { type Viewer } from '../core';
import { InvalidInput, NotFound } from '../errors';
import {
  type Program,
  ProgramContact,
  ProgramCost,
  ProgramDocument,
  ProgramFunding,
  ProgramOutcome,
  ProgramPartner,
} from './program.entities';
import { type OutcomeSourceInput } from './program.inputs';
import { outcomeSourceColumns } from './outcome-source';
import { assertAgencyExists, editProgram } from './program-changes';

export const PROGRAM_PARTS = {
  cost: ProgramCost,
  funding: ProgramFunding,
  outcome: ProgramOutcome,
  partner: ProgramPartner,
  contact: ProgramContact,
  document: ProgramDocument,
} as const;
export type ProgramPartKind = keyof typeof PROGRAM_PARTS;
type ProgramPartRow = { id: number; program: { id: number }; position: number };

/** The six part tables share id, program and position; the generic code below needs only those. */
function partEntity(kind: ProgramPartKind): EntityName<ProgramPartRow> {
  return PROGRAM_PARTS[kind] as unknown as EntityName<ProgramPartRow>;
}
export type PartInput = Record<string, unknown> & { agencyId?: string | null; amountRupiah?: bigint | null };

async function validatePart(tx: EntityManager, kind: ProgramPartKind, input: PartInput): Promise<Record<string, unknown>> {
  assertStorableRupiah(input.amountRupiah, 'amountRupiah');
  if (typeof input.period === 'string' && !isAcceptedPeriod(input.period)) {
    throw new InvalidInput('period', `"${input.period}" is not a period this profile can hold. ${acceptedPeriodsSentence()}`);
  }
  await assertAgencyExists(tx, input.agencyId, 'agencyId');
  const { agencyId, ...values } = input;
  const defined: Record<string, unknown> = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  // `illustrative` is never null in the database: a null from the client means "not said", like leaving it out.
  if (defined.illustrative === null) delete defined.illustrative;
  if (agencyId !== undefined) defined.agency = agencyId;
  if (kind === 'outcome' && 'source' in defined) {
    const { source, ...rest } = defined;
    return { ...rest, ...outcomeSourceColumns(source as OutcomeSourceInput | null) };
  }
  return defined;
}

async function assertFundingSharesFit(tx: EntityManager, program: Program): Promise<void> {
  const rows = await tx.find(ProgramFunding, { program });
  const total = rows.reduce((sum, row) => sum + (row.sharePercent ?? 0), 0);
  if (total > 100.0001) throw new InvalidInput('sharePercent', `The funding shares add up to ${total} %, more than 100 %.`);
}

async function afterPartChange(tx: EntityManager, kind: ProgramPartKind, program: Program): Promise<string[]> {
  await tx.flush();
  if (kind === 'funding') await assertFundingSharesFit(tx, program);
  return [kind];
}

export async function addProgramPart(em: EntityManager, viewer: Viewer | null, kind: ProgramPartKind, slug: string, version: number, input: PartInput) {
  let partId = 0;
  const program = await editProgram(em, viewer, { slug }, version, `ADDED_${kind.toUpperCase()}`, async (tx, target) => {
    const position = await tx.count(partEntity(kind), { program: target.id });
    const part = tx.create(partEntity(kind), { ...(await validatePart(tx, kind, input)), program: target, position } as never);
    const changed = await afterPartChange(tx, kind, target);
    partId = part.id;
    return changed;
  });
  return { program, partId };
}

async function programOfPart(em: EntityManager, kind: ProgramPartKind, partId: number): Promise<number> {
  if (!Number.isSafeInteger(partId) || partId < 1) throw new InvalidInput('id', 'This is not the id of a part of a program.');
  const part = await em.findOne(partEntity(kind), { id: partId });
  if (!part) throw new NotFound(kind, String(partId), 'id');
  return part.program.id;
}

export async function updateProgramPart(em: EntityManager, viewer: Viewer | null, kind: ProgramPartKind, partId: number, version: number, input: PartInput) {
  const programId = await programOfPart(em, kind, partId);
  return editProgram(em, viewer, { id: programId }, version, `UPDATED_${kind.toUpperCase()}`, async (tx, program) => {
    const part = await tx.findOneOrFail(partEntity(kind), { id: partId });
    tx.assign(part, (await validatePart(tx, kind, input)) as never);
    return afterPartChange(tx, kind, program);
  });
}

export async function removeProgramPart(em: EntityManager, viewer: Viewer | null, kind: ProgramPartKind, partId: number, version: number) {
  const programId = await programOfPart(em, kind, partId);
  return editProgram(em, viewer, { id: programId }, version, `REMOVED_${kind.toUpperCase()}`, async (tx) => {
    await tx.nativeDelete(partEntity(kind), { id: partId });
    return [kind];
  });
}
