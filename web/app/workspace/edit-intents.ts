/** What each form of the program edit page asks for (its hidden `intent`), shared by the page and its action. */
export const partKinds = ['cost', 'funding', 'outcome', 'partner', 'contact', 'document'] as const;
export type PartKind = (typeof partKinds)[number];

export const publicationActions = ['publish', 'unpublish', 'archive', 'verify'] as const;
export type PublicationAction = (typeof publicationActions)[number];

export const isPublicationAction = (intent: string): intent is PublicationAction =>
  (publicationActions as readonly string[]).includes(intent);

export const isPartKind = (kind: string | undefined): kind is PartKind =>
  kind !== undefined && (partKinds as readonly string[]).includes(kind);
