import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isOfficial, viewerCanEdit } from '../accounts';
import { AgencyGql } from '../agencies';
import { RegencyType } from '../regions';
import { type Card, related, relatedItems } from '../db';
import { type RequestContext } from '../core';
import { type Program, type ProgramContact, type ProgramOutcome, type PublicationState } from './program.entities';
import { outcomeSourceOf } from './outcome-source';
import { CreateProgramInput, ProgramFieldsInput, ProgramFilterInput } from './program.inputs';
import {
  ProgramComparisonGql,
  ProgramConnectionGql,
  ProgramContactGql,
  ProgramCostGql,
  ProgramDocumentGql,
  ProgramFundingGql,
  ProgramGql,
  ProgramViewerCapabilitiesGql,
  OutcomeSourceGql,
  ProgramOutcomeGql,
  ProgramPartnerGql,
  ProgramRevisionGql,
  PublicationStateEnum,
} from './program.types';
import { comparePrograms, encodeCursor, findVisibleProgram, listPrograms, type ProgramCard, revisionsVisibleTo } from './program-catalog.service';
import { createProgram, updateProgram, verifyProgram } from './program-editing.service';
import { changePublication } from './program-publication.service';
import { isStale } from './program-staleness';
import { canBeVerified, publicationMovesFrom } from './publication-moves';
import { requestedProgramRelations } from './program-populate';

/** Programs reach the field resolvers as entities or, from the catalog's read path, as cards. */
type ProgramView = Program | ProgramCard;

