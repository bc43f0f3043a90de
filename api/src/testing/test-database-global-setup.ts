import type { TestProject } from 'vitest/node';
import { createTestDatabaseTemplate, testDatabaseKind, type TestDatabaseKind } from './test-database';

const kinds: Record<string, TestDatabaseKind> = { 'db:pglite': 'pglite', 'db:postgresql': 'postgresql' };

/**
 * One migrated template database per database project and run; test files clone it (createMigratedTestDatabase).
 * The API's unit project needs none; another package's tests (seeds) get one of the kind TIRU_TEST_DB names.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (project.name === 'unit') return undefined;
  const kind = kinds[project.name] ?? testDatabaseKind();
  const { template, drop } = await createTestDatabaseTemplate(kind);
  project.provide('testDatabaseTemplate', template);
  return drop;
}
