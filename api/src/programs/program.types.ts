import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BigIntScalar } from '../core';
import { graphqlEnum } from '../core';
import { FIGURE_BASES } from './program-comparison';
import { COST_KINDS, FUNDING_KINDS, PROGRAM_ACTIVITIES, PUBLICATION_STATES, THEMES } from './program.entities';
import { PageInfoGql } from '../core';

export const ThemeEnum = graphqlEnum(THEMES, 'Theme');
export const FundingKindEnum = graphqlEnum(FUNDING_KINDS, 'FundingKind', 'APBN, APBD (province or regency), zakat/infaq, CSR, swadaya, Dana Desa, other.');
export const PublicationStateEnum = graphqlEnum(PUBLICATION_STATES, 'PublicationState');
export const ProgramActivityEnum = graphqlEnum(PROGRAM_ACTIVITIES, 'ProgramActivity', 'Whether the program still runs.');
export const CostKindEnum = graphqlEnum(COST_KINDS, 'CostKind');

@ObjectType('ProgramCost')
export class ProgramCostGql {
  @Field(() => ID) id!: number;
  @Field(() => CostKindEnum) kind!: string;
  @Field(() => String) label!: string;
  @Field(() => BigIntScalar, { description: 'Whole rupiah.' }) amountRupiah!: bigint;
  @Field(() => String, { nullable: true, description: 'What one amount pays for, e.g. "per RT".' }) unit!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => Boolean, { description: 'True when the figure is an illustration, not a sourced fact.' }) illustrative!: boolean;
  @Field(() => String, { nullable: true }) source!: string | null;
}

@ObjectType('ProgramFunding')
export class ProgramFundingGql {
  @Field(() => ID) id!: number;
  @Field(() => FundingKindEnum) kind!: string;
  @Field(() => Float, { nullable: true }) sharePercent!: number | null;
  @Field(() => BigIntScalar, { nullable: true }) amountRupiah!: bigint | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Boolean) illustrative!: boolean;
  @Field(() => String, { nullable: true }) source!: string | null;
}

@ObjectType('OutcomeSource', { description: 'Where an outcome figure is published.' })
export class OutcomeSourceGql {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) publisher!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) publishedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'An http or https address.' }) url!: string | null;
}

@ObjectType('ProgramOutcome')
export class ProgramOutcomeGql {
  @Field(() => ID) id!: number;
  @Field(() => String) indicator!: string;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float) value!: number;
  @Field(() => String) unit!: string;
  @Field(() => String, { description: 'When the value was measured, e.g. "2023-11-30" or "2023".' }) period!: string;
  @Field(() => OutcomeSourceGql, { nullable: true }) source!: OutcomeSourceGql | null;
  @Field(() => Boolean) illustrative!: boolean;
}

@ObjectType('ProgramPartner')
export class ProgramPartnerGql {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) role!: string | null;
}

@ObjectType('ProgramContact', { description: 'A person to ask about the program. Phone and e-mail are shown only to signed-in officials.' })
export class ProgramContactGql {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => String) role!: string;
  @Field(() => Boolean) illustrative!: boolean;
}

@ObjectType('ProgramDocument')
export class ProgramDocumentGql {
  @Field(() => ID) id!: number;
  @Field(() => String) title!: string;
  @Field(() => String) url!: string;
}

