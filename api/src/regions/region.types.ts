import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../core';
import { REGENCY_KINDS } from './region.entities';

export const RegencyKindEnum = graphqlEnum(REGENCY_KINDS, 'RegencyKind', 'KOTA (city) or KABUPATEN (regency).');

@ObjectType('Province', { description: 'One of the 38 provinces, with its Kemendagri code (e.g. "16" Sumatera Selatan).' })
export class ProvinceType {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'IANA time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).' })
  timeZone!: string;
}

@ObjectType('Regency', { description: 'A kabupaten or kota, with its Kemendagri code (e.g. "16.74" Kota Prabumulih).' })
export class RegencyType {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => RegencyKindEnum) kind!: string;
}
