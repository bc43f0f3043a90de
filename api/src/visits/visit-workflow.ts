import { type IndonesianTimeZone } from '../regions';
import { todayIn, type Instant, type LocalDate } from './host-time';
import { type VisitSide } from '../core';

export const VISIT_STATES = [
  'REQUESTED',
  'ACCEPTED',
  'DECLINED',
  'RESCHEDULE_PROPOSED',
  'CONFIRMED',
  'COMPLETED',
  'CANCELLED',
] as const;
export type VisitState = (typeof VISIT_STATES)[number];

export const VISIT_ACTIONS = ['ACCEPT', 'DECLINE', 'PROPOSE_DATES', 'CONFIRM', 'CANCEL', 'COMPLETE'] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];


export interface VisitTransition {
  action: VisitAction;
  by: VisitSide;
  from: readonly VisitState[];
  to: VisitState;
  /** Allowed only once the last visit day has begun in the host's time zone. */
  notBeforeLastVisitDay?: true;
}

/**
 * The whole workflow. H = host, R = requester; a blank cell is INVALID_STATE for everyone.
 *
 * | from \ action       | ACCEPT | DECLINE | PROPOSE_DATES | CONFIRM         | CANCEL | COMPLETE              |
 * |---------------------|--------|---------|---------------|-----------------|--------|-----------------------|
 * | REQUESTED           | H      | H       | H             |                 | R      |                       |
 * | ACCEPTED            |        |         | H             | R               | H, R   |                       |
 * | RESCHEDULE_PROPOSED |        |         | H (revise)    | R (takes dates) | H, R   |                       |
 * | CONFIRMED           |        |         | H             |                 | H, R   | H, from last day on   |
 * | DECLINED, COMPLETED, CANCELLED are final.                                                                 |
 *
 * Why these and not others:
 * - The host answers a request with ACCEPT, DECLINE or PROPOSE_DATES; once it has said yes, backing out
 *   is CANCEL (or PROPOSE_DATES), not DECLINE, so the record shows that an agreed visit was called off.
 * - The host may not CANCEL a mere request: the answer to a request it cannot take is DECLINE.
 * - PROPOSE_DATES is open to the host until the visit happens, because hosts learn late of elections,
 *   disasters or the regent's agenda; moving a visit beats cancelling it. A proposal holds no capacity,
 *   so moving an ACCEPTED or CONFIRMED visit releases its days until the requester confirms new ones.
 * - CONFIRM of a proposal moves the visit to the proposed dates; the requester who dislikes them cancels.
 * - Either side may CANCEL anything agreed or pending; COMPLETE is the host's, and only from the last day.
 */
export const VISIT_TRANSITIONS: readonly VisitTransition[] = [
  { action: 'ACCEPT', by: 'HOST', from: ['REQUESTED'], to: 'ACCEPTED' },
  { action: 'DECLINE', by: 'HOST', from: ['REQUESTED'], to: 'DECLINED' },
  {
    action: 'PROPOSE_DATES',
    by: 'HOST',
    from: ['REQUESTED', 'ACCEPTED', 'RESCHEDULE_PROPOSED', 'CONFIRMED'],
    to: 'RESCHEDULE_PROPOSED',
  },
  { action: 'CONFIRM', by: 'REQUESTER', from: ['ACCEPTED', 'RESCHEDULE_PROPOSED'], to: 'CONFIRMED' },
  {
    action: 'CANCEL',
    by: 'REQUESTER',
    from: ['REQUESTED', 'ACCEPTED', 'RESCHEDULE_PROPOSED', 'CONFIRMED'],
    to: 'CANCELLED',
  },
  { action: 'CANCEL', by: 'HOST', from: ['ACCEPTED', 'RESCHEDULE_PROPOSED', 'CONFIRMED'], to: 'CANCELLED' },
  { action: 'COMPLETE', by: 'HOST', from: ['CONFIRMED'], to: 'COMPLETED', notBeforeLastVisitDay: true },
];

const CAPACITY_STATES: readonly VisitState[] = ['ACCEPTED', 'CONFIRMED'];

/** Whether a visit in this state takes up the host's daily capacity on its days. */
export function countsAgainstCapacity(state: VisitState): boolean {
  return CAPACITY_STATES.includes(state);
}

export interface WorkflowContext {
  now: Instant;
  /** The visit's last day, in the host's time zone. */
  lastVisitDay: LocalDate;
  hostTimeZone: IndonesianTimeZone;
}

