import { type EntityManager, type EntityName, type FilterQuery, type ObjectQuery, wrap } from '@mikro-orm/core';
import { type QBFilterQuery, type SqlEntityManager } from '@mikro-orm/sql';
import { assertCanEditProgram, canEditProgram, isAdmin, requireViewer } from '../accounts/authorization';
import { type Viewer } from '../core/viewer';
import { Adoption } from '../adoptions/adoption.entity';
import { assertStorableRupiah } from '../core/column-ranges';
import { acceptedPeriodsSentence, isAcceptedPeriod } from '../core/date-window';
import { type Card, selectCards } from '../db/entity-cards';
import { selectRows } from '../db/raw-sql';
import { recordAudit } from '../audit/record-audit';
import { Agency } from '../agencies/agency.entity';
import { InvalidInput, NotAllowed, NotFound, StaleVersion } from '../errors/domain-errors';
import { enqueueOutboxEvent, OUTBOX_TOPICS } from '../outbox/enqueue';
import { Regency } from '../regions/region.entities';
import {
  Program,
  ProgramContact,
  ProgramCost,
  ProgramDocument,
  ProgramFunding,
  ProgramOutcome,
  ProgramPartner,
  ProgramRevision,
  type PublicationState,
} from './program.entities';
import { type CreateProgramInput, type OutcomeSourceInput, type ProgramFieldsInput, type ProgramFilterInput } from './program.inputs';
import { outcomeSourceColumns } from './outcome-source';
import { costPerBeneficiary, fundingMix, totalBudget, yearsRunning } from './program-comparison';
import { catalogCounts } from './program-counts';
import { type ProgramRelationPath } from './program-populate';
import { firstFreeSlug, slugify } from './program-slug';

const MAX_PAGE_SIZE = 100;
const MAX_COMPARED = 4;
const STALE_AFTER_MONTHS = 12;

/** A program as the catalog's read path returns it (see `selectCards`). */
export type ProgramCard = Card<Program>;

export function ownershipOf(program: Program | ProgramCard) {
  return { hostRegencyCode: program.hostRegency.code, leadAgencyId: program.leadAgency?.id ?? null };
}

export function canViewProgram(viewer: Viewer | null, program: Program | ProgramCard): boolean {
  return program.publication === 'PUBLISHED' || viewerCanEdit(viewer, program);
}

/** Whether the viewer may edit the program: its host's officials, its lead agency's, and admins. */
export function viewerCanEdit(viewer: Viewer | null, program: Program | ProgramCard): boolean {
  return canEditProgram(viewer, ownershipOf(program));
}

const REVISIONS_SHOWN = 50;

/** The latest revisions of a program, newest first; only those who may edit it see its history. */
export async function revisionsVisibleTo(em: EntityManager, viewer: Viewer | null, program: Program | ProgramCard): Promise<ProgramRevision[]> {
  if (!viewerCanEdit(viewer, program)) return [];
  return em.find(ProgramRevision, { program: program.id }, { orderBy: { version: 'desc' }, limit: REVISIONS_SHOWN });
}

/** A profile nobody has confirmed for a year may describe a program that quietly stopped. */
export function isStale(program: Pick<Program, 'lastVerifiedAt'>, now: Date): boolean {
  if (!program.lastVerifiedAt) return true;
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - STALE_AFTER_MONTHS);
  return program.lastVerifiedAt < limit;
}

export async function findVisibleProgram(
  em: EntityManager,
  viewer: Viewer | null,
  slug: string,
  populate: readonly ProgramRelationPath[] = [],
): Promise<Program | null> {
  const program = await em.findOne(Program, { slug }, { populate });
  return program && canViewProgram(viewer, program) ? program : null;
}

// ---------------------------------------------------------------- listing

/** `countTotal` runs only when a client asks for the total, and counts a filter once until a program changes. */
export type ProgramPage = { programs: ProgramCard[]; hasNextPage: boolean; countTotal: () => Promise<number> };

