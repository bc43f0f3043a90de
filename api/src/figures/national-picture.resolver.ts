import { Ctx, Query, Resolver } from 'type-graphql';
import { type RequestContext } from '../core';
import { nationalPicture } from './national-picture.service';
import { NationalPictureGql } from './national-picture.types';

@Resolver()
export class NationalPictureResolver {
  @Query(() => NationalPictureGql, { description: 'The national picture: per province, visits per month, most replicated programs; richer for coordinators and admins.' })
  async nationalPicture(@Ctx() { em, viewer }: RequestContext) {
    return nationalPicture(em, await viewer());
  }
}
