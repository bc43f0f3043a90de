import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ProvinceType, RegencyType } from '../regions';
import { type Card, related } from '../db';
import { type RequestContext } from '../core';
import { Agency } from './agency.entity';
import { AgencyGql } from './agency.types';

@Resolver(() => AgencyGql)
export class AgenciesResolver {
  @Query(() => [AgencyGql], { description: 'Agencies of a regency or a province (or all), by name.' })
  agencies(
    @Ctx() { em }: RequestContext,
    @Arg('regencyCode', () => String, { nullable: true }) regencyCode?: string,
    @Arg('provinceCode', () => String, { nullable: true }) provinceCode?: string,
  ) {
    const where = regencyCode ? { regency: regencyCode } : provinceCode ? { province: provinceCode } : {};
    return em.find(Agency, where, { orderBy: { name: 'asc' }, limit: 1000 });
  }

  @FieldResolver(() => RegencyType, { nullable: true })
  regency(@Root() agency: Agency | Card<Agency>) {
    return related(agency.regency);
  }

  @FieldResolver(() => ProvinceType, { nullable: true })
  province(@Root() agency: Agency | Card<Agency>) {
    return related(agency.province);
  }
}
