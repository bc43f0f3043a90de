import { ArrayMaxSize, ArrayMinSize, IsEmail, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { BigIntScalar } from '../core';
import {
  CostKindEnum,
  FundingKindEnum,
  ProgramActivityEnum,
  PublicationStateEnum,
  ThemeEnum,
} from './program.types';
import { type CostKind, type FundingKind, type ProgramActivity, type PublicationState, type Theme } from './program.entities';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@InputType({ description: 'The fields of a program profile; on update, fields left out stay as they are.' })
export class ProgramFieldsInput {
  @Field(() => String, { nullable: true }) @MinLength(3) @MaxLength(300) title?: string;
  @Field(() => String, { nullable: true }) @MaxLength(200) localName?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(40) acronym?: string | null;
  @Field(() => String, { nullable: true, description: 'Agency id of the lead agency (instansi pelaksana).' }) leadAgencyId?: string | null;
  @Field(() => [ThemeEnum], { nullable: true }) @ArrayMinSize(1) @ArrayMaxSize(8) themes?: Theme[];
  @Field(() => String, { nullable: true }) @MinLength(20) @MaxLength(4000) summary?: string;
  @Field(() => String, { nullable: true, description: 'The title in English, written by the host (same limits as title); null removes it.' })
  @MinLength(3)
  @MaxLength(300)
  titleEn?: string | null;
  @Field(() => String, { nullable: true, description: 'The summary in English, written by the host (same limits as summary); null removes it.' })
  @MinLength(20)
  @MaxLength(4000)
  summaryEn?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(8000) problem?: string;
  @Field(() => [String], { nullable: true }) @ArrayMaxSize(30) @MaxLength(2000, { each: true }) approachSteps?: string[];
  @Field(() => String, { nullable: true }) @MaxLength(1000) legalBasis?: string | null;
  @Field(() => Int, { nullable: true }) @Min(1945) @Max(2100) startYear?: number | null;
  @Field(() => Int, { nullable: true }) @Min(1945) @Max(2100) endYear?: number | null;
  @Field(() => ProgramActivityEnum, { nullable: true }) activity?: ProgramActivity;
  @Field(() => Int, { nullable: true }) @Min(0) beneficiaries?: number | null;
  @Field(() => String, { nullable: true }) @MaxLength(80) beneficiaryUnit?: string | null;
  @Field(() => Int, { nullable: true }) @Min(0) unitsBuilt?: number | null;
  @Field(() => BigIntScalar, { nullable: true }) totalBudgetRupiah?: bigint | null;
  @Field(() => BigIntScalar, { nullable: true }) unitCostRupiah?: bigint | null;
  @Field(() => String, { nullable: true }) @MaxLength(80) unitCostUnit?: string | null;
}

@InputType()
export class CreateProgramInput extends ProgramFieldsInput {
  @Field(() => String, { description: 'Kemendagri code of the host kabupaten/kota, e.g. "64.74".' })
  @Matches(/^\d{2}\.\d{2}$/, { message: 'must be a regency code like 64.74' })
  hostRegencyCode!: string;

  @Field(() => String, { nullable: true, description: 'Made from the title when left out.' })
  @Matches(SLUG, { message: 'may contain only lowercase letters, digits and single hyphens' })
  @MaxLength(120)
  slug?: string;

  @Field(() => String) @MinLength(3) @MaxLength(300) declare title: string;
  @Field(() => [ThemeEnum]) @ArrayMinSize(1) @ArrayMaxSize(8) declare themes: Theme[];
  @Field(() => String) @MinLength(20) @MaxLength(4000) declare summary: string;
}

@InputType()
export class ProgramFilterInput {
  @Field(() => String, { nullable: true }) provinceCode?: string;
  @Field(() => String, { nullable: true }) regencyCode?: string;
  @Field(() => ThemeEnum, { nullable: true }) theme?: Theme;
  @Field(() => FundingKindEnum, { nullable: true }) fundingKind?: FundingKind;
  @Field(() => PublicationStateEnum, { nullable: true, description: 'Other than PUBLISHED, only programs you may edit.' })
  state?: PublicationState;
  @Field(() => ProgramActivityEnum, { nullable: true }) activity?: ProgramActivity;
  @Field(() => Boolean, { nullable: true, description: 'Only programs you may edit, in every publication state unless `state` names one.' })
  editableByMe?: boolean | null;
}

@InputType()
export class CostInput {
  @Field(() => CostKindEnum) kind!: CostKind;
  @Field(() => String) @MinLength(2) @MaxLength(300) label!: string;
  @Field(() => BigIntScalar, { description: 'Whole rupiah, not negative.' }) amountRupiah!: bigint;
  @Field(() => String, { nullable: true }) @MaxLength(80) unit?: string | null;
  @Field(() => Int, { nullable: true }) @Min(1945) @Max(2100) year?: number | null;
  @Field(() => Boolean, { nullable: true }) illustrative?: boolean;
  @Field(() => String, { nullable: true }) @MaxLength(1000) source?: string | null;
}

@InputType()
export class FundingInput {
  @Field(() => FundingKindEnum) kind!: FundingKind;
  @Field(() => Float, { nullable: true }) @Min(0) @Max(100) sharePercent?: number | null;
  @Field(() => BigIntScalar, { nullable: true }) amountRupiah?: bigint | null;
  @Field(() => String, { nullable: true }) @MaxLength(1000) note?: string | null;
  @Field(() => Boolean, { nullable: true }) illustrative?: boolean;
  @Field(() => String, { nullable: true }) @MaxLength(1000) source?: string | null;
}

const IsWebAddress = () => IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http or https address' });

@InputType({ description: 'Where an outcome figure is published. The title is required as soon as any field is given.' })
export class OutcomeSourceInput {
  @Field(() => String, { nullable: true, description: 'E.g. the headline of the article or the name of the report.' })
  @MaxLength(300)
  title?: string | null;
  @Field(() => String, { nullable: true, description: 'The outlet or body that published it.' }) @MaxLength(200) publisher?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inside the accepted date window.' }) publishedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsWebAddress() @MaxLength(2000) url?: string | null;
}

@InputType()
export class OutcomeInput {
  @Field(() => String) @MinLength(3) @MaxLength(300) indicator!: string;
  @Field(() => Float, { nullable: true }) baseline?: number | null;
  @Field(() => Float) value!: number;
  @Field(() => String) @MinLength(1) @MaxLength(80) unit!: string;
  @Field(() => String) @Matches(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be a year, year-month or date like 2023-11-30' }) period!: string;
  @Field(() => OutcomeSourceInput, { nullable: true, description: 'Null removes the source; left out on update, it stays.' })
  @ValidateNested()
  source?: OutcomeSourceInput | null;
  @Field(() => Boolean, { nullable: true }) illustrative?: boolean;
}

@InputType()
export class PartnerInput {
  @Field(() => String) @MinLength(2) @MaxLength(300) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(300) role?: string | null;
  @Field(() => String, { nullable: true }) agencyId?: string | null;
}

@InputType()
export class ContactInput {
  @Field(() => String) @MinLength(2) @MaxLength(200) name!: string;
  @Field(() => String) @MinLength(2) @MaxLength(200) role!: string;
  @Field(() => String, { nullable: true }) agencyId?: string | null;
  @Field(() => String, { nullable: true }) @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'must be a phone number' }) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsEmail() @MaxLength(254) email?: string | null;
  @Field(() => Boolean, { nullable: true }) illustrative?: boolean;
}

@InputType()
export class DocumentInput {
  @Field(() => String) @MinLength(2) @MaxLength(300) title!: string;
  @Field(() => String)
  @IsWebAddress()
  @MaxLength(2000)
  url!: string;
}
