/** A value assigned to a name on one line: `name = "value"`, `"name": "value"`, `name: value`, `NAME=value`. */
export interface Assignment {
  /** The name as written, e.g. `this.apiKey`, `DB_PASSWORD`, `client-secret`. */
  name: string;
  value: string;
  /** 0-based index of the value's first character in the line. */
  index: number;
  quoted: boolean;
}

// name (optionally quoted, dotted), an optional type annotation (`apiKey: string =`), a separator, then a quoted
// or bare value (where `#` after a space starts a comment); `==`, `!=` and `<=` are comparisons and never match.
const ASSIGNMENT = new RegExp(
  [
    /(?<![\w$.-])(["'`]?)([A-Za-z_$@][\w$.@-]*)\1\]?/,
    /(?:\s*:\s*[A-Za-z_][\w.<>[\]|]*)?/,
    /\s*(:=|=>|=|:|<-)\s*(?![=>])/,
    /(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`([^`$\\]*)`|((?:[^\s"'`,;(){}[\]#]|(?<=\S)#)+))/,
  ]
    .map((part) => part.source)
    .join(''),
  'g',
);

/** Every assignment on a line, left to right. */
export function findAssignments(line: string): Assignment[] {
  const found: Assignment[] = [];
  for (const match of line.matchAll(ASSIGNMENT)) {
    const name = match[2] ?? '';
    const quotedValue = match[4] ?? match[5] ?? match[6];
    const value = quotedValue ?? match[7] ?? '';
    const offset = match[0].length - value.length - (quotedValue === undefined ? 0 : 1);
    found.push({ name, value, index: (match.index ?? 0) + offset, quoted: quotedValue !== undefined });
  }
  return found;
}

/**
 * A global anchor for lines that may assign to a name holding one of `words` as `normalizeName` sees it: any case, and
 * `-`, `_`, `$` or `@` allowed between the letters (`DB_PASS_WORD` holds `password`).
 */
export function nameWordsAnchor(words: readonly string[]): RegExp {
  return new RegExp(words.map((word) => [...word].join('[-_$@]*')).join('|'), 'gi');
}

/** The last segment of a name, lower-cased without separators: `this.db_Password` → `dbpassword`. */
export function normalizeName(name: string): string {
  const last = name.split('.').at(-1) ?? name;
  return last.toLowerCase().replace(/[^a-z0-9]/g, '');
}
