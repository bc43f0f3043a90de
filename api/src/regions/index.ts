export { loadIndonesiaRegions, type RegencySeed } from './indonesia-regions';
export { upsertReferenceRegions } from './reference-regions';
export { type IndonesianTimeZone, Province, Regency } from './region.entities';
export { ProvinceType, RegencyType } from './region.types';
export { RegionsResolver } from './regions.resolver';
