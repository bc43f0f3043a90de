import { type graphql } from '../graphql';

/** The schema's Theme enum, so a theme the API adds or drops shows up here as a type error. */
type SchemaTheme = ReturnType<typeof graphql.scalar<'Theme'>>;

/** The API's Theme enum values, in the order the program form offers them. */
export const programThemes = [
  'HOUSING',
  'SLUM_UPGRADING',
  'EXTREME_POVERTY',
  'COMMUNITY_INFRASTRUCTURE',
  'DATA_AND_TARGETING',
  'HEALTH_AND_STUNTING',
  'ECONOMIC_EMPOWERMENT',
  'DISASTER_RESILIENCE',
] as const satisfies readonly SchemaTheme[];

export type ProgramTheme = (typeof programThemes)[number];

type Holds<Check extends true> = Check;
/** Compiles only while every theme of the schema is listed above. */
type _EverySchemaThemeListed = Holds<[SchemaTheme] extends [ProgramTheme] ? true : false>;