@ObjectType('ProgramRevision')
export class ProgramRevisionGql {
  @Field(() => Int) version!: number;
  @Field(() => String) action!: string;
  @Field(() => [String]) changedFields!: string[];
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('ProgramViewerCapabilities', { description: 'What you may do with a program; the API applies the same rules to every change.' })
export class ProgramViewerCapabilitiesGql {
  @Field(() => Boolean, { description: 'Change its profile, parts and publication.' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Confirm the profile is still true today (published programs only).' }) verify!: boolean;
}

@ObjectType('Program', { description: 'A program that worked, as its host region tells it.' })
export class ProgramGql {
  @Field(() => ID) id!: number;
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) localName!: string | null;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => [ThemeEnum]) themes!: string[];
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true, description: 'The host’s English title; null when it wrote none (show `title`, marked as Indonesian).' }) titleEn!: string | null;
  @Field(() => String, { nullable: true, description: 'The host’s English summary; null when it wrote none.' }) summaryEn!: string | null;
  @Field(() => String) problem!: string;
  @Field(() => [String], { description: 'The approach, step by step, in order.' }) approachSteps!: string[];
  @Field(() => String, { nullable: true, description: 'e.g. "Keputusan Bupati Mukomuko Nomor 100-115 Tahun 2023".' }) legalBasis!: string | null;
  @Field(() => Int, { nullable: true }) startYear!: number | null;
  @Field(() => Int, { nullable: true }) endYear!: number | null;
  @Field(() => ProgramActivityEnum) activity!: string;
  @Field(() => PublicationStateEnum) publication!: string;
  @Field(() => Int, { nullable: true }) beneficiaries!: number | null;
  @Field(() => String, { nullable: true }) beneficiaryUnit!: string | null;
  @Field(() => Int, { nullable: true }) unitsBuilt!: number | null;
  @Field(() => BigIntScalar, { nullable: true }) totalBudgetRupiah!: bigint | null;
  @Field(() => BigIntScalar, { nullable: true }) unitCostRupiah!: bigint | null;
  @Field(() => String, { nullable: true }) unitCostUnit!: string | null;
  @Field(() => Date, { nullable: true }) lastVerifiedAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Int, { description: 'Send it back with every change: a change made on an older version is refused.' }) version!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('ProgramEdge')
export class ProgramEdgeGql {
  @Field(() => String) cursor!: string;
  @Field(() => ProgramGql) node!: object;
}

@ObjectType('ProgramConnection')
export class ProgramConnectionGql {
  @Field(() => [ProgramEdgeGql]) edges!: ProgramEdgeGql[];
  @Field(() => PageInfoGql) pageInfo!: PageInfoGql;
  countTotal!: () => Promise<number>;
}

@ObjectType('FundingShare')
export class FundingShareGql {
  @Field(() => FundingKindEnum) kind!: string;
  @Field(() => Float) percent!: number;
}

export const FigureBasisEnum = graphqlEnum(
  FIGURE_BASES,
  'FigureBasis',
  'Where a figure comes from: ENTERED by the host, or derived: TOTAL_BUDGET_BY_BENEFICIARIES (total budget ÷ beneficiaries, nearest rupiah), UNIT_COST_PER_BENEFICIARY (the unit cost, stated per beneficiary unit), UNIT_COST_TIMES_BENEFICIARIES (that unit cost × beneficiaries).',
);

@ObjectType('RupiahFigure', { description: 'An amount in whole rupiah and how it was obtained.' })
export class RupiahFigureGql {
  @Field(() => BigIntScalar) rupiah!: bigint;
  @Field(() => FigureBasisEnum) basis!: string;
  @Field(() => Boolean, { description: 'True when worked out from other figures rather than entered.' }) derived!: boolean;
}

@ObjectType('ProgramComparison', { description: 'A program with the figures that make programs comparable.' })
export class ProgramComparisonGql {
  @Field(() => ProgramGql) program!: object;
  @Field(() => RupiahFigureGql, { nullable: true, description: 'Always derived (see FigureBasis); null without its inputs.' })
  costPerBeneficiary!: RupiahFigureGql | null;
  @Field(() => RupiahFigureGql, { nullable: true, description: 'The total budget as entered, else derived when its inputs exist.' })
  totalBudget!: RupiahFigureGql | null;
  @Field(() => [FundingShareGql]) fundingMix!: FundingShareGql[];
  @Field(() => Int, { nullable: true }) yearsRunning!: number | null;
}
