import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type Card, related } from '../db';
import { type RequestContext } from '../core';
import { Province, Regency } from './region.entities';
import { ProvinceType, RegencyType } from './region.types';

@Resolver(() => RegencyType)
export class RegionsResolver {
  @Query(() => [ProvinceType], { description: 'All 38 provinces, by code.' })
  provinces(@Ctx() { em }: RequestContext) {
    return em.find(Province, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => [RegencyType], { description: "The kabupaten/kota of a province, or all 514 when no province is given." })
  regencies(@Ctx() { em }: RequestContext, @Arg('provinceCode', () => String, { nullable: true }) provinceCode?: string) {
    return em.find(Regency, provinceCode ? { province: provinceCode } : {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => RegencyType, { nullable: true })
  regency(@Ctx() { em }: RequestContext, @Arg('code', () => String) code: string) {
    return em.findOne(Regency, { code });
  }

  @FieldResolver(() => ProvinceType)
  province(@Root() regency: Regency | Card<Regency>) {
    return related(regency.province);
  }
}
