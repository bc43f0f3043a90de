import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printSchemaWithDirectives } from './schema-printer';

describe('schema/schema.graphql', () => {
  it('is what the code prints today (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printSchemaWithDirectives());
  });
});
