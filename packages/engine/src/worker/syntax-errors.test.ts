import { describe, expect, it } from 'vitest';
import type { LanguageId } from '../languages/registry.js';
import { parseSource } from '../parse/parser.js';
import { firstBranchesWithLines } from '../parse/preprocessor-branches.js';
import { parseFile, RETRY_REACH_LINES, retryMayWin } from './parse-file.js';
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

const BRACE_PER_BRANCH =
  'int f(int a) {\n#ifdef W\n  if (a) {\n#else\n  if (!a) {\n#endif\n    return 1;\n  }\n  return 0;\n}\n';

describe('parseFile', () => {
  it('parses a C file again from the first preprocessor branches when that gives fewer errors', async () => {
    const source = BRACE_PER_BRANCH;
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

describe('retryMayWin', () => {
  const guarded = (gap: number) =>
    ['#ifndef X_H', '#define X_H', ...Array.from({ length: gap }, (_, n) => `int v${n};`), 'int bad = 1 +;']
      .concat(
        Array.from({ length: gap }, (_, n) => `int w${n};`),
        '#endif',
      )
      .join('\n');

  it('is false when every error lies beyond RETRY_REACH_LINES of a blanked line; parseFile keeps it', async () => {
    const gap = RETRY_REACH_LINES + 5;
    const source = guarded(gap);
    const { blankedLines } = firstBranchesWithLines(source);
    const tree = await parseSource('c', source);
    const parsed = await parseFile('c', source);
    try {
      expect(blankedLines).toEqual([0, 2 * gap + 3]);
      expect(retryMayWin(tree, blankedLines)).toBe(false);
      expect(parsed.errorShare).toBe(syntaxErrorShare(tree, source));
      expect(parsed.errorShare).toBeGreaterThan(0);
    } finally {
      tree.delete();
      parsed.tree.delete();
    }
  });

  it('is true when an error lies near a blanked line', async () => {
    for (const source of [guarded(3), BRACE_PER_BRANCH]) {
      const tree = await parseSource('c', source);
      try {
        expect(retryMayWin(tree, firstBranchesWithLines(source).blankedLines)).toBe(true);
      } finally {
        tree.delete();
      }
    }
  });
});
