import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costVariablesOf, memoizedQueryCost, queryCost } from './query-cost';

const schema = buildSchema(`
  type Item { name: String, parts(limit: Int): [Item] }
  type Query { items(first: Int, text: String): [Item] }
`);

const LIST = parse(`
  query List($first: Int = 10, $text: String, $withParts: Boolean!, $partLimit: Int) {
    items(first: $first, text: $text) { name parts(limit: $partLimit) @include(if: $withParts) { name } }
  }
`);

describe('query cost per document', () => {
  it('depends only on page sizes and @skip/@include conditions', () => {
    expect(costVariablesOf(LIST)).toEqual(['first', 'partLimit', 'withParts']);
  });

  it('answers as the full count does, for each page size and condition, whatever the other variables', () => {
    const costOf = memoizedQueryCost(schema);
    const requests: Record<string, unknown>[] = [
      { first: 50, text: 'bedah rumah', withParts: true, partLimit: 5 },
      { first: 50, text: 'prolita', withParts: true, partLimit: 5 },
      { first: 2, text: 'prolita', withParts: true, partLimit: 5 },
      { first: 2, text: 'prolita', withParts: false, partLimit: 5 },
      { text: 'prolita', withParts: false },
      { first: null, text: 'prolita', withParts: false },
    ];
    const costs = requests.map((variables) => costOf(LIST, variables, 'List'));
    expect(costs).toEqual(requests.map((variables) => queryCost(schema, LIST, variables, 'List')));
    expect(new Set(costs).size).toBe(5);
  });

  it('keeps the count of variables that do not fit the operation undefined', () => {
    const costOf = memoizedQueryCost(schema);
    expect(costOf(LIST, { first: 'fifty', withParts: true }, 'List')).toBeUndefined();
    expect(costOf(LIST, { first: 3, withParts: true }, 'List')).toBeGreaterThan(0);
  });
});
