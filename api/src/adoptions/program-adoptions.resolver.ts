import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../core';
import { ProgramComparisonGql, ProgramGql } from '../programs';
import { AdoptionGql } from './adoption.types';
import { adoptionCountsOf, adoptionsOf } from './adoption-counts';

/** What adoptions add to a program: programs know nothing of who replicates them. */
@Resolver(() => ProgramGql)
export class ProgramAdoptionsResolver {
  @FieldResolver(() => [AdoptionGql], { description: 'Regions that learned from this program, and how far they got.' })
  adoptions(@Root() program: { id: number }, @Ctx() { em }: RequestContext) {
    return adoptionsOf(em, program);
  }

  @FieldResolver(() => Int, { description: 'Distinct kabupaten/kota replicating this program, at any stage.' })
  async adoptionCount(@Root() program: { id: number }, @Ctx() { em }: RequestContext) {
    return (await adoptionCountsOf(em, [program.id])).get(program.id) ?? 0;
  }
}

@Resolver(() => ProgramComparisonGql)
export class ProgramComparisonAdoptionsResolver {
  @FieldResolver(() => Int, { description: 'Distinct kabupaten/kota replicating the program, at any stage.' })
  async adoptionCount(@Root() comparison: { program: { id: number } }, @Ctx() { em }: RequestContext) {
    return (await adoptionCountsOf(em, [comparison.program.id])).get(comparison.program.id) ?? 0;
  }
}
