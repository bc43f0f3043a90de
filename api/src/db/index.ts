export { withAdvisoryLock } from './advisory-lock';
export { type Card, related, relatedItems, selectCards } from './entity-cards';
export { type DatabaseTarget, databaseTargetFrom, migrateUnderLock, openMigratedOrm, openOrm, openOrmForEnvironment, type Orm, type OrmOptions, pgliteStartParams, SchemaNotCurrent } from './orm';
export { refreshEmbeddedPlannerStatistics } from './planner-statistics';
export { executeStatement, selectRows } from './raw-sql';
export { loaderPerUnitOfWork } from './unit-of-work-loader';
