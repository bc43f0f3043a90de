import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const REGENCY_KINDS = ['KOTA', 'KABUPATEN'] as const;
export type RegencyKind = (typeof REGENCY_KINDS)[number];

export const INDONESIAN_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type IndonesianTimeZone = (typeof INDONESIAN_TIME_ZONES)[number];

export const Province = defineEntity({
  name: 'Province',
  tableName: 'province',
  properties: {
    code: p.string().primary().length(2),
    name: p.string(),
    timeZone: p.enum([...INDONESIAN_TIME_ZONES]),
  },
});
export type Province = InferEntity<typeof Province>;

export const Regency = defineEntity({
  name: 'Regency',
  tableName: 'regency',
  properties: {
    code: p.string().primary().length(5),
    province: () => p.manyToOne(Province).ref().index(),
    name: p.string(),
    kind: p.enum([...REGENCY_KINDS]),
  },
});
export type Regency = InferEntity<typeof Regency>;
