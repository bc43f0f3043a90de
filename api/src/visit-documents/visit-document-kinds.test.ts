import { describe, expect, it } from 'vitest';
import { documentKindsOf, parseDocumentName, visitDocumentPath, VISIT_DOCUMENT_KINDS } from './visit-document-kinds';

describe('documentKindsOf', () => {
  it.each([
    { state: 'REQUESTED', hostHasAnswered: false, kinds: ['REQUEST_LETTER'] },
    { state: 'ACCEPTED', hostHasAnswered: true, kinds: ['REQUEST_LETTER', 'HOST_REPLY'] },
    { state: 'DECLINED', hostHasAnswered: true, kinds: ['REQUEST_LETTER', 'HOST_REPLY'] },
    { state: 'RESCHEDULE_PROPOSED', hostHasAnswered: true, kinds: ['REQUEST_LETTER', 'HOST_REPLY'] },
    { state: 'CONFIRMED', hostHasAnswered: true, kinds: ['REQUEST_LETTER', 'HOST_REPLY'] },
    { state: 'COMPLETED', hostHasAnswered: true, kinds: ['REQUEST_LETTER', 'HOST_REPLY', 'TRIP_REPORT'] },
    { state: 'CANCELLED', hostHasAnswered: false, kinds: ['REQUEST_LETTER'] },
    { state: 'CANCELLED', hostHasAnswered: true, kinds: ['REQUEST_LETTER', 'HOST_REPLY'] },
  ] as const)('$state (answered: $hostHasAnswered) has $kinds', ({ state, hostHasAnswered, kinds }) => {
    expect(documentKindsOf({ state, hostHasAnswered })).toEqual(kinds);
  });
});

describe('document names', () => {
  it('reads back every path it writes', () => {
    for (const kind of VISIT_DOCUMENT_KINDS) {
      for (const language of ['id', 'en'] as const) {
        const name = visitDocumentPath('v', kind, language).split('/').at(-1)!;
        expect(parseDocumentName(name)).toEqual({ kind, language });
      }
    }
  });

  it.each(['request-letter.fr.pdf', 'request-letter.id', 'REQUEST-LETTER.id.pdf', 'letter.id.pdf', '../request-letter.id.pdf', 'request-letter.id.pdf\u0000', ''])(
    'refuses %j',
    (name) => {
      expect(parseDocumentName(name)).toBeNull();
    },
  );
});
