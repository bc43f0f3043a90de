import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ProgramGql } from '../programs';
import { RegencyType } from '../regions';
import { related } from '../db';
import { type RequestContext } from '../core';
import { type Adoption } from './adoption.entity';
import { type AdoptionCard } from './adoption-counts';
import { AdoptionGql, RecordAdoptionInput } from './adoption.types';
import { recordAdoption } from './adoptions.service';

@Resolver(() => AdoptionGql)
export class AdoptionsResolver {
  @Mutation(() => AdoptionGql, { description: 'Record (or advance) a region replicating a program.' })
  async recordAdoption(@Ctx() { em, viewer }: RequestContext, @Arg('input', () => RecordAdoptionInput) input: RecordAdoptionInput) {
    return recordAdoption(em, await viewer(), input);
  }

  @FieldResolver(() => RegencyType)
  adopterRegency(@Root() adoption: Adoption | AdoptionCard) {
    return related(adoption.adopterRegency);
  }

  @FieldResolver(() => ProgramGql)
  program(@Root() adoption: Adoption | Pick<AdoptionCard, 'program'>) {
    return related(adoption.program);
  }
}
