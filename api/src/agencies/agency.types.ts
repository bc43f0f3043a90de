import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../core';
import { AGENCY_TYPES } from './agency.entity';

export const AgencyTypeEnum = graphqlEnum(AGENCY_TYPES, 'AgencyType', 'What kind of body an agency (instansi) is.');

@ObjectType('Agency', { description: 'A government body or partner organisation (instansi): a Dinas, Bappeda, BAZNAS, a company, …' })
export class AgencyGql {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => AgencyTypeEnum) type!: string;
}
