import { describe, expect, it } from 'vitest';
import { PUBLICATION_STATES } from './program.entities';
import { canBeVerified, canMovePublication, publicationMovesFrom } from './publication-moves';

describe('publication moves', () => {
  it.each([
    ['DRAFT', ['PUBLISHED', 'ARCHIVED']],
    ['PUBLISHED', ['DRAFT', 'ARCHIVED']],
    ['ARCHIVED', ['DRAFT', 'PUBLISHED']],
  ] as const)('from %s: %j', (from, moves) => {
    expect(new Set(publicationMovesFrom(from))).toEqual(new Set(moves));
    for (const to of PUBLICATION_STATES) expect(canMovePublication(from, to)).toBe((moves as readonly string[]).includes(to));
  });

  it('never offers staying where the program is', () => {
    for (const state of PUBLICATION_STATES) expect(publicationMovesFrom(state)).not.toContain(state);
  });

  it.each([
    ['DRAFT', false],
    ['PUBLISHED', true],
    ['ARCHIVED', false],
  ] as const)('a %s profile can be confirmed as still true: %s', (state, verifiable) => {
    expect(canBeVerified(state)).toBe(verifiable);
  });
});
