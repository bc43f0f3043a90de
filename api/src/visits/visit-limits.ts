/**
 * The sizes a visit's inputs may have: what the services check, the input types declare and `visitLimits`
 * serves, so forms hold the same limits without restating them.
 */
export const VISIT_LIMITS = {
  /** Days one visit may ask for; they need not be consecutive. */
  daysPerVisit: 5,
  programsPerVisit: 10,
  visitingRegencies: 20,
  participantsPerVisit: 500,
  participantName: 200,
  participantPosition: 300,
  objectives: 4000,
  questions: 4000,
  requestLetterNumber: 120,
  /** Why a step was taken (declining, cancelling, proposing other days, …). */
  reason: 2000,
  message: 4000,
  /** Each of an agenda item's activity, place and presenter. */
  agendaText: 300,
  willAdopt: 4000,
  lowestRating: 1,
  highestRating: 5,
} as const;
