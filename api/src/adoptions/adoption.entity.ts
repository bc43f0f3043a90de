import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Program } from '../programs';
import { Regency } from '../regions';

export const ADOPTION_STAGES = ['INTERESTED', 'PLANNING', 'ADOPTED', 'EVALUATED'] as const;
export type AdoptionStage = (typeof ADOPTION_STAGES)[number];

export const Adoption = defineEntity({
  name: 'Adoption',
  tableName: 'adoption',
  uniques: [{ properties: ['program', 'adopterRegency'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    program: () => p.manyToOne(Program).ref().index().deleteRule('cascade'),
    adopterRegency: () => p.manyToOne(Regency).ref().index(),
    stage: p.enum([...ADOPTION_STAGES]),
    year: p.integer(),
    notes: p.text().default(''),
    source: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type Adoption = InferEntity<typeof Adoption>;
