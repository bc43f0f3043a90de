export { adoptionCountsOf } from './adoption-counts';
export { Adoption } from './adoption.entity';
export { AdoptionsResolver } from './adoptions.resolver';
export { upsertAdoption } from './adoptions.service';
export { ProgramAdoptionsResolver, ProgramComparisonAdoptionsResolver } from './program-adoptions.resolver';
