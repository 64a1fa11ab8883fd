import { describe, expect, it } from 'vitest';
import { parseSource } from './parser.js';
import { firstBranchesWithLines, firstPreprocessorBranches } from './preprocessor-branches.js';

const BRACE_PER_BRANCH = [
  'int f(int a) {',
  '#ifdef _WIN32',
  '  if (win(a)) {',
  '#else',
  '  if (posix(a)) {',
  '#endif',
  '    return 1;',
  '  }',
  '  return 0;',
  '}',
  'int g(void) { return 2; }',
].join('\n');

describe('firstPreprocessorBranches', () => {
  it('blanks the directives and every branch after the first, keeping each line and its length', () => {
    const blanked = firstPreprocessorBranches(BRACE_PER_BRANCH);
    expect(blanked.length).toBe(BRACE_PER_BRANCH.length);
    expect(blanked.split('\n').map((line) => line.trim())).toEqual([
      'int f(int a) {',
      '',
      'if (win(a)) {',
      '',
      '',
      '',
      'return 1;',
      '}',
      'return 0;',
      '}',
      'int g(void) { return 2; }',
    ]);
  });

  it('blanks conditionals nested in a later branch, and directives continued over lines', () => {
    const source = [
      '#if A',
      'a();',
      '#elif B',
      '#if C',
      'c();',
      '#endif',
      '#endif',
      '#if D && \\',
      '  E',
      'd();',
      '#endif',
    ];
    expect(
      firstPreprocessorBranches(source.join('\n'))
        .split('\n')
        .map((line) => line.trim()),
    ).toEqual(['', 'a();', '', '', '', '', '', '', '', 'd();', '']);
    expect(firstBranchesWithLines(source.join('\n')).blankedLines).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 10]);
  });

  it('returns the source itself when it has no conditional', () => {
    const source = '#include <stdio.h>\n#define X 1\nint x;\n';
    expect(firstPreprocessorBranches(source)).toBe(source);
    expect(firstBranchesWithLines(source)).toEqual({ text: source, blankedLines: [] });
  });

  it('turns a file tree-sitter cannot parse into one it can', async () => {
    const broken = await parseSource('c', BRACE_PER_BRANCH);
    const fixed = await parseSource('c', firstPreprocessorBranches(BRACE_PER_BRANCH));
    try {
      expect(broken.rootNode.hasError).toBe(true);
      expect(fixed.rootNode.hasError).toBe(false);
      expect(fixed.rootNode.children.map((node) => node?.type)).toEqual(['function_definition', 'function_definition']);
    } finally {
      broken.delete();
      fixed.delete();
    }
  });
});
