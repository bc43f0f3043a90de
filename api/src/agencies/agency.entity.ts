import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Province, Regency } from '../regions';

export const AGENCY_TYPES = [
  'CITY_GOVERNMENT',
  'REGENCY_GOVERNMENT',
  'PROVINCIAL_GOVERNMENT',
  'DINAS',
  'BAPPEDA',
  'BAZNAS',
  'SOE_CSR',
  'PRIVATE_COMPANY',
  'POLICE_MILITARY',
  'DPRD',
  'COMMUNITY_ORGANISATION',
  'CENTRAL_GOVERNMENT',
  'OTHER',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const Agency = defineEntity({
  name: 'Agency',
  tableName: 'agency',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    name: p.string().length(300),
    type: p.enum([...AGENCY_TYPES]),
    regency: () => p.manyToOne(Regency).ref().nullable().index(),
    province: () => p.manyToOne(Province).ref().nullable().index(),
  },
});
export type Agency = InferEntity<typeof Agency>;
