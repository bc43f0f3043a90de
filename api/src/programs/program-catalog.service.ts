import { type EntityManager, type FilterQuery, type ObjectQuery } from '@mikro-orm/core';
import { type QBFilterQuery, type SqlEntityManager } from '@mikro-orm/sql';
import { canSeeProgramRevisions, canViewProgram, type ProgramEditScope, programEditScope, requireViewer } from '../accounts';
import { type Viewer } from '../core';
import { type Card, selectCards } from '../db';
import { InvalidInput, NotFound } from '../errors';
import { Program, ProgramRevision } from './program.entities';
import { type ProgramFilterInput } from './program.inputs';
import { costPerBeneficiary, fundingMix, totalBudget, yearsRunning } from './program-comparison';
import { catalogCounts } from './program-counts';
import { type ProgramRelationPath } from './program-populate';

const MAX_PAGE_SIZE = 100;
const MAX_COMPARED = 4;
const REVISIONS_SHOWN = 50;

/** A program as the catalog's read path returns it (see `selectCards`). */
export type ProgramCard = Card<Program>;

/** A published program, or one the viewer may edit, with the relations at `populate`: one SQL statement (see `selectCards`). */
export async function findVisibleProgram(
  em: EntityManager,
  viewer: Viewer | null,
  slug: string,
  populate: readonly ProgramRelationPath[] = [],
): Promise<ProgramCard | null> {
  const id = (em as SqlEntityManager).createQueryBuilder(Program, 'p').select('p.id').where({ slug });
  const [program] = await selectCards(em, Program, id, populate);
  return program && canViewProgram(viewer, program) ? program : null;
}

/** The latest revisions of a program, newest first; only those who may edit it see its history. */
export async function revisionsVisibleTo(em: EntityManager, viewer: Viewer | null, program: Program | ProgramCard): Promise<ProgramRevision[]> {
  if (!canSeeProgramRevisions(viewer, program)) return [];
  return em.find(ProgramRevision, { program: program.id }, { orderBy: { version: 'desc' }, limit: REVISIONS_SHOWN });
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

/** The programs of an edit scope as a filter; null when it holds every program. */
function editableFilter(scope: ProgramEditScope): FilterQuery<Program> | null {
  if (scope.everyProgram) return null;
  const scopes: FilterQuery<Program>[] = [];
  if (scope.regencyCodes.length > 0) scopes.push({ hostRegency: { $in: scope.regencyCodes } });
  if (scope.agencyIds.length > 0) scopes.push({ leadAgency: { $in: scope.agencyIds } });
  return scopes.length > 0 ? { $or: scopes } : { id: -1 };
}

/**
 * Published programs unless a state is asked for; programs in any other state, and every program asked for
 * with `editableByMe` (in any state unless one is named), only where the viewer may edit them.
 */
function programFilter(viewer: Viewer | null, filter: ProgramFilterInput): ObjectQuery<Program> {
  const conditions: FilterQuery<Program>[] = [];
  const state = filter.state ?? (filter.editableByMe ? null : 'PUBLISHED');
  if (state) conditions.push({ publication: state });
  if (state !== 'PUBLISHED' || filter.editableByMe) {
    const editable = editableFilter(programEditScope(requireViewer(viewer)));
    if (editable) conditions.push(editable);
  }
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
    };
  });
}
