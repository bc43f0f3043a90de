/** The API's ProgramTheme enum values, in the order the home page lists them. */
export const programThemes = [
  'HOUSING',
  'SLUM_UPGRADING',
  'EXTREME_POVERTY',
  'COMMUNITY_INFRASTRUCTURE',
  'DATA_AND_TARGETING',
  'HEALTH_AND_STUNTING',
  'ECONOMIC_EMPOWERMENT',
  'DISASTER_RESILIENCE',
] as const;

export type ProgramTheme = (typeof programThemes)[number];
