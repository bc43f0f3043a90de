import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Account } from '../accounts';
import { Adoption, ADOPTION_STAGES } from '../adoptions';
import { Agency } from '../agencies';
import { Program } from '../programs';
import { Regency } from '../regions';
import { type IsoWeekday } from './host-time';
import { VISIT_SIDES } from '../core';
import { VISIT_ACTIONS, VISIT_STATES } from './visit-workflow';

/**
 * When a host regency receives delegations. One per host regency; `agency` is the office that
 * receives them (say Bappeda Kota Bontang), when the host names one. Dates are in the host's own
 * time zone, which comes from its province.
 */
export const HostCalendar = defineEntity({
  name: 'HostCalendar',
  tableName: 'host_calendar',
  uniques: [{ name: 'host_calendar_host_regency_unique', properties: ['hostRegency'] }],
  checks: [
    { name: 'host_calendar_capacity_positive', expression: 'delegations_per_day >= 1 and participants_per_day >= 1' },
    { name: 'host_calendar_lead_time_range', expression: 'lead_time_days between 0 and 365' },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    hostRegency: () => p.manyToOne(Regency).ref(),
    agency: () => p.manyToOne(Agency).ref().nullable(),
    workingDays: p.json<IsoWeekday[]>(),
    delegationsPerDay: p.integer(),
    participantsPerDay: p.integer(),
    leadTimeDays: p.integer(),
    version: p.integer().version(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    blackoutDates: () => p.oneToMany(HostBlackoutDate).mappedBy('calendar').orderBy({ date: 'asc' }),
  },
});
export type HostCalendar = InferEntity<typeof HostCalendar>;

export const HostBlackoutDate = defineEntity({
  name: 'HostBlackoutDate',
  tableName: 'host_blackout_date',
  uniques: [{ name: 'host_blackout_date_calendar_date_unique', properties: ['calendar', 'date'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    calendar: () => p.manyToOne(HostCalendar).ref().deleteRule('cascade'),
    date: p.date(),
    /** Shown to requesters as written, e.g. "Hari Raya Nyepi" or "Pilkada serentak". */
    reason: p.string().length(300),
  },
});
export type HostBlackoutDate = InferEntity<typeof HostBlackoutDate>;

/**
 * What ACCEPTED and CONFIRMED visits hold on each host day, beside that day's capacity. The CHECK
 * constraints are the overbooking invariant: every claim is an atomic upsert in the transition's own
 * transaction, so PostgreSQL serialises concurrent claims on the row and aborts the one that would
 * overfill the day. Written only by `host-day-load.ts`.
 */
export const HostDayLoad = defineEntity({
  name: 'HostDayLoad',
  tableName: 'host_day_load',
  checks: [
    { name: 'host_day_load_within_delegation_capacity', expression: 'delegations <= delegation_capacity' },
    { name: 'host_day_load_within_participant_capacity', expression: 'participants <= participant_capacity' },
    { name: 'host_day_load_not_negative', expression: 'delegations >= 0 and participants >= 0' },
  ],
  properties: {
    hostRegency: () => p.manyToOne(Regency).ref().primary(),
    date: p.date().primary(),
    delegations: p.integer().default(0),
    participants: p.integer().default(0),
    delegationCapacity: p.integer(),
    participantCapacity: p.integer(),
  },
});
export type HostDayLoad = InferEntity<typeof HostDayLoad>;

/**
 * A study visit (studi tiru): a delegation of one or more regencies and agencies visiting a host to
 * learn its programs. `programs` lives in `study_visit_program` (visit_id, program_id), which the
 * search module counts.
 */
export const StudyVisit = defineEntity({
  name: 'StudyVisit',
  tableName: 'study_visit',
  checks: [
    { name: 'study_visit_participant_count_positive', expression: 'participant_count >= 1' },
    { name: 'study_visit_calendar_sequence_not_negative', expression: 'calendar_sequence >= 0' },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    hostRegency: () => p.manyToOne(Regency).ref().index(),
    /** Null for visits recorded from public sources, from before Tiru. */
    requester: () => p.manyToOne(Account).ref().nullable().index().deleteRule('set null'),
    coordinatorAgency: () => p.manyToOne(Agency).ref().nullable(),
    participantCount: p.integer(),
    objectives: p.text(),
    questions: p.text().default(''),
    requestLetterNumber: p.string().length(120).nullable(),
    state: p.enum([...VISIT_STATES]).default('REQUESTED').index(),
    version: p.integer().version(),
    /** SEQUENCE of the visit's iCalendar entry: raised whenever its dates, hours or status change. */
    calendarSequence: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    /**
     * Stamped by the services that change a visit, with the `now` they are given: an `onUpdate` hook
     * would overwrite that stamp with the wall clock (MikroORM runs it on every update).
     */
    updatedAt: p.datetime().onCreate(() => new Date()),
    programs: () =>
      p.manyToMany(Program).owner().pivotTable('study_visit_program').joinColumn('visit_id').inverseJoinColumn('program_id'),
    visitingRegencies: () =>
      p.manyToMany(Regency).owner().pivotTable('study_visit_regency').joinColumn('visit_id').inverseJoinColumn('regency_code'),
    visitingAgencies: () =>
      p.manyToMany(Agency).owner().pivotTable('study_visit_agency').joinColumn('visit_id').inverseJoinColumn('agency_id'),
    days: () => p.oneToMany(StudyVisitDay).mappedBy('visit').orderBy({ date: 'asc' }),
    participants: () => p.oneToMany(StudyVisitParticipant).mappedBy('visit').orderBy({ id: 'asc' }),
  },
});
export type StudyVisit = InferEntity<typeof StudyVisit>;

/** One row per visit day; `proposed` rows are the dates the host proposed and the requester has not yet confirmed. */
export const StudyVisitDay = defineEntity({
  name: 'StudyVisitDay',
  tableName: 'study_visit_day',
  uniques: [{ name: 'study_visit_day_unique', properties: ['visit', 'proposed', 'date'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    visit: () => p.manyToOne(StudyVisit).ref().deleteRule('cascade'),
    date: p.date(),
    proposed: p.boolean().default(false),
  },
});
export type StudyVisitDay = InferEntity<typeof StudyVisitDay>;

export const StudyVisitParticipant = defineEntity({
  name: 'StudyVisitParticipant',
  tableName: 'study_visit_participant',
  properties: {
    id: p.integer().primary().autoincrement(),
    visit: () => p.manyToOne(StudyVisit).ref().index().deleteRule('cascade'),
    name: p.string().length(200),
    position: p.string().length(300),
    agency: () => p.manyToOne(Agency).ref().nullable(),
  },
});
export type StudyVisitParticipant = InferEntity<typeof StudyVisitParticipant>;

/** The history: who moved the visit from which state to which, when and why. `REQUEST` opens it. */
export const VISIT_HISTORY_ACTIONS = ['REQUEST', ...VISIT_ACTIONS] as const;
export type VisitHistoryAction = (typeof VISIT_HISTORY_ACTIONS)[number];

export const StudyVisitTransition = defineEntity({
  name: 'StudyVisitTransition',
  tableName: 'study_visit_transition',
  properties: {
    id: p.integer().primary().autoincrement(),
    visit: () => p.manyToOne(StudyVisit).ref().index().deleteRule('cascade'),
    actor: () => p.manyToOne(Account).ref().nullable().deleteRule('set null'),
    action: p.enum([...VISIT_HISTORY_ACTIONS]),
    fromState: p.enum([...VISIT_STATES]).nullable(),
    toState: p.enum([...VISIT_STATES]),
    reason: p.text().default(''),
    /** The dates the action was about: requested or proposed days. */
    dates: p.json<string[]>().nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type StudyVisitTransition = InferEntity<typeof StudyVisitTransition>;

export const StudyVisitMessage = defineEntity({
  name: 'StudyVisitMessage',
  tableName: 'study_visit_message',
  properties: {
    id: p.integer().primary().autoincrement(),
    visit: () => p.manyToOne(StudyVisit).ref().index().deleteRule('cascade'),
    author: () => p.manyToOne(Account).ref().nullable().deleteRule('set null'),
    side: p.enum([...VISIT_SIDES]),
    body: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type StudyVisitMessage = InferEntity<typeof StudyVisitMessage>;

/** A line of the programme the host prepares. Times are wall-clock `HH:mm` in the host's zone. */
export const StudyVisitAgendaItem = defineEntity({
  name: 'StudyVisitAgendaItem',
  tableName: 'study_visit_agenda_item',
  checks: [{ name: 'study_visit_agenda_item_times_ordered', expression: 'end_time > start_time' }],
  properties: {
    id: p.integer().primary().autoincrement(),
    visit: () => p.manyToOne(StudyVisit).ref().index().deleteRule('cascade'),
    date: p.date(),
    startTime: p.string().length(5),
    endTime: p.string().length(5),
    activity: p.string().length(300),
    place: p.string().length(300).default(''),
    presenter: p.string().length(300).default(''),
  },
});
export type StudyVisitAgendaItem = InferEntity<typeof StudyVisitAgendaItem>;

/** The delegation's follow-up after a completed visit; giving it again replaces it. */
export const StudyVisitFeedback = defineEntity({
  name: 'StudyVisitFeedback',
  tableName: 'study_visit_feedback',
  uniques: [{ name: 'study_visit_feedback_visit_unique', properties: ['visit'] }],
  checks: [{ name: 'study_visit_feedback_rating_range', expression: 'rating between 1 and 5' }],
  properties: {
    id: p.integer().primary().autoincrement(),
    visit: () => p.manyToOne(StudyVisit).ref().deleteRule('cascade'),
    author: () => p.manyToOne(Account).ref().nullable().deleteRule('set null'),
    rating: p.integer(),
    /** What the delegation will adopt, in its own words. */
    willAdopt: p.text().default(''),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type StudyVisitFeedback = InferEntity<typeof StudyVisitFeedback>;

/**
 * What one visiting regency said in the feedback it will replicate, and at which stage: the coordinator answers
 * for each regency, a regency's delegate for its own. `adoption` is the Adoption the answer recorded or moved,
 * so an adoption keeps its link to the visit and the feedback.
 */
export const StudyVisitReplication = defineEntity({
  name: 'StudyVisitReplication',
  tableName: 'study_visit_replication',
  uniques: [{ name: 'study_visit_replication_unique', properties: ['feedback', 'regency', 'program'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    feedback: () => p.manyToOne(StudyVisitFeedback).ref().deleteRule('cascade'),
    regency: () => p.manyToOne(Regency).ref(),
    program: () => p.manyToOne(Program).ref().deleteRule('cascade'),
    stage: p.enum([...ADOPTION_STAGES]),
    adoption: () => p.manyToOne(Adoption).ref().nullable().index().deleteRule('set null'),
    answeredBy: () => p.manyToOne(Account).ref().nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type StudyVisitReplication = InferEntity<typeof StudyVisitReplication>;
