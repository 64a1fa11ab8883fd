import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../parse/parser.js';
import { languageFromExtension } from '../walk/detect-language.js';
import { countLines } from './sloc.js';

const fixture = (name: string) => new URL(`../../test-fixtures/sloc/${name}`, import.meta.url);

async function count(name: string) {
  const language = languageFromExtension(name);
  if (!language) throw new Error(`no language for ${name}`);
  const source = readFileSync(fixture(name), 'utf8');
  const tree = await parseSource(language, source);
  try {
    return countLines(tree, source, language);
  } finally {
    tree.delete();
  }
}

// Expected counts are cloc 1.96's on the same files (`cloc --by-file test-fixtures/sloc`), except where noted.
const CASES: [file: string, code: number, comment: number, blank: number][] = [
  ['a.c', 5, 2, 1],
  ['a.cpp', 4, 2, 1],
  ['a.java', 3, 4, 1],
  ['a.php', 4, 3, 0],
  ['a.py', 5, 5, 3],
  ['a.rb', 3, 4, 1],
  ['a.rs', 3, 3, 0],
  ['a.scala', 3, 3, 1],
  ['a.sh', 3, 1, 1],
  ['a.ts', 3, 2, 1],
  // cloc reads `// inside raw string` in a Go raw string as a comment (code 3, comment 5); the tree knows better.
  ['a.go', 4, 4, 1],
  // Same for the `// not a comment` line inside a JavaScript template literal (cloc: code 3, comment 4).
  ['a.js', 4, 3, 1],
];

describe('countLines', () => {
  it.each(CASES)('%s has %i code, %i comment and %i blank lines', async (file, code, comment, blank) => {
    expect(await count(file)).toEqual({ code, comment, blank });
  });

  it('counts a line holding code and a comment as code, and a file without a final newline', async () => {
    const tree = await parseSource('c', 'int x; /* c */\n/* only */\n\nint y;');
    expect(countLines(tree, 'int x; /* c */\n/* only */\n\nint y;', 'c')).toEqual({ code: 2, comment: 1, blank: 1 });
    tree.delete();
  });

  it('counts blank lines inside a block comment as blank, as cloc does', async () => {
    const source = '/* a\n\n   b */\nint z;\n';
    const tree = await parseSource('c', source);
    expect(countLines(tree, source, 'c')).toEqual({ code: 1, comment: 2, blank: 1 });
    tree.delete();
  });
});
