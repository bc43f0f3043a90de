/** What each form of the program edit page asks for (its hidden `intent`), shared by the page and its action. */
export const partKinds = ['cost', 'funding', 'outcome', 'partner', 'contact', 'document'] as const;
export type PartKind = (typeof partKinds)[number];

export const publicationActions = ['publish', 'unpublish', 'archive', 'verify'] as const;
export type PublicationAction = (typeof publicationActions)[number];

/** The form intent that asks the API to move a program to each publication state. */
const publicationActionTo = { PUBLISHED: 'publish', DRAFT: 'unpublish', ARCHIVED: 'archive' } as const;
const moveOrder: readonly PublicationAction[] = ['publish', 'unpublish', 'archive'];

/**
 * The buttons for what the API says the viewer may do with the program (`viewerCan.verify`,
 * `allowedPublicationMoves`): confirming first, then the moves in a fixed order.
 */
export function offeredPublicationActions(program: {
  viewerCan: { verify: boolean };
  allowedPublicationMoves: readonly (keyof typeof publicationActionTo)[];
}): PublicationAction[] {
  const moves = new Set<PublicationAction>(program.allowedPublicationMoves.map((state) => publicationActionTo[state]));
  return [...(program.viewerCan.verify ? (['verify'] as const) : []), ...moveOrder.filter((action) => moves.has(action))];
}

export const isPublicationAction = (intent: string): intent is PublicationAction =>
  (publicationActions as readonly string[]).includes(intent);

export const isPartKind = (kind: string | undefined): kind is PartKind =>
  kind !== undefined && (partKinds as readonly string[]).includes(kind);
