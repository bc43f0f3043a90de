import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../core';
import { ADOPTION_STAGES, type AdoptionStage } from './adoption.entity';

export const AdoptionStageEnum = graphqlEnum(ADOPTION_STAGES, 'AdoptionStage', 'How far a region has come in replicating a program.');

@ObjectType('Adoption', { description: 'A region replicating a program (replikasi): interested → planning → adopted → evaluated.' })
export class AdoptionGql {
  @Field(() => ID) id!: string;
  @Field(() => AdoptionStageEnum) stage!: string;
  @Field(() => Int) year!: number;
  @Field(() => String) notes!: string;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => Date) updatedAt!: Date;
}

@InputType()
export class RecordAdoptionInput {
  @Field(() => String) programSlug!: string;
  @Field(() => String) adopterRegencyCode!: string;
  @Field(() => AdoptionStageEnum) stage!: AdoptionStage;
  @Field(() => Int) @Min(1945) @Max(2100) year!: number;
  @Field(() => String, { nullable: true }) @MaxLength(4000) notes?: string | null;
}
