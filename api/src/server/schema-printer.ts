import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildTiruSchema } from './schema';

const HEADER = '# Generated from the type-graphql code by `npm run schema`. Do not edit by hand.\n\n';

/** The committed SDL: sorted, so the file changes only when the API does. */
export async function printSchemaWithDirectives(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildTiruSchema())) + '\n';
}
