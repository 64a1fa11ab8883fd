import { describe, expect, it } from 'vitest';
import type { LanguageId } from '../languages/registry.js';
import { parseSource } from '../parse/parser.js';
import { parseFile } from './parse-file.js';
import { syntaxErrorShare } from './syntax-errors.js';

async function shareOf(language: LanguageId, source: string): Promise<number> {
  const tree = await parseSource(language, source);
  try {
    return syntaxErrorShare(tree, source);
  } finally {
    tree.delete();
  }
}

const FUNCTIONS = Array.from({ length: 10 }, (_, index) => `f${index}() {\n  echo "$1" \`date\`\n}\n`).join('');

describe('syntaxErrorShare', () => {
  it('is 0 for a clean tree and over half for text in another language', async () => {
    expect(await shareOf('shell', FUNCTIONS)).toBe(0);
    expect(await shareOf('python', '}}} ))) ]]] @@@ ::: !!!\n'.repeat(20))).toBeGreaterThan(0.9);
  });

  it('counts the tokens a misread construct swallows', async () => {
    // zsh's `=( … )` makes the bash grammar read every line after it as one string.
    const source = `if (( $+commands[x] )); then\n  () {\n    cp -f -- =( x ) "$T"\n  } &|\nfi\n${FUNCTIONS}`;
    expect(await shareOf('shell', source)).toBeGreaterThan(0.5);
  });

  it('does not count the whole functions an ERROR node holds after one line the grammar cannot read', async () => {
    // A zsh-only line: the bash grammar wraps the whole file in one ERROR node.
    const source = `if ! (( $+commands[x] )); then\n  return\nfi\n${FUNCTIONS}`;
    const tree = await parseSource('shell', source);
    try {
      expect(tree.rootNode.type).toBe('ERROR');
      const share = syntaxErrorShare(tree, source);
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThan(0.1);
    } finally {
      tree.delete();
    }
  });
});

describe('parseFile', () => {
  it('parses a C file again from the first preprocessor branches when that gives fewer errors', async () => {
    const source =
      'int f(int a) {\n#ifdef W\n  if (a) {\n#else\n  if (!a) {\n#endif\n    return 1;\n  }\n  return 0;\n}\n';
    const parsed = await parseFile('c', source);
    try {
      expect(parsed.errorShare).toBe(0);
      expect(parsed.tree.rootNode.hasError).toBe(false);
    } finally {
      parsed.tree.delete();
    }
  });

  it('keeps the one parse of a clean file', async () => {
    const source = '#ifdef W\nint a;\n#else\nint b;\n#endif\n';
    const parsed = await parseFile('c', source);
    try {
      expect(parsed.errorShare).toBe(0);
      expect(parsed.tree.rootNode.text).toBe(source);
    } finally {
      parsed.tree.delete();
    }
  });
});
