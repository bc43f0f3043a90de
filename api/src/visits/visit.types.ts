import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AdoptionStageEnum } from '../adoptions';
import { graphqlEnum } from '../core';
import { type DayStatus } from './availability';
import { VISIT_ROLES } from './visit-records';
import { VISIT_HISTORY_ACTIONS } from './visit.entities';
import { VISIT_SIDES } from '../core';
import { VISIT_ACTIONS, VISIT_STATES } from './visit-workflow';

const DAY_STATUSES = ['FREE', 'PARTLY_BOOKED', 'FULL', 'BLACKOUT', 'CLOSED', 'TOO_SOON'] as const satisfies readonly DayStatus[];

export const VisitStateEnum = graphqlEnum(
  VISIT_STATES,
  'VisitState',
  'REQUESTED → ACCEPTED | DECLINED | RESCHEDULE_PROPOSED → CONFIRMED → COMPLETED | CANCELLED.',
);
export const VisitActionEnum = graphqlEnum(VISIT_ACTIONS, 'VisitAction', 'A step of the visit workflow; each has its own mutation.');
export const VisitHistoryActionEnum = graphqlEnum(VISIT_HISTORY_ACTIONS, 'VisitHistoryAction', 'REQUEST, or the VisitAction taken.');
export const VisitSideEnum = graphqlEnum(VISIT_SIDES, 'VisitSide', 'HOST: editors of the host regency. REQUESTER: the visiting delegation.');
export const VisitRoleEnum = graphqlEnum(VISIT_ROLES, 'VisitRole', 'Visits you host, or visits your delegation makes.');
export const DayStatusEnum = graphqlEnum(DAY_STATUSES, 'DayStatus', 'Whether a host day can still be requested, and if not, why.');

@ObjectType('BlackoutDate', { description: 'A day the host receives no visits.' })
export class BlackoutDateGql {
  @Field(() => String, { description: 'YYYY-MM-DD in the host time zone.' }) date!: string;
  @Field(() => String, { description: 'As the host wrote it, e.g. "Hari Raya Nyepi".' }) reason!: string;
}

@ObjectType('HostCalendar', { description: 'When a host regency receives study visits. All dates are in its own time zone.' })
export class HostCalendarGql {
  @Field(() => [Int], { description: 'ISO weekdays: 1 = Monday … 7 = Sunday.' }) workingDays!: number[];
  @Field(() => Int) delegationsPerDay!: number;
  @Field(() => Int) participantsPerDay!: number;
  @Field(() => Int, { description: 'Days of notice: with 7, a request on 1 March can be for 8 March at the earliest.' }) leadTimeDays!: number;
  @Field(() => Int, { description: 'Send it back with setHostCalendar to refuse overwriting someone else’s change.' }) version!: number;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('DayAvailability')
export class DayAvailabilityGql {
  @Field(() => String) date!: string;
  @Field(() => DayStatusEnum) status!: DayStatus;
  @Field(() => String, { description: 'Message key for the UI, e.g. visits.availability.blackout.' }) reasonKey!: string;
  @Field(() => String, { nullable: true, description: 'The blackout reason on BLACKOUT days.' }) detail?: string;
  @Field(() => Int, { description: 'Delegations a new request could still bring; 0 on days that cannot be requested.' }) remainingDelegations!: number;
  @Field(() => Int) remainingParticipants!: number;
}

@ObjectType('VisitParticipant')
export class VisitParticipantGql {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Jabatan, e.g. "Kepala Dinas Perumahan dan Permukiman".' }) position!: string;
}

@ObjectType('VisitTransition', { description: 'One step of the visit history: who, when, from, to and why.' })
export class VisitTransitionGql {
  @Field(() => VisitHistoryActionEnum) action!: string;
  @Field(() => VisitStateEnum, { nullable: true }) fromState!: string | null;
  @Field(() => VisitStateEnum) toState!: string;
  @Field(() => String) reason!: string;
  @Field(() => [String], { nullable: true, description: 'The days requested or proposed in this step.' }) dates!: string[] | null;
  @Field(() => Date) at!: Date;
}

@ObjectType('VisitMessage')
export class VisitMessageGql {
  @Field(() => ID) id!: number;
  @Field(() => VisitSideEnum) side!: string;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('VisitAgendaItem', { description: 'A line of the programme; times are HH:mm in the host time zone.' })
export class VisitAgendaItemGql {
  @Field(() => ID) id!: number;
  @Field(() => String) date!: string;
  @Field(() => String) startTime!: string;
  @Field(() => String) endTime!: string;
  @Field(() => String) activity!: string;
  @Field(() => String) place!: string;
  @Field(() => String) presenter!: string;
}

@ObjectType('VisitReplication', { description: 'A visiting regency said in the feedback it will replicate a program, at this stage.' })
export class VisitReplicationGql {
  @Field(() => AdoptionStageEnum) stage!: string;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('VisitFeedback')
export class VisitFeedbackGql {
  @Field(() => Int, { description: '1 to 5.' }) rating!: number;
  @Field(() => String, { description: 'What the delegation will adopt, in its own words.' }) willAdopt!: string;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('StudyVisit', { description: 'A study visit (studi tiru). Only the host, the delegation and admins can see one.' })
export class StudyVisitGql {
  @Field(() => ID) id!: string;
  @Field(() => VisitStateEnum) state!: string;
  @Field(() => Int) participantCount!: number;
  @Field(() => String) objectives!: string;
  @Field(() => String) questions!: string;
  @Field(() => String, { nullable: true }) requestLetterNumber!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => Int, { description: 'SEQUENCE of the calendar file; rises when dates, hours or status change.' }) calendarSequence!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('VisitViewerCan', { description: 'What you may do on this visit besides its workflow steps (allowedActions), by the API’s rules.' })
export class VisitViewerCanGql {
  @Field(() => Boolean, { description: 'Add and remove agenda items: the host, while the visit is still ahead.' }) editAgenda!: boolean;
  @Field(() => Boolean, { description: 'Write on the thread: either side.' }) sendMessage!: boolean;
  @Field(() => Boolean, { description: 'Give (or replace) feedback: the delegation, once the visit is completed.' }) giveFeedback!: boolean;
}

@ObjectType('VisitLimits', { description: 'The sizes the API accepts for a visit’s inputs (character counts unless said otherwise).' })
export class VisitLimitsGql {
  @Field(() => Int, { description: 'Days one visit may ask for (or propose).' }) daysPerVisit!: number;
  @Field(() => Int) programsPerVisit!: number;
  @Field(() => Int) visitingRegencies!: number;
  @Field(() => Int) participantsPerVisit!: number;
  @Field(() => Int) participantName!: number;
  @Field(() => Int) participantPosition!: number;
  @Field(() => Int) objectives!: number;
  @Field(() => Int) questions!: number;
  @Field(() => Int) requestLetterNumber!: number;
  @Field(() => Int, { description: 'The reason given with a workflow step.' }) reason!: number;
  @Field(() => Int) message!: number;
  @Field(() => Int, { description: 'Each of an agenda item’s activity, place and presenter.' }) agendaText!: number;
  @Field(() => Int) willAdopt!: number;
  @Field(() => Int) lowestRating!: number;
  @Field(() => Int) highestRating!: number;
}
