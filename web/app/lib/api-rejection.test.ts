import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { explainApiErrors } from './api-rejection';

const t = createTranslator('en');

describe('explainApiErrors', () => {
  it('puts a field problem next to its field, translated when the form knows the rule', () => {
    const explained = explainApiErrors(
      [
        { code: 'BAD_USER_INPUT', message: 'The address "prolita" is already used by another program.', field: 'slug' },
        {
          code: 'BAD_USER_INPUT',
          message: 'title: title must be longer than or equal to 3 characters',
          field: 'title',
        },
      ],
      t,
      ['slug', 'title'],
      { slug: 'This address is taken.' }
    );
    expect(explained).toEqual({
      fieldErrors: {
        slug: 'This address is taken.',
        title: 'title: title must be longer than or equal to 3 characters',
      },
    });
  });

  it('reports a stale version with both numbers', () => {
    const explained = explainApiErrors(
      [
        {
          code: 'CONFLICT',
          message: 'changed by someone else',
          field: 'version',
          details: { expectedVersion: 4, actualVersion: 6 },
        },
      ],
      t,
      ['title']
    );
    expect(explained.staleVersion).toEqual({ expected: 4, actual: 6 });
    expect(explained.formError).toBe(t('apiError.CONFLICT'));
  });

  it('turns problems no field of the form owns into one translated message', () => {
    const explained = explainApiErrors(
      [{ code: 'FORBIDDEN', message: 'A draft program cannot be moved to draft.' }],
      t,
      ['title']
    );
    expect(explained).toEqual({ fieldErrors: {}, formError: 'You are not allowed to do this.' });
  });
});
