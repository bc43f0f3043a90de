export { CatalogGeneration } from './catalog-generation.entity';
export { encodeCursor, findVisibleProgram } from './program-catalog.service';
export { programPartResolvers } from './program-parts.resolver';
export { FUNDING_KINDS, type FundingKind, Program, ProgramContact, ProgramCost, ProgramDocument, ProgramFunding, ProgramOutcome, ProgramPartner, ProgramRevision, type Theme, THEMES } from './program.entities';
export { FundingKindEnum, ProgramComparisonGql, ProgramGql, ThemeEnum } from './program.types';
export { ProgramConnectionResolver, ProgramContactsResolver, ProgramOutcomesResolver, ProgramsResolver } from './programs.resolver';
export { isStale } from './program-staleness';
