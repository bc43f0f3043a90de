import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type SimilarityBasis } from './similar-programs';
import { ProgramGql } from '../programs';
import { type RequestContext } from '../core';
import { type ProgramSearchSort } from './program-search-request';
import {
  reindexProgramsForAdmin,
  searchIndexStatusForAdmin,
  searchPrograms,
  similarPrograms,
  similarProgramsTo,
} from './search.service';
import { ProgramSearchFilterInput } from './search.inputs';
import { liveProgramIndex } from './search-runtime';
import { searchSuggestions } from './search-suggestions';
import { ProgramSearchResultGql, ProgramSearchSortEnum, ReindexResultGql, SearchIndexStatusGql, SearchSuggestionsGql } from './search.types';

const DEFAULT_SIMILAR = 4;

@Resolver()
export class SearchResolver {
  @Query(() => ProgramSearchResultGql, { description: 'Full-text search over published programs with typo tolerance, Indonesian synonyms and facets.' })
  searchPrograms(
    @Ctx() { em }: RequestContext,
    @Arg('query', () => String, { defaultValue: '', description: 'What the person typed; empty lists every program.' }) query: string,
    @Arg('filters', () => ProgramSearchFilterInput, { nullable: true }) filters: ProgramSearchFilterInput | null,
    @Arg('sort', () => ProgramSearchSortEnum, { defaultValue: 'RELEVANCE' }) sort: ProgramSearchSort,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20, description: 'At most 50; larger asks get 50.' }) pageSize: number,
  ) {
    return searchPrograms(em, liveProgramIndex(), { query, filters: filters ?? {}, sort, page, pageSize });
  }

  @Query(() => SearchSuggestionsGql, { description: 'Themes and example searches taken from the published catalog, so none leads to an empty result.' })
  searchSuggestions(@Ctx() { em }: RequestContext) {
    return searchSuggestions(em);
  }

  @Query(() => [ProgramGql], { description: 'Published programs most like this one (shared themes and words), for "see also" on a profile.' })
  async similarPrograms(
    @Ctx() { em, viewer }: RequestContext,
    @Arg('slug', () => String) slug: string,
    @Arg('limit', () => Int, { defaultValue: DEFAULT_SIMILAR, description: 'At most 12.' }) limit: number,
  ) {
    return similarPrograms(em, liveProgramIndex(), await viewer(), slug, limit);
  }

  @Query(() => SearchIndexStatusGql, { description: 'Administrators only.' })
  async searchIndexStatus(@Ctx() { em, viewer }: RequestContext) {
    return searchIndexStatusForAdmin(em, liveProgramIndex(), await viewer());
  }

  @Mutation(() => ReindexResultGql, {
    description: 'Administrators only: rebuild the search index from the database and swap it in atomically (what `npm run reindex` does).',
  })
  async reindexPrograms(@Ctx() { em, viewer }: RequestContext) {
    return reindexProgramsForAdmin(em, liveProgramIndex(), await viewer());
  }
}

@Resolver(() => ProgramGql)
export class ProgramSimilarityResolver {
  @FieldResolver(() => [ProgramGql], { description: 'Published programs most like this one (shared themes and words).' })
  similarPrograms(
    @Root() program: SimilarityBasis,
    @Ctx() { em }: RequestContext,
    @Arg('limit', () => Int, { defaultValue: DEFAULT_SIMILAR, description: 'At most 12.' }) limit: number,
  ) {
    return similarProgramsTo(em, liveProgramIndex(), program, limit);
  }
}
