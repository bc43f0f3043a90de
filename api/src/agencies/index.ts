export { AgenciesResolver } from './agencies.resolver';
export { Agency } from './agency.entity';
export { AgencyGql } from './agency.types';
