import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { AccountsResolver, ViewerResolver } from '../accounts/accounts.resolver';
import { AdoptionsResolver } from '../adoptions/adoptions.resolver';
import { ProgramAdoptionsResolver, ProgramComparisonAdoptionsResolver } from '../adoptions/program-adoptions.resolver';
import { AgenciesResolver } from '../agencies/agencies.resolver';
import { AuditLogResolver } from '../audit/audit-log.resolver';
import { HeadlineFiguresResolver } from '../figures/headline-figures.resolver';
import { programPartResolvers } from '../programs/program-parts.resolver';
import { ProgramConnectionResolver, ProgramContactsResolver, ProgramOutcomesResolver, ProgramsResolver } from '../programs/programs.resolver';
import { RegionsResolver } from '../regions/regions.resolver';
import { ProgramSimilarityResolver, SearchResolver } from '../search/search.resolver';
import { mailOutboxResolver } from '../notifications/mail-outbox.resolver';
import { HostCalendarCapabilitiesResolver, HostCalendarsResolver } from '../visits/host-calendars.resolver';
import { visitResolvers } from '../visits/visits.resolver';
import { BigIntScalar } from '../core/bigint-scalar';
import { renderTiruMail } from './mail-templates';
import { requireSignInForMutations } from './mutation-guard';

const resolvers = [
  RegionsResolver,
  AgenciesResolver,
  ProgramsResolver,
  ProgramContactsResolver,
  ProgramOutcomesResolver,
  ProgramConnectionResolver,
  ...programPartResolvers,
  AdoptionsResolver,
  ProgramAdoptionsResolver,
  ProgramComparisonAdoptionsResolver,
  AccountsResolver,
  ViewerResolver,
  HostCalendarsResolver,
  HostCalendarCapabilitiesResolver,
  ...visitResolvers,
  mailOutboxResolver(renderTiruMail),
  SearchResolver,
  ProgramSimilarityResolver,
  AuditLogResolver,
  HeadlineFiguresResolver,
] as const;

/** Built once per process: type-graphql reflection is far too slow to run per request. */
export async function buildTiruSchema() {
  const schema = await buildSchema({
    resolvers,
    scalarsMap: [{ type: BigInt, scalar: BigIntScalar }],
    validate: { skipMissingProperties: true, forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return requireSignInForMutations(schema);
}
