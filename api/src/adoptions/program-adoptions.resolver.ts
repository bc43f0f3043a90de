import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../core';
import { ProgramComparisonGql, ProgramGql } from '../programs';
import { AdoptionGql } from './adoption.types';
import { adoptionCountOf, adoptionsOf } from './adoption-counts';

/** What adoptions add to a program: programs know nothing of who replicates them. */
@Resolver(() => ProgramGql)
export class ProgramAdoptionsResolver {
  @FieldResolver(() => [AdoptionGql], { description: 'Regions that learned from this program, and how far they got.' })
  async adoptions<P extends { id: number }>(@Root() program: P, @Ctx() { em }: RequestContext) {
    // A card names its program by id only: the program is the one being resolved.
    return (await adoptionsOf(em, program)).map((adoption) => ({ ...adoption, program }));
  }

  @FieldResolver(() => Int, { description: 'Distinct kabupaten/kota replicating this program, at any stage.' })
  adoptionCount(@Root() program: { id: number }, @Ctx() { em }: RequestContext) {
    return adoptionCountOf(em, program);
  }
}

@Resolver(() => ProgramComparisonGql)
export class ProgramComparisonAdoptionsResolver {
  @FieldResolver(() => Int, { description: 'Distinct kabupaten/kota replicating the program, at any stage.' })
  adoptionCount(@Root() comparison: { program: { id: number } }, @Ctx() { em }: RequestContext) {
    return adoptionCountOf(em, comparison.program);
  }
}
