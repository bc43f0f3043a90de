/** The forms of the visit page, told apart by their `intent`; shared by the page and its action. */
export const transitionIntents = ['ACCEPT', 'DECLINE', 'CONFIRM', 'CANCEL', 'COMPLETE'] as const;
export type TransitionIntent = (typeof transitionIntents)[number];

export const isTransitionIntent = (intent: string): intent is TransitionIntent =>
  (transitionIntents as readonly string[]).includes(intent);

export const doneIntents = [
  'requested',
  ...transitionIntents,
  'PROPOSE_DATES',
  'message',
  'agenda',
  'feedback',
] as const;
export type DoneIntent = (typeof doneIntents)[number];

export const isDoneIntent = (value: string | null): value is DoneIntent =>
  value !== null && (doneIntents as readonly string[]).includes(value);