export function encodeCursor(programId: number): string {
  return Buffer.from(`program:${programId}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^program:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) throw new InvalidInput('after', 'This cursor is not one the API gave out.');
  return Number(match[1]);
}

function editableScope(viewer: Viewer): FilterQuery<Program> {
  const scopes: FilterQuery<Program>[] = viewer.memberships
    .filter((membership) => membership.role === 'HOST_EDITOR')
    .map((membership) => (membership.regencyCode ? { hostRegency: membership.regencyCode } : { leadAgency: membership.agencyId }));
  return scopes.length > 0 ? { $or: scopes } : { id: -1 };
}

function programFilter(viewer: Viewer | null, filter: ProgramFilterInput): ObjectQuery<Program> {
  const conditions: FilterQuery<Program>[] = [];
  const state = filter.state ?? 'PUBLISHED';
  conditions.push({ publication: state });
  if (state !== 'PUBLISHED' && !isAdmin(viewer)) conditions.push(editableScope(requireViewer(viewer)));
  if (filter.regencyCode) conditions.push({ hostRegency: filter.regencyCode });
  if (filter.provinceCode) conditions.push({ hostRegency: { province: filter.provinceCode } });
  if (filter.theme) conditions.push({ themes: { $contains: [filter.theme] } });
  if (filter.fundingKind) conditions.push({ funding: { kind: filter.fundingKind } });
  if (filter.activity) conditions.push({ activity: filter.activity });
  return { $and: conditions };
}

/** Newest first, paged by keyset on the id, so page 1 000 costs what page 1 costs. */
export async function listPrograms(
  em: EntityManager,
  viewer: Viewer | null,
  filter: ProgramFilterInput,
  first: number,
  after?: string | null,
  populate: readonly ProgramRelationPath[] = [],
): Promise<ProgramPage> {
  if (first < 1 || first > MAX_PAGE_SIZE) throw new InvalidInput('first', `Ask for between 1 and ${MAX_PAGE_SIZE} programs at a time.`);
  const where = programFilter(viewer, filter);
  const page = after ? { $and: [where, { id: { $lt: decodeCursor(after) } }] } : where;
  // The query builder's filter type is stricter than find's but reads the same conditions.
  const ids = (em as SqlEntityManager).createQueryBuilder(Program, 'p').select('p.id').where(page as QBFilterQuery<Program>).orderBy({ id: 'desc' }).limit(first + 1);
  const programs = await selectCards(em, Program, ids, populate);
  const countTotal = () => catalogCounts(em).countOf(em, JSON.stringify(where), () => em.count(Program, where));
  return { programs: programs.slice(0, first), hasNextPage: programs.length > first, countTotal };
}

// ---------------------------------------------------------------- comparison

export async function comparePrograms(
  em: EntityManager,
  viewer: Viewer | null,
  slugs: string[],
  now: Date,
  populate: readonly ProgramRelationPath[] = [],
) {
  const unique = [...new Set(slugs)];
  if (unique.length < 1 || unique.length > MAX_COMPARED) {
    throw new InvalidInput('slugs', `Compare between 1 and ${MAX_COMPARED} different programs.`);
  }
  const programs = await em.find(Program, { slug: { $in: unique } }, { populate: [...new Set(['funding', ...populate] as const)] });
  const adoptionCounts = await adoptionCountsOf(em, programs.map((program) => program.id));
  return unique.map((slug) => {
    const program = programs.find((candidate) => candidate.slug === slug);
    if (!program || !canViewProgram(viewer, program)) throw new NotFound('Program', slug, 'slugs');
    const comparable = { ...program, funding: program.funding.getItems() };
    return {
      program,
      costPerBeneficiary: costPerBeneficiary(comparable),
      totalBudget: totalBudget(comparable),
      fundingMix: fundingMix(comparable),
      yearsRunning: yearsRunning(comparable, now.getFullYear()),
      adoptionCount: adoptionCounts.get(program.id) ?? 0,
    };
  });
}

export async function adoptionCountsOf(em: EntityManager, programIds: readonly number[]): Promise<Map<number, number>> {
  if (programIds.length === 0) return new Map();
  const rows = await selectRows<{ program_id: number; count: string }>(
    em,
    'select program_id, count(distinct adopter_regency_code) as count from adoption where program_id in (?) group by program_id',
    [programIds],
  );
  return new Map(rows.map((row) => [Number(row.program_id), Number(row.count)]));
}

// ---------------------------------------------------------------- editing

async function assertAgencyExists(em: EntityManager, agencyId: string | null | undefined, field: string): Promise<void> {
  if (agencyId && !(await em.count(Agency, { id: agencyId }))) throw new NotFound('Agency', agencyId, field);
}

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
  for (const key of ['summary', 'problem', 'title'] as const) {
    if (typeof values[key] === 'string') values[key] = values[key].trim();
  }
  return values;
}

function snapshotOf(program: Program): Record<string, unknown> {
  const { costs: _c, funding: _f, outcomes: _o, partners: _p, contacts: _ct, documents: _d, ...scalars } = wrap(program).toObject();
  return JSON.parse(JSON.stringify(scalars, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)));
}

/** One revision, one search-sync event and one audit entry per change, in the change's own transaction. */
function recordChange(em: EntityManager, program: Program, viewer: Viewer, action: string, changedFields: string[]): void {
  em.create(ProgramRevision, {
    program,
    version: program.version,
    editorAccountId: viewer.accountId,
    action,
    changedFields,
    snapshot: snapshotOf(program),
  });
  enqueueOutboxEvent(em, OUTBOX_TOPICS.searchProgram, String(program.id), { slug: program.slug, version: program.version });
  recordAudit(em, { actor: viewer, entityType: 'Program', entityId: program.id, action, changedFields, details: { slug: program.slug, version: program.version } });
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

type ProgramChange = (tx: EntityManager, program: Program) => Promise<string[]>;

/**
 * Every edit of a profile goes through here: one transaction that checks the editor's rights and the
 * version they edited, applies the change, bumps the version and records the revision.
 */
async function editProgram(
  em: EntityManager,
  viewer: Viewer | null,
  where: FilterQuery<Program>,
  expectedVersion: number,
  action: string,
  change: ProgramChange,
): Promise<Program> {
  const editor = requireViewer(viewer);
  return em.transactional(async (tx) => {
    const program = await tx.findOne(Program, where, { populate: ['hostRegency'] });
    if (!program) throw new NotFound('Program', JSON.stringify(where), 'slug');
    assertCanEditProgram(viewer, ownershipOf(program), program.hostRegency.unwrap().name);
    if (program.version !== expectedVersion) throw new StaleVersion('This program', expectedVersion, program.version);
    const changedFields = await change(tx, program);
    program.updatedAt = new Date();
    await tx.flush();
    recordChange(tx, program, editor, action, changedFields);
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

const PUBLICATION_MOVES: Record<string, { from: PublicationState[]; to: PublicationState }> = {
  PUBLISHED: { from: ['DRAFT', 'ARCHIVED'], to: 'PUBLISHED' },
  ARCHIVED: { from: ['DRAFT', 'PUBLISHED'], to: 'ARCHIVED' },
  DRAFT: { from: ['PUBLISHED', 'ARCHIVED'], to: 'DRAFT' },
};

export function changePublication(em: EntityManager, viewer: Viewer | null, slug: string, version: number, target: PublicationState) {
  const move = PUBLICATION_MOVES[target]!;
  return editProgram(em, viewer, { slug }, version, target, async (_tx, program) => {
    if (!move.from.includes(program.publication)) {
      throw new NotAllowed(`A ${program.publication.toLowerCase()} program cannot be moved to ${target.toLowerCase()}.`);
    }
    program.publication = target;
    if (target === 'PUBLISHED') program.publishedAt ??= new Date();
    return ['publication'];
  });
}

export function verifyProgram(em: EntityManager, viewer: Viewer | null, slug: string, version: number, now: Date) {
  return editProgram(em, viewer, { slug }, version, 'VERIFIED', async (_tx, program) => {
    program.lastVerifiedAt = now;
    return ['lastVerifiedAt'];
  });
}

// ---------------------------------------------------------------- parts of a profile

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

export async function adoptionsOf(em: EntityManager, program: Pick<Program, 'id'>) {
  return em.find(Adoption, { program: program.id }, { orderBy: { year: 'desc', createdAt: 'desc' } });
}
