import { describe, expect, it } from 'vitest';
import { type IndonesianTimeZone } from '../regions/region.entities';
import { VISIT_SIDES, type VisitSide } from '../core/viewer';
import { localDate } from './host-time';
import {
  allowedActions,
  collaborationOf,
  collaborationRefusal,
  COLLABORATION_STEPS,
  countsAgainstCapacity,
  REASON_REQUIRED,
  transition,
  VISIT_ACTIONS,
  VISIT_STATES,
  type CollaborationStep,
  type VisitAction,
  type VisitState,
  type WorkflowContext,
} from './visit-workflow';

// Written out by hand from the issue, independently of VISIT_TRANSITIONS: state → action → side → next state.
const EXPECTED: Record<VisitState, Partial<Record<VisitAction, Partial<Record<VisitSide, VisitState>>>>> = {
  REQUESTED: {
    ACCEPT: { HOST: 'ACCEPTED' },
    DECLINE: { HOST: 'DECLINED' },
    PROPOSE_DATES: { HOST: 'RESCHEDULE_PROPOSED' },
    CANCEL: { REQUESTER: 'CANCELLED' },
  },
  ACCEPTED: {
    PROPOSE_DATES: { HOST: 'RESCHEDULE_PROPOSED' },
    CONFIRM: { REQUESTER: 'CONFIRMED' },
    CANCEL: { HOST: 'CANCELLED', REQUESTER: 'CANCELLED' },
  },
  RESCHEDULE_PROPOSED: {
    PROPOSE_DATES: { HOST: 'RESCHEDULE_PROPOSED' },
    CONFIRM: { REQUESTER: 'CONFIRMED' },
    CANCEL: { HOST: 'CANCELLED', REQUESTER: 'CANCELLED' },
  },
  CONFIRMED: {
    PROPOSE_DATES: { HOST: 'RESCHEDULE_PROPOSED' },
    CANCEL: { HOST: 'CANCELLED', REQUESTER: 'CANCELLED' },
    COMPLETE: { HOST: 'COMPLETED' },
  },
  DECLINED: {},
  COMPLETED: {},
  CANCELLED: {},
};

const LAST_DAY_IN_BONTANG: WorkflowContext = {
  now: '2026-03-11T02:00:00Z', // 10:00 WITA on the last visit day
  lastVisitDay: localDate('2026-03-11'),
  hostTimeZone: 'Asia/Makassar',
};

const everyCase = VISIT_STATES.flatMap((state) =>
  VISIT_ACTIONS.flatMap((action) => VISIT_SIDES.map((side) => ({ state, action, side }))),
);

describe('transition: every state × action × side', () => {
  it.each(everyCase)('$side $action on $state', ({ state, action, side }) => {
    const bySide = EXPECTED[state][action] ?? {};
    const next = bySide[side];
    const result = transition({ state }, action, side, LAST_DAY_IN_BONTANG);
    if (next) {
      expect(result).toMatchObject({ ok: true, next });
    } else {
      const reason = Object.keys(bySide).length > 0 ? 'NOT_ALLOWED_FOR_ROLE' : 'INVALID_STATE';
      expect(result).toEqual({ ok: false, reason });
    }
  });

  it('covers all 84 combinations', () => {
    expect(everyCase).toHaveLength(7 * 6 * 2);
  });
});

describe('completing a visit, in the host time zone', () => {
  it.each([
    ['Asia/Makassar', '2026-03-10T15:59:59Z', 'TOO_EARLY'], // 23:59:59 WITA on 10 March
    ['Asia/Makassar', '2026-03-10T16:00:00Z', 'COMPLETED'], // 00:00 WITA on 11 March
    ['Asia/Jakarta', '2026-03-10T16:30:00Z', 'TOO_EARLY'], // 23:30 WIB on 10 March
    ['Asia/Jakarta', '2026-03-10T17:00:00Z', 'COMPLETED'],
    ['Asia/Jayapura', '2026-03-10T15:00:00Z', 'COMPLETED'], // 00:00 WIT on 11 March
    ['Asia/Jayapura', '2026-03-20T00:00:00Z', 'COMPLETED'], // any time later
    ['Asia/Jayapura', '2026-03-09T00:00:00Z', 'TOO_EARLY'],
  ] as [IndonesianTimeZone, string, string][])('host in %s at %s: %s', (hostTimeZone, now, outcome) => {
    const result = transition({ state: 'CONFIRMED' }, 'COMPLETE', 'HOST', {
      now,
      lastVisitDay: localDate('2026-03-11'),
      hostTimeZone,
    });
    expect(result).toMatchObject(outcome === 'TOO_EARLY' ? { ok: false, reason: 'TOO_EARLY' } : { ok: true, next: outcome });
  });

  it('still tells the requester the action is not theirs before the day comes', () => {
    const early = { ...LAST_DAY_IN_BONTANG, now: '2026-03-01T00:00:00Z' };
    expect(transition({ state: 'CONFIRMED' }, 'COMPLETE', 'REQUESTER', early)).toEqual({
      ok: false,
      reason: 'NOT_ALLOWED_FOR_ROLE',
    });
  });
});

