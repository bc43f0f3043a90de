import { PUBLICATION_STATES, type PublicationState } from './program.entities';

/** The publication state machine: the states a program may be moved to from each state. */
const MOVES_FROM: Record<PublicationState, readonly PublicationState[]> = {
  DRAFT: ['PUBLISHED', 'ARCHIVED'],
  PUBLISHED: ['DRAFT', 'ARCHIVED'],
  ARCHIVED: ['PUBLISHED', 'DRAFT'],
};

export function publicationMovesFrom(state: PublicationState): PublicationState[] {
  return PUBLICATION_STATES.filter((target) => MOVES_FROM[state].includes(target));
}

export function canMovePublication(from: PublicationState, to: PublicationState): boolean {
  return MOVES_FROM[from].includes(to);
}

/** Only a published profile is confirmed as still true: nobody reads the others. */
export function canBeVerified(state: PublicationState): boolean {
  return state === 'PUBLISHED';
}
