import { type EntityManager, type FilterQuery, wrap } from '@mikro-orm/core';
import { assertCanEditProgram, ownershipOf, requireViewer } from '../accounts';
import { Agency } from '../agencies';
import { recordAudit } from '../audit';
import { type Viewer } from '../core';
import { NotFound, StaleVersion } from '../errors';
import { enqueueOutboxEvent, OUTBOX_TOPICS } from '../outbox';
import { Program, ProgramRevision } from './program.entities';

/** How every change of a program is made and recorded, whatever it changes (fields, parts, publication). */

export async function assertAgencyExists(em: EntityManager, agencyId: string | null | undefined, field: string): Promise<void> {
  if (agencyId && !(await em.count(Agency, { id: agencyId }))) throw new NotFound('Agency', agencyId, field);
}

function snapshotOf(program: Program): Record<string, unknown> {
  const { costs: _c, funding: _f, outcomes: _o, partners: _p, contacts: _ct, documents: _d, ...scalars } = wrap(program).toObject();
  return JSON.parse(JSON.stringify(scalars, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)));
}

/** One revision, one search-sync event and one audit entry per change, in the change's own transaction. */
export function recordChange(em: EntityManager, program: Program, viewer: Viewer, action: string, changedFields: string[]): void {
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

type ProgramChange = (tx: EntityManager, program: Program) => Promise<string[]>;

/**
 * Every edit of a profile goes through here: one transaction that checks the editor's rights and the
 * version they edited, applies the change, bumps the version and records the revision.
 */
export async function editProgram(
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
