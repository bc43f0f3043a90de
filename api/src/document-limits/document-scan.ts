import { Lexer, Source, TokenKind } from 'graphql';

export type DocumentScan = {
  /** Tokens read, up to the cap. */
  tokens: number;
  /** Whether the scan stopped at the cap (the counts are then lower bounds). */
  truncated: boolean;
  /** The most aliases in one definition. */
  aliases: number;
  /** The deepest selection nesting in one definition, not counting inside `__schema`. */
  depth: number;
  /** The most directives in one definition. */
  directives: number;
};

/**
 * Counts what the limits care about from the tokens alone, before anything is parsed: parsing and
 * validating a hostile document is the expensive part, so it must be refused by now. Outside
 * parentheses (arguments, variable definitions) a `:` can only follow an alias and a `{` can only
 * open a selection set, so the counts need no parser. Fragments are counted where they are defined,
 * not where they are spread: these are lower bounds, and the armor rules check the exact figures
 * after parsing.
 */
export function scanDocument(source: string, tokenCap: number): DocumentScan {
  const scan: DocumentScan = { tokens: 0, truncated: false, aliases: 0, depth: 0, directives: 0 };
  const lexer = new Lexer(new Source(source));
  let parentheses = 0;
  /** For each open selection set: whether it counts towards depth (not inside `__schema`). */
  const selectionSets: boolean[] = [];
  let countedDepth = 0;
  let inDefinition = { aliases: 0, directives: 0 };
  let insideIntrospection = false;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      scan.tokens += 1;
      if (scan.tokens > tokenCap) {
        scan.truncated = true;
        break;
      }
      if (token.kind === TokenKind.PAREN_L) parentheses += 1;
      else if (token.kind === TokenKind.PAREN_R) parentheses = Math.max(0, parentheses - 1);
      else if (token.kind === TokenKind.AT) inDefinition.directives += 1;
      else if (parentheses === 0 && token.kind === TokenKind.COLON) inDefinition.aliases += 1;
      else if (parentheses === 0 && token.kind === TokenKind.NAME && token.value === '__schema') insideIntrospection = true;
      else if (parentheses === 0 && token.kind === TokenKind.BRACE_L) {
        const counts = !insideIntrospection;
        selectionSets.push(counts);
        if (counts) countedDepth += 1;
        scan.depth = Math.max(scan.depth, countedDepth);
      } else if (parentheses === 0 && token.kind === TokenKind.BRACE_R) {
        if (selectionSets.pop()) countedDepth -= 1;
        if (!selectionSets.includes(false)) insideIntrospection = false;
        if (selectionSets.length === 0) {
          scan.aliases = Math.max(scan.aliases, inDefinition.aliases);
          scan.directives = Math.max(scan.directives, inDefinition.directives);
          inDefinition = { aliases: 0, directives: 0 };
        }
      }
    }
  } catch {
    // A document that does not lex is the parser's to report, with its position.
  }
  scan.aliases = Math.max(scan.aliases, inDefinition.aliases);
  scan.directives = Math.max(scan.directives, inDefinition.directives);
  return scan;
}