export type TransitionRefusal = 'NOT_ALLOWED_FOR_ROLE' | 'INVALID_STATE' | 'TOO_EARLY';

export type TransitionResult =
  | {
      ok: true;
      next: VisitState;
      /** The visit now takes the dates the host proposed. */
      movesToProposedDates: boolean;
      /** The visit starts holding capacity on days it did not hold before: check them first, in the same transaction. */
      claimsCapacity: boolean;
    }
  | { ok: false; reason: TransitionRefusal };

/**
 * Where `action` by `actorSide` takes a visit. Refusals: INVALID_STATE when nobody may do this now,
 * NOT_ALLOWED_FOR_ROLE when only the other side may, TOO_EARLY when completing before the last visit day.
 */
export function transition(
  visit: { state: VisitState },
  action: VisitAction,
  actorSide: VisitSide,
  context: WorkflowContext,
): TransitionResult {
  const possible = VISIT_TRANSITIONS.filter((rule) => rule.action === action && rule.from.includes(visit.state));
  const rule = possible.find((candidate) => candidate.by === actorSide);
  if (!rule) return { ok: false, reason: possible.length === 0 ? 'INVALID_STATE' : 'NOT_ALLOWED_FOR_ROLE' };
  if (rule.notBeforeLastVisitDay && todayIn(context.hostTimeZone, context.now) < context.lastVisitDay) {
    return { ok: false, reason: 'TOO_EARLY' };
  }
  const movesToProposedDates = visit.state === 'RESCHEDULE_PROPOSED' && rule.to === 'CONFIRMED';
  return {
    ok: true,
    next: rule.to,
    movesToProposedDates,
    claimsCapacity: countsAgainstCapacity(rule.to) && (movesToProposedDates || !countsAgainstCapacity(visit.state)),
  };
}

/** The actions `side` can take right now, in VISIT_ACTIONS order: the buttons to show. */
export function allowedActions(state: VisitState, side: VisitSide, context: WorkflowContext): VisitAction[] {
  return VISIT_ACTIONS.filter((action) => transition({ state }, action, side, context).ok);
}

/** Declining and cancelling must say why, so the other side knows. */
export const REASON_REQUIRED: readonly VisitAction[] = ['DECLINE', 'CANCEL'];

/** What else happens on a visit besides its workflow steps. */
export const COLLABORATION_STEPS = ['EDIT_AGENDA', 'SEND_MESSAGE', 'GIVE_FEEDBACK'] as const;
export type CollaborationStep = (typeof COLLABORATION_STEPS)[number];

const OPEN_STATES: readonly VisitState[] = ['REQUESTED', 'ACCEPTED', 'RESCHEDULE_PROPOSED', 'CONFIRMED'];

/**
 * Who may take each step, and in which states:
 * - the agenda is the host's to prepare while the visit is still ahead (declined, cancelled and completed visits keep theirs);
 * - either side writes on the thread at any time, a visit's aftermath included;
 * - feedback is the delegation's, once the host has marked the visit completed.
 */
const COLLABORATION: Record<CollaborationStep, { by: readonly VisitSide[]; in: readonly VisitState[] }> = {
  EDIT_AGENDA: { by: ['HOST'], in: OPEN_STATES },
  SEND_MESSAGE: { by: ['HOST', 'REQUESTER'], in: VISIT_STATES },
  GIVE_FEEDBACK: { by: ['REQUESTER'], in: ['COMPLETED'] },
};

/** Why a person speaking for `sides` may not take `step` on a visit in `state` (role first), or null when they may. */
export function collaborationRefusal(step: CollaborationStep, state: VisitState, sides: readonly VisitSide[]): Exclude<TransitionRefusal, 'TOO_EARLY'> | null {
  const rule = COLLABORATION[step];
  if (!sides.some((side) => rule.by.includes(side))) return 'NOT_ALLOWED_FOR_ROLE';
  return rule.in.includes(state) ? null : 'INVALID_STATE';
}

/** The collaboration steps open to a person speaking for `sides` now: what the visit page offers them. */
export function collaborationOf(state: VisitState, sides: readonly VisitSide[]): { editAgenda: boolean; sendMessage: boolean; giveFeedback: boolean } {
  const open = (step: CollaborationStep) => collaborationRefusal(step, state, sides) === null;
  return { editAgenda: open('EDIT_AGENDA'), sendMessage: open('SEND_MESSAGE'), giveFeedback: open('GIVE_FEEDBACK') };
}
