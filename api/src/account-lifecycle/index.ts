export { AccountLifecycleResolver } from './account-lifecycle.resolver';
