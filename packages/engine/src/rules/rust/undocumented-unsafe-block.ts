import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** The statement or item that holds the block: its comment lines sit above it. */
function enclosingStatement(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (
    current.parent &&
    current.parent.type !== 'block' &&
    current.parent.type !== 'source_file' &&
    current.parent.type !== 'declaration_list'
  )
    current = current.parent;
  return current;
}

/**
 * Whether a `SAFETY:` comment sits in the comment lines above the statement,
 * on its lines up to the block, or at the top of a multi-line block.
 */
function hasSafetyComment(lines: readonly string[], statementRow: number, block: SyntaxNode): boolean {
  const blockRow = block.startPosition.row;
  const nearby = lines.slice(statementRow, block.endPosition.row > blockRow ? blockRow + 2 : blockRow + 1);
  for (let row = statementRow - 1; row >= 0; row--) {
    const line = lines[row]?.trim() ?? '';
    if (!line.startsWith('//') && !line.startsWith('/*') && !line.startsWith('*') && !line.startsWith('#[')) break;
    nearby.push(line);
  }
  return nearby.some((line) => /\bSAFETY\b/i.test(line) && /\/\/|\/\*|^\s*\*/.test(line));
}

export const rule: Rule = {
  meta: {
    id: 'rust/undocumented-unsafe-block',
    equivalents: { clippy: ['undocumented_unsafe_blocks', 'restriction'] },
    tool: 'plumb',
    language: 'rust',
    category: 'Safety',
    // Tests and benchmarks exercise unsafe APIs; SAFETY comments document shipped code.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['security', 'documentation'],
    remediationMinutes: 10,
    docs: {
      whatItFinds:
        'An `unsafe { }` block with no `// SAFETY:` comment above ' +
        'it or at its top (Clippy `undocumented_unsafe_blocks`).',
      whyItMatters:
        'The compiler stops checking memory safety inside `unsafe`; the comment records which invariant makes ' +
        'the code sound, so reviewers can check it and later edits do not break it.',
      example: {
        bad: 'let byte = unsafe { *ptr.add(i) };',
        good:
          '// SAFETY: `i < len` was checked above and `ptr` points to `len` initialised bytes.\n' +
          'let byte = unsafe { *ptr.add(i) };',
      },
    },
  },
  create(context) {
    const lines = context.source.split('\n');
    return {
      unsafe_block(node) {
        if (hasSafetyComment(lines, enclosingStatement(node).startPosition.row, node)) return;
        context.report({
          node,
          message: '`unsafe` block without a `// SAFETY:` comment.',
          help: 'Add a `// SAFETY:` comment above it that says why the code is sound.',
        });
      },
    };
  },
};