describe('what a transition means for dates and capacity', () => {
  it.each([
    ['REQUESTED', 'ACCEPT', 'HOST', { movesToProposedDates: false, claimsCapacity: true }],
    ['ACCEPTED', 'CONFIRM', 'REQUESTER', { movesToProposedDates: false, claimsCapacity: false }],
    ['RESCHEDULE_PROPOSED', 'CONFIRM', 'REQUESTER', { movesToProposedDates: true, claimsCapacity: true }],
    ['CONFIRMED', 'PROPOSE_DATES', 'HOST', { movesToProposedDates: false, claimsCapacity: false }],
    ['CONFIRMED', 'CANCEL', 'REQUESTER', { movesToProposedDates: false, claimsCapacity: false }],
    ['CONFIRMED', 'COMPLETE', 'HOST', { movesToProposedDates: false, claimsCapacity: false }],
  ] as [VisitState, VisitAction, VisitSide, object][])('%s + %s by %s', (state, action, side, effects) => {
    expect(transition({ state }, action, side, LAST_DAY_IN_BONTANG)).toMatchObject({ ok: true, ...effects });
  });

  it.each([
    ['REQUESTED', false],
    ['ACCEPTED', true],
    ['DECLINED', false],
    ['RESCHEDULE_PROPOSED', false],
    ['CONFIRMED', true],
    ['COMPLETED', false],
    ['CANCELLED', false],
  ] as [VisitState, boolean][])('a %s visit counts against capacity: %s', (state, counts) => {
    expect(countsAgainstCapacity(state)).toBe(counts);
  });
});

describe('allowedActions: the buttons each side sees', () => {
  const beforeTheVisit = { ...LAST_DAY_IN_BONTANG, now: '2026-03-05T02:00:00Z' };
  it.each([
    ['REQUESTED', 'HOST', beforeTheVisit, ['ACCEPT', 'DECLINE', 'PROPOSE_DATES']],
    ['REQUESTED', 'REQUESTER', beforeTheVisit, ['CANCEL']],
    ['ACCEPTED', 'HOST', beforeTheVisit, ['PROPOSE_DATES', 'CANCEL']],
    ['ACCEPTED', 'REQUESTER', beforeTheVisit, ['CONFIRM', 'CANCEL']],
    ['RESCHEDULE_PROPOSED', 'REQUESTER', beforeTheVisit, ['CONFIRM', 'CANCEL']],
    ['CONFIRMED', 'HOST', beforeTheVisit, ['PROPOSE_DATES', 'CANCEL']],
    ['CONFIRMED', 'HOST', LAST_DAY_IN_BONTANG, ['PROPOSE_DATES', 'CANCEL', 'COMPLETE']],
    ['CONFIRMED', 'REQUESTER', LAST_DAY_IN_BONTANG, ['CANCEL']],
    ['DECLINED', 'HOST', LAST_DAY_IN_BONTANG, []],
    ['COMPLETED', 'REQUESTER', LAST_DAY_IN_BONTANG, []],
    ['CANCELLED', 'HOST', LAST_DAY_IN_BONTANG, []],
  ] as [VisitState, VisitSide, WorkflowContext, VisitAction[]][])('%s for %s', (state, side, context, actions) => {
    expect(allowedActions(state, side, context)).toEqual(actions);
  });
});

describe('REASON_REQUIRED: the steps refused without a reason', () => {
  it.each(VISIT_ACTIONS.map((action) => [action, action === 'DECLINE' || action === 'CANCEL'] as const))('%s needs a reason: %s', (action, needed) => {
    expect(REASON_REQUIRED.includes(action)).toBe(needed);
  });
});

// Written out by hand, independently of the rule's table: the states each step is open in, for the side that takes it.
const OPEN_FOR: Record<CollaborationStep, { side: VisitSide[]; states: VisitState[] }> = {
  EDIT_AGENDA: { side: ['HOST'], states: ['REQUESTED', 'ACCEPTED', 'RESCHEDULE_PROPOSED', 'CONFIRMED'] },
  SEND_MESSAGE: { side: ['HOST', 'REQUESTER'], states: [...VISIT_STATES] },
  GIVE_FEEDBACK: { side: ['REQUESTER'], states: ['COMPLETED'] },
};

const SIDE_SETS: VisitSide[][] = [[], ['HOST'], ['REQUESTER'], ['HOST', 'REQUESTER']];

describe('collaborationRefusal: every step × state × sides', () => {
  const cases = COLLABORATION_STEPS.flatMap((step) => VISIT_STATES.flatMap((state) => SIDE_SETS.map((sides) => ({ step, state, sides, label: sides.join('+') || 'no side' }))));
  it.each(cases)('$step on $state for $label', ({ step, state, sides }) => {
    const expected = OPEN_FOR[step];
    const refusal = collaborationRefusal(step, state, sides);
    if (!sides.some((side) => expected.side.includes(side))) expect(refusal).toBe('NOT_ALLOWED_FOR_ROLE');
    else expect(refusal).toBe(expected.states.includes(state) ? null : 'INVALID_STATE');
  });
});

describe('collaborationOf: what the visit page offers', () => {
  it.each([
    ['CONFIRMED', ['HOST'], { editAgenda: true, sendMessage: true, giveFeedback: false }],
    ['COMPLETED', ['HOST'], { editAgenda: false, sendMessage: true, giveFeedback: false }],
    ['CONFIRMED', ['REQUESTER'], { editAgenda: false, sendMessage: true, giveFeedback: false }],
    ['COMPLETED', ['REQUESTER'], { editAgenda: false, sendMessage: true, giveFeedback: true }],
    ['CANCELLED', ['HOST', 'REQUESTER'], { editAgenda: false, sendMessage: true, giveFeedback: false }],
    ['REQUESTED', [], { editAgenda: false, sendMessage: false, giveFeedback: false }],
  ] as [VisitState, VisitSide[], ReturnType<typeof collaborationOf>][])('%s for %j', (state, sides, expected) => {
    expect(collaborationOf(state, sides)).toEqual(expected);
  });
});
