import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { AccountsResolver, ViewerResolver } from '../accounts';
import { AccountLifecycleResolver } from '../account-lifecycle';
import { AdoptionsResolver } from '../adoptions';
import { ProgramAdoptionsResolver, ProgramComparisonAdoptionsResolver } from '../adoptions';
import { AgenciesResolver } from '../agencies';
import { AuditLogResolver } from '../audit';
import { HeadlineFiguresResolver, NationalPictureResolver } from '../figures';
import { programPartResolvers } from '../programs';
import { ProgramConnectionResolver, ProgramContactsResolver, ProgramOutcomesResolver, ProgramsResolver } from '../programs';
import { RegionsResolver } from '../regions';
import { ProgramSimilarityResolver, SearchResolver } from '../search';
import { mailOutboxResolver } from '../notifications';
import { HostCalendarCapabilitiesResolver, HostCalendarsResolver } from '../visits';
import { visitResolvers } from '../visits';
import { VisitDocumentsResolver } from '../visit-documents';
import { BigIntScalar } from '../core';
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
  AccountLifecycleResolver,
  HostCalendarsResolver,
  HostCalendarCapabilitiesResolver,
  ...visitResolvers,
  VisitDocumentsResolver,
  mailOutboxResolver(renderTiruMail),
  SearchResolver,
  ProgramSimilarityResolver,
  AuditLogResolver,
  HeadlineFiguresResolver,
  NationalPictureResolver,
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
