/** The API's enum values in the order people read them (the schema lists them alphabetically). */
export const fundingKinds = [
  'APBN',
  'APBD_PROVINCE',
  'APBD',
  'VILLAGE_FUND',
  'ZAKAT_INFAQ',
  'CSR',
  'SWADAYA',
  'OTHER',
] as const;
export type FundingKind = (typeof fundingKinds)[number];

export const adoptionStages = ['INTERESTED', 'PLANNING', 'ADOPTED', 'EVALUATED'] as const;
export type AdoptionStage = (typeof adoptionStages)[number];

/** One colour per funding source, each at least 3:1 against white so chart segments stay distinguishable. */
export const fundingColours: Record<FundingKind, string> = {
  APBN: '#1e4f8a',
  APBD_PROVINCE: '#5b3f99',
  APBD: '#0b5c55',
  VILLAGE_FUND: '#1d6b34',
  ZAKAT_INFAQ: '#a63d12',
  CSR: '#8a5a00',
  SWADAYA: '#9b2c5a',
  OTHER: '#5b6472',
};
