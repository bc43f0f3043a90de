/**
 * A label whose values a client chooses (GraphQL operation names) gets at most `limit` distinct values per process;
 * later newcomers are counted as `other`, so a client inventing names cannot grow the registry without end.
 */
export function boundedLabel(limit: number): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= limit) return 'other';
    seen.add(value);
    return value;
  };
}

const STATEMENT_KINDS = new Set(['select', 'insert', 'update', 'delete', 'with', 'begin', 'commit', 'rollback']);

/** The kind of a SQL statement, from its first word: the statement's text (with its values) never becomes a label. */
export function statementKind(sql: string): string {
  const word = /^\s*([a-z]+)/i.exec(sql)?.[1]?.toLowerCase() ?? '';
  return STATEMENT_KINDS.has(word) ? word : 'other';
}