@Resolver(() => ProgramGql)
export class ProgramsResolver {
  @Query(() => ProgramConnectionGql, { description: 'Programs, newest first, as a Relay connection.' })
  async programs(
    @Ctx() { em, viewer }: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ProgramFilterInput, { nullable: true }) filter?: ProgramFilterInput,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ProgramConnectionGql> {
    const populate = requestedProgramRelations(info, ['edges', 'node']);
    const page = await listPrograms(em, await viewer(), filter ?? {}, first, after, populate);
    const edges = page.programs.map((program) => ({ cursor: encodeCursor(program.id), node: program }));
    return { edges, countTotal: page.countTotal, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Query(() => ProgramGql, { nullable: true, description: 'A published program, or one you may edit.' })
  async program(@Ctx() { em, viewer }: RequestContext, @Arg('slug', () => String) slug: string, @Info() info: GraphQLResolveInfo) {
    return findVisibleProgram(em, await viewer(), slug, requestedProgramRelations(info));
  }

  @Query(() => [ProgramComparisonGql], { description: 'Up to four programs side by side, in the order asked.' })
  async compare(@Ctx() { em, viewer, now }: RequestContext, @Arg('slugs', () => [String]) slugs: string[], @Info() info: GraphQLResolveInfo) {
    return comparePrograms(em, await viewer(), slugs, now, requestedProgramRelations(info, ['program']));
  }

  @Mutation(() => ProgramGql, { description: 'Create a draft program profile for a regency you edit for.' })
  async createProgram(@Ctx() { em, viewer }: RequestContext, @Arg('input', () => CreateProgramInput) input: CreateProgramInput) {
    return createProgram(em, await viewer(), input);
  }

  @Mutation(() => ProgramGql)
  async updateProgram(
    @Ctx() { em, viewer }: RequestContext,
    @Arg('slug', () => String) slug: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ProgramFieldsInput) input: ProgramFieldsInput,
  ) {
    return updateProgram(em, await viewer(), slug, version, input);
  }

  @Mutation(() => ProgramGql)
  async publishProgram(@Ctx() { em, viewer }: RequestContext, @Arg('slug', () => String) slug: string, @Arg('version', () => Int) version: number) {
    return changePublication(em, await viewer(), slug, version, 'PUBLISHED');
  }

  @Mutation(() => ProgramGql, { description: 'Take a published program back to draft.' })
  async unpublishProgram(@Ctx() { em, viewer }: RequestContext, @Arg('slug', () => String) slug: string, @Arg('version', () => Int) version: number) {
    return changePublication(em, await viewer(), slug, version, 'DRAFT');
  }

  @Mutation(() => ProgramGql)
  async archiveProgram(@Ctx() { em, viewer }: RequestContext, @Arg('slug', () => String) slug: string, @Arg('version', () => Int) version: number) {
    return changePublication(em, await viewer(), slug, version, 'ARCHIVED');
  }

  @Mutation(() => ProgramGql, { description: 'The host confirms the profile is still true today.' })
  async verifyProgram(@Ctx() { em, viewer, now }: RequestContext, @Arg('slug', () => String) slug: string, @Arg('version', () => Int) version: number) {
    return verifyProgram(em, await viewer(), slug, version, now);
  }

  @FieldResolver(() => RegencyType)
  hostRegency(@Root() program: ProgramView) {
    return related(program.hostRegency);
  }

  @FieldResolver(() => AgencyGql, { nullable: true })
  leadAgency(@Root() program: ProgramView) {
    return related(program.leadAgency);
  }

  @FieldResolver(() => Boolean, { description: 'Not verified by its host for 12 months: it may have stopped.' })
  isStale(@Root() program: ProgramView, @Ctx() { now }: RequestContext) {
    return isStale(program, now);
  }

  @FieldResolver(() => ProgramViewerCapabilitiesGql, { description: 'What you may do with this program.' })
  async viewerCan(@Root() program: ProgramView, @Ctx() { viewer }: RequestContext): Promise<ProgramViewerCapabilitiesGql> {
    const edit = viewerCanEdit(await viewer(), program);
    return { edit, verify: edit && canBeVerified(program.publication) };
  }

  @FieldResolver(() => [PublicationStateEnum], { description: 'The publication states you may move this program to; none when you may not edit it.' })
  async allowedPublicationMoves(@Root() program: ProgramView, @Ctx() { viewer }: RequestContext): Promise<PublicationState[]> {
    return viewerCanEdit(await viewer(), program) ? publicationMovesFrom(program.publication) : [];
  }

  @FieldResolver(() => [ProgramCostGql])
  costs(@Root() program: ProgramView) {
    return relatedItems(program.costs);
  }

  @FieldResolver(() => [ProgramFundingGql])
  funding(@Root() program: ProgramView) {
    return relatedItems(program.funding);
  }

  @FieldResolver(() => [ProgramOutcomeGql])
  outcomes(@Root() program: ProgramView) {
    return relatedItems(program.outcomes);
  }

  @FieldResolver(() => [ProgramPartnerGql])
  partners(@Root() program: ProgramView) {
    return relatedItems(program.partners);
  }

  @FieldResolver(() => [ProgramContactGql])
  contacts(@Root() program: ProgramView) {
    return relatedItems(program.contacts);
  }

  @FieldResolver(() => [ProgramDocumentGql])
  documents(@Root() program: ProgramView) {
    return relatedItems(program.documents);
  }

  @FieldResolver(() => [ProgramRevisionGql], { description: 'Change history; only for those who may edit the program.' })
  async revisions(@Root() program: ProgramView, @Ctx() { em, viewer }: RequestContext) {
    return revisionsVisibleTo(em, await viewer(), program);
  }
}

@Resolver(() => ProgramContactGql)
export class ProgramContactsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Only for signed-in officials.' })
  async phone(@Root() contact: Pick<ProgramContact, 'phone'>, @Ctx() { viewer }: RequestContext) {
    return isOfficial(await viewer()) ? contact.phone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only for signed-in officials.' })
  async email(@Root() contact: Pick<ProgramContact, 'email'>, @Ctx() { viewer }: RequestContext) {
    return isOfficial(await viewer()) ? contact.email : null;
  }

  @FieldResolver(() => AgencyGql, { nullable: true })
  agency(@Root() contact: ProgramContact | Card<ProgramContact>) {
    return related(contact.agency);
  }
}

@Resolver(() => ProgramOutcomeGql)
export class ProgramOutcomesResolver {
  @FieldResolver(() => OutcomeSourceGql, { nullable: true })
  source(@Root() outcome: ProgramOutcome | Card<ProgramOutcome>) {
    return outcomeSourceOf(outcome);
  }
}

@Resolver(() => ProgramConnectionGql)
export class ProgramConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many programs match the filter in all.' })
  totalCount(@Root() connection: ProgramConnectionGql) {
    return connection.countTotal();
  }
}
