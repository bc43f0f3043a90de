export { headerMapOf } from './apollo-express';
export { loadConfig } from './config';
export { entities } from './entities';
export { configForEntryPoint } from './production-settings';
export { buildTiruSchema } from './schema';
export { startApi } from './start-api';
