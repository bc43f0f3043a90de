import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_LIMITS, documentProblem } from './document-limits';
import { scanDocument } from './document-scan';

const scan = (document: string, cap = 10_000) => scanDocument(document, cap);

describe('scanDocument', () => {
  it('counts aliases outside parentheses only', () => {
    expect(scan('{ a: program(slug: "x") { b: title } c: __typename }').aliases).toBe(3);
    expect(scan('query($v: Int = 1) { programs(filter: { theme: HOUSING }, first: $v) { totalCount } }').aliases).toBe(0);
  });

  it('measures selection depth, leaving introspection out', () => {
    expect(scan('{ a { b { c } } }').depth).toBe(3);
    expect(scan('{ programs(filter: { theme: HOUSING }) { totalCount } }').depth).toBe(2);
    expect(scan('{ __schema { types { fields { type { ofType { name } } } } } x { y } }').depth).toBe(2);
  });

  it('counts per definition, so two small operations do not add up', () => {
    const result = scan('query A { a: x b: x } query B { c: x d: x @skip(if: true) }');
    expect(result).toMatchObject({ aliases: 2, directives: 1 });
  });

  it('stops at the cap and says so', () => {
    const result = scan(`{ ${'x '.repeat(100)} }`, 50);
    expect(result).toMatchObject({ tokens: 51, truncated: true });
  });

  it('leaves a document that does not lex to the parser', () => {
    expect(scan('{ "unterminated }')).toMatchObject({ tokens: 1, truncated: false });
  });
});

describe('documentProblem', () => {
  it('lets the standard introspection query through', () => {
    expect(documentProblem(scan(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true })), DEFAULT_DOCUMENT_LIMITS)).toBeUndefined();
  });

  it('names the most specific limit first', () => {
    const aliases = Array.from({ length: 10_000 }, (_, index) => `a${index}: __typename`).join(' ');
    expect(documentProblem(scanDocument(`{ ${aliases} }`, 40_000), DEFAULT_DOCUMENT_LIMITS)).toMatchObject({ code: 'TOO_MANY_ALIASES' });
    expect(documentProblem(scan(`{ ${'x '.repeat(3_000)} }`), DEFAULT_DOCUMENT_LIMITS)).toMatchObject({ code: 'TOO_MANY_TOKENS', message: 'Token limit of 2000 exceeded, found 3002.' });
  });
});
