import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { type AdoptionStage, AdoptionStageEnum } from '../adoptions';
import { Field, ID, InputType, Int } from 'type-graphql';
import { VISIT_LIMITS } from './visit-limits';

@InputType({ description: 'A host calendar: checked again by the service (working days 1–7, capacities ≥ 1).' })
export class HostCalendarInput {
  @Field(() => String) hostRegencyCode!: string;
  @Field(() => ID, { nullable: true, description: 'The office of the host regency that receives delegations, e.g. Bappeda. Left out: unchanged; null: none.' }) agencyId?: string | null;
  @Field(() => [Int]) @ArrayMaxSize(7) workingDays!: number[];
  @Field(() => Int) delegationsPerDay!: number;
  @Field(() => Int) participantsPerDay!: number;
  @Field(() => Int) leadTimeDays!: number;
  @Field(() => Int, { nullable: true, description: 'The version you edited; a change to an older one is refused.' }) version?: number | null;
}

@InputType()
export class VisitParticipantInput {
  @Field(() => String) @MaxLength(VISIT_LIMITS.participantName) name!: string;
  @Field(() => String) @MaxLength(VISIT_LIMITS.participantPosition) position!: string;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
}

@InputType()
export class RequestVisitInput {
  @Field(() => String) hostRegencyCode!: string;
  @Field(() => [String], { description: 'Published programs of the host.' }) @ArrayMaxSize(VISIT_LIMITS.programsPerVisit) programSlugs!: string[];
  @Field(() => [String], { description: 'Every visiting regency; you must act for each.' }) @ArrayMaxSize(VISIT_LIMITS.visitingRegencies) visitingRegencyCodes!: string[];
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(50) visitingAgencyIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Added to the visiting agencies when missing.' }) coordinatorAgencyId?: string | null;
  @Field(() => [String], { description: 'YYYY-MM-DD in the host time zone; at most 5.' }) @ArrayMaxSize(20) dates!: string[];
  @Field(() => Int) participantCount!: number;
  @Field(() => [VisitParticipantInput], { nullable: true }) @ArrayMaxSize(VISIT_LIMITS.participantsPerVisit) participants?: VisitParticipantInput[] | null;
  @Field(() => String) @MaxLength(VISIT_LIMITS.objectives) objectives!: string;
  @Field(() => String, { nullable: true }) @MaxLength(VISIT_LIMITS.questions) questions?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(VISIT_LIMITS.requestLetterNumber) requestLetterNumber?: string | null;
}

@InputType()
export class VisitAgendaItemInput {
  @Field(() => String, { description: 'One of the visit days.' }) date!: string;
  @Field(() => String, { description: 'HH:mm in the host time zone.' }) startTime!: string;
  @Field(() => String) endTime!: string;
  @Field(() => String) @MaxLength(VISIT_LIMITS.agendaText) activity!: string;
  @Field(() => String, { nullable: true }) @MaxLength(VISIT_LIMITS.agendaText) place?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(VISIT_LIMITS.agendaText) presenter?: string | null;
}

@InputType({ description: 'One visiting regency will replicate one program of the visit, at this stage.' })
export class VisitReplicationInput {
  @Field(() => String, { description: 'A visiting regency, e.g. 63.09.' }) regencyCode!: string;
  @Field(() => String, { description: 'A program of the visit.' }) programSlug!: string;
  @Field(() => AdoptionStageEnum) stage!: AdoptionStage;
}

@InputType()
export class VisitFeedbackInput {
  @Field(() => Int, { description: '1 to 5.' }) rating!: number;
  @Field(() => String, { nullable: true }) @MaxLength(VISIT_LIMITS.willAdopt) willAdopt?: string | null;
  @Field(() => [VisitReplicationInput], {
    nullable: true,
    description:
      'Per visiting regency you speak for (StudyVisit.replicationRegenciesForViewer), the programs of the visit it will replicate and at which stage; ' +
      'it replaces what was said for those regencies, and records or advances only their Adoptions.',
  })
  @ArrayMaxSize(VISIT_LIMITS.programsPerVisit * VISIT_LIMITS.visitingRegencies)
  @ValidateNested({ each: true })
  replications?: VisitReplicationInput[] | null;
}
