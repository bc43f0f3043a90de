import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { explainApiErrors, formMessageOf } from './api-rejection';

const en = createTranslator('en');
const id = createTranslator('id');

describe('explainApiErrors', () => {
  it('puts a field problem next to its field in the visitor’s language, never in the API’s English', () => {
    const errors = [
      { code: 'BAD_USER_INPUT', message: 'The address "prolita" is already used by another program.', field: 'slug' },
      { code: 'BAD_USER_INPUT', message: 'title must be longer than or equal to 3 characters', field: 'input.title' },
    ] as const;
    expect(explainApiErrors(errors, en, ['slug', 'title'])).toEqual({
      fieldErrors: {
        slug: 'This address is used by another program; choose another one.',
        title: 'This value was not accepted. Check it and try again.',
      },
    });
    expect(explainApiErrors(errors, id, ['slug', 'title']).fieldErrors).toEqual({
      slug: id('workspace.error.slugTaken'),
      title: 'Isian ini tidak diterima. Periksa lalu coba lagi.',
    });
  });

  it('prefers the page’s own message for a field', () => {
    const explained = explainApiErrors(
      [{ code: 'BAD_USER_INPUT', message: 'Say why, so the other side knows.', field: 'reason' }],
      en,
      ['reason'],
      { reason: 'Tell the delegation why.' }
    );
    expect(explained.fieldErrors).toEqual({ reason: 'Tell the delegation why.' });
  });

  it('places a missing regency or agency, and a nested field, next to the field it belongs to', () => {
    const explained = explainApiErrors(
      [
        { code: 'NOT_FOUND', message: 'Regency 99.99 not found', field: 'regencyCode' },
        { code: 'CONFLICT', message: 'An account with this e-mail already exists.', field: 'email' },
        { code: 'BAD_USER_INPUT', message: 'Give each participant a name', field: 'participants.2' },
      ],
      en,
      ['regencyCode', 'email', 'participants']
    );
    expect(explained).toEqual({
      fieldErrors: {
        regencyCode: 'There is no regency or city with this code.',
        email: 'An account with this e-mail address already exists.',
        participants: en('apiField.participants'),
      },
    });
  });

  it('puts what the API refuses in an outcome source next to the source field it names', () => {
    const fields = ['indicator', 'source.title', 'source.publishedOn', 'source.url'];
    const untitled = explainApiErrors([{ code: 'BAD_USER_INPUT', message: 'A source needs a title', field: 'source.title' }], id, fields);
    expect(untitled.fieldErrors).toEqual({ 'source.title': id('apiField.sourceTitle') });
    const late = explainApiErrors(
      [{ code: 'BAD_USER_INPUT', message: '"9999-12-31" is not a publication date', field: 'source.publishedOn' }],
      en,
      fields
    );
    expect(late.fieldErrors).toEqual({ 'source.publishedOn': 'This publication date was not accepted. Choose the real date, as YYYY-MM-DD.' });
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
      en,
      ['title']
    );
    expect(explained.staleVersion).toEqual({ expected: 4, actual: 6 });
    expect(explained.formError).toBe(en('apiError.CONFLICT'));
  });

  it('turns problems no field of the form owns into one translated message', () => {
    const explained = explainApiErrors(
      [{ code: 'FORBIDDEN', message: 'A draft program cannot be moved to draft.' }],
      en,
      ['title']
    );
    expect(explained).toEqual({ fieldErrors: {}, formError: 'You are not allowed to do this.' });
  });
});

describe('formMessageOf', () => {
  it('says how long to wait when the API is throttling', () => {
    const limited = { code: 'RATE_LIMITED', message: 'Too many', details: { retryAfterSeconds: 42 } } as const;
    expect(formMessageOf(limited, en)).toBe('Too many requests in a short time. Try again in 42 s.');
    expect(formMessageOf(limited, id)).toBe('Terlalu banyak permintaan dalam waktu singkat. Coba lagi dalam 42 detik.');
    const locked = {
      code: 'TOO_MANY_FAILED_SIGN_INS',
      message: 'Too many failed sign-ins. Wait 300 s',
      details: { retryAfterSeconds: 300 },
    } as const;
    expect(formMessageOf(locked, en)).toBe('Too many failed sign-ins. Try again in 5 min.');
  });

  it('falls back to the plain message when no wait is given', () => {
    expect(formMessageOf({ code: 'RATE_LIMITED', message: 'x' }, en)).toBe(en('apiError.RATE_LIMITED'));
  });

  it.each(['QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'BATCH_TOO_LARGE', 'BAD_REQUEST'] as const)(
    'asks to narrow a request refused as %s',
    (code) => {
      expect(formMessageOf({ code, message: 'limit' }, en)).toBe(en('apiError.QUERY_TOO_COMPLEX'));
    }
  );

  it.each(['PAYLOAD_TOO_LARGE', 'REQUEST_TIMEOUT', 'SERVICE_UNAVAILABLE'] as const)('translates %s', (code) => {
    expect(formMessageOf({ code, message: 'English from the API' }, id)).toBe(id(`apiError.${code}`));
  });
});
