import { describe, expect, it } from 'vitest';
import { offeredPublicationActions } from './edit-intents';

describe('the publication buttons of the edit page', () => {
  it.each([
    ['a draft', { viewerCan: { verify: false }, allowedPublicationMoves: ['PUBLISHED', 'ARCHIVED'] as const }, ['publish', 'archive']],
    ['a published program', { viewerCan: { verify: true }, allowedPublicationMoves: ['DRAFT', 'ARCHIVED'] as const }, ['verify', 'unpublish', 'archive']],
    ['an archived program', { viewerCan: { verify: false }, allowedPublicationMoves: ['DRAFT', 'PUBLISHED'] as const }, ['publish', 'unpublish']],
    ['one the API allows nothing on', { viewerCan: { verify: false }, allowedPublicationMoves: [] as const }, []],
  ])('offer for %s exactly what the API allows, confirming first', (_case, program, actions) => {
    expect(offeredPublicationActions(program)).toEqual(actions);
  });
});
