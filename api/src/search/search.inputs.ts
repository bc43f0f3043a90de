import { ArrayMaxSize, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { type FundingKind, type Theme } from '../programs';
import { FundingKindEnum, ThemeEnum } from '../programs';
import { BigIntScalar } from '../core';

@InputType('ProgramSearchFilter', { description: 'Every filter narrows the results; several values in one list mean any of them.' })
export class ProgramSearchFilterInput {
  @Field(() => [String], { nullable: true, description: 'Kemendagri province codes, e.g. ["64"].' }) @ArrayMaxSize(38) provinceCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Host kabupaten/kota codes, e.g. ["64.74"].' }) @ArrayMaxSize(100) regencyCodes?: string[] | null;
  @Field(() => [ThemeEnum], { nullable: true }) themes?: Theme[] | null;
  @Field(() => [FundingKindEnum], { nullable: true }) fundingKinds?: FundingKind[] | null;
  @Field(() => Int, { nullable: true, description: 'Started in this year or later.' }) @Min(1945) @Max(2100) startYearFrom?: number | null;
  @Field(() => Int, { nullable: true, description: 'Started in this year or earlier.' }) @Min(1945) @Max(2100) startYearTo?: number | null;
  @Field(() => BigIntScalar, { nullable: true, description: 'Unit cost at least this many rupiah.' }) unitCostMin?: bigint | null;
  @Field(() => BigIntScalar, { nullable: true, description: 'Unit cost at most this many rupiah.' }) unitCostMax?: bigint | null;
}
