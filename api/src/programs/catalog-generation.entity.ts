import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * One row whose `generation` a trigger raises with every statement that writes `program` or `program_funding`
 * (migration `catalog_generation`). It becomes visible with the write's commit, on every replica at once, so
 * the catalog's cached totals (`program-counts.ts`) know when they are stale without any process telling them.
 */
export const CatalogGeneration = defineEntity({
  name: 'CatalogGeneration',
  tableName: 'catalog_generation',
  properties: {
    id: p.integer().primary(),
    generation: p.bigint('number'),
  },
});
export type CatalogGeneration = InferEntity<typeof CatalogGeneration>;
