import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printInputRules, readInputRules } from './input-rules';

describe('schema/input-rules.json', () => {
  it('is what the input classes declare today (run `npm run schema` after changing a limit)', async () => {
    const committed = await readFile(new URL('../../../schema/input-rules.json', import.meta.url), 'utf8');
    expect(committed).toBe(await printInputRules());
  });

  it('reads each decorator, inherited ones included, and the rules of every list item', async () => {
    const rules = await readInputRules();
    expect(rules.CreateProgramInput?.title).toEqual({ minLength: 3, maxLength: 300 });
    expect(rules.CreateProgramInput?.startYear).toEqual({ min: 1945, max: 2100 });
    expect(rules.ProgramFieldsInput?.approachSteps).toEqual({ arrayMaxSize: 30, each: { maxLength: 2000 } });
    expect(rules.InviteInput?.email).toEqual({ isEmail: true, maxLength: 254 });
    expect(rules.ContactInput?.phone?.pattern).toBe('^\\+?[0-9 ()-]{6,20}$');
    expect(rules.DocumentInput?.url?.urlProtocols).toEqual(['http', 'https']);
  });
});
