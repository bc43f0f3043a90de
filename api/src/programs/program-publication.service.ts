import { type EntityManager } from '@mikro-orm/core';
import { type Viewer } from '../core';
import { NotAllowed } from '../errors';
import { type PublicationState } from './program.entities';
import { editProgram } from './program-changes';
import { canMovePublication } from './publication-moves';

export function changePublication(em: EntityManager, viewer: Viewer | null, slug: string, version: number, target: PublicationState) {
  return editProgram(em, viewer, { slug }, version, target, async (_tx, program) => {
    if (!canMovePublication(program.publication, target)) {
      throw new NotAllowed(`A ${program.publication.toLowerCase()} program cannot be moved to ${target.toLowerCase()}.`);
    }
    program.publication = target;
    if (target === 'PUBLISHED') program.publishedAt ??= new Date();
    return ['publication'];
  });
}
