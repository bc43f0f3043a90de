import type { TestProject } from 'vitest/node';
import { createTestDatabaseTemplate, type TestDatabaseKind } from './test-database';

const kinds: Record<string, TestDatabaseKind> = { 'db:pglite': 'pglite', 'db:postgresql': 'postgresql' };

/** One migrated template database per database project and run; test files clone it (createMigratedTestDatabase). */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const kind = kinds[project.name];
  if (!kind) return undefined;
  const { template, drop } = await createTestDatabaseTemplate(kind);
  project.provide('testDatabaseTemplate', template);
  return drop;
}
