import { type ClassType, Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { type RequestContext } from '../core';
import { ContactInput, CostInput, DocumentInput, FundingInput, OutcomeInput, PartnerInput } from './program.inputs';
import { ProgramGql } from './program.types';
import { addProgramPart, type PartInput, type ProgramPartKind, removeProgramPart, updateProgramPart } from './program-parts.service';

/**
 * add/update/remove mutations for one kind of profile part (costs, funding, outcomes, …). Each is a
 * versioned edit of the whole program, so it returns the program with its new version.
 */
function programPartResolver<Input extends object>(kind: ProgramPartKind, typeName: string, InputClass: ClassType<Input>) {
  @Resolver()
  class PartResolver {
    @Mutation(() => ProgramGql, { name: `addProgram${typeName}` })
    async add(
      @Ctx() { em, viewer }: RequestContext,
      @Arg('slug', () => String) slug: string,
      @Arg('version', () => Int) version: number,
      @Arg('input', () => InputClass) input: Input,
    ) {
      return (await addProgramPart(em, await viewer(), kind, slug, version, { ...input } as PartInput)).program;
    }

    @Mutation(() => ProgramGql, { name: `updateProgram${typeName}` })
    async update(
      @Ctx() { em, viewer }: RequestContext,
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int) version: number,
      @Arg('input', () => InputClass) input: Input,
    ) {
      return updateProgramPart(em, await viewer(), kind, Number(id), version, { ...input } as PartInput);
    }

    @Mutation(() => ProgramGql, { name: `removeProgram${typeName}` })
    async remove(@Ctx() { em, viewer }: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
      return removeProgramPart(em, await viewer(), kind, Number(id), version);
    }
  }
  Object.defineProperty(PartResolver, 'name', { value: `Program${typeName}Resolver` });
  return PartResolver;
}

export const programPartResolvers = [
  programPartResolver('cost', 'Cost', CostInput),
  programPartResolver('funding', 'Funding', FundingInput),
  programPartResolver('outcome', 'Outcome', OutcomeInput),
  programPartResolver('partner', 'Partner', PartnerInput),
  programPartResolver('contact', 'Contact', ContactInput),
  programPartResolver('document', 'Document', DocumentInput),
] as const;
