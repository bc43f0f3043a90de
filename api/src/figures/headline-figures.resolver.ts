import { Ctx, Query, Resolver } from 'type-graphql';
import { type RequestContext } from '../core';
import { headlineFigures } from './headline-figures.service';
import { HeadlineFiguresGql } from './headline-figures.types';

@Resolver()
export class HeadlineFiguresResolver {
  @Query(() => HeadlineFiguresGql, { description: 'The counts the home page leads with, each of one kind of thing.' })
  headlineFigures(@Ctx() { em }: RequestContext) {
    return headlineFigures(em);
  }
}
