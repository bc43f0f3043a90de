export { adoptionCountsOf } from './adoption-counts';
export { Adoption, ADOPTION_STAGES, type AdoptionStage } from './adoption.entity';
export { AdoptionGql, AdoptionStageEnum } from './adoption.types';
export { AdoptionsResolver } from './adoptions.resolver';
export { advanceAdoption, upsertAdoption } from './adoptions.service';
export { ProgramAdoptionsResolver, ProgramComparisonAdoptionsResolver } from './program-adoptions.resolver';
