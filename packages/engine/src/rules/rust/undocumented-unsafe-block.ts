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
 * Words that give a reason an unsafe operation is sound, as projects that do not use Clippy's `SAFETY:` label write
 * it (`// We assert that the registry has not terminated.`); a comment without one says what the code does, not why
 * it is sound (`// Copy the left half, then the right.`).
 */
const REASON_WORDS = [
  'safe(?:ly|ty)?',
  'sound(?:ness)?',
  'invariants?',
  'guarantee[sd]?',
  'ensure[sd]?',
  'asserts?',
  'asserted',
  'valid(?:ity)?',
  'checked',
  'verified',
  'initiali[sz]ed',
  'outlives?',
  'lifetimes?',
  'alive',
  'aligned',
  'in[- ]bounds',
  'non-?null',
  'because',
  'since',
  'must',
  'cannot',
  "can't",
  'never',
  'only',
  'exclusive(?:ly)?',
  'uniquely',
  'aliasing',
  'requires?',
  'precondition',
];
const JUSTIFICATION = new RegExp(`\\b(?:${REASON_WORDS.join('|')})\\b`, 'i');

/** A line of an assertion, which checks what a `SAFETY:` comment above it states. */
const ASSERTION = /^(?:debug_)?assert(?:_eq|_ne)?!/;

/** The comment on a line: after `//` or `/*`, or the line of a block comment's middle (`* …`). */
function commentOf(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.startsWith('*')) return trimmed.slice(1);
  const start = line.search(/\/\/|\/\*/);
  return start < 0 ? undefined : line.slice(start + 2);
}

/** Whether a comment documents the soundness of a block: Clippy's `SAFETY:` label, or a stated reason. */
function documentsSoundness(comment: string): boolean {
  return /\bSAFETY\b/i.test(comment) || (!/^[/!]/.test(comment) && JUSTIFICATION.test(comment));
}

/**
 * Whether a comment that documents the block (see `documentsSoundness`) sits in the comment lines above the
 * statement, on its lines up to the block, or at the top of a multi-line block; or a `SAFETY:` comment sits
 * above the assertions that check it (`// SAFETY: …`, then `debug_assert!(…);`, then the block).
 */
function hasSafetyComment(lines: readonly string[], statement: SyntaxNode, block: SyntaxNode): boolean {
  const statementRow = statement.startPosition.row;
  const blockRow = block.startPosition.row;
  const nearby = lines.slice(statementRow, block.endPosition.row > blockRow ? blockRow + 2 : blockRow + 1);
  nearby.push(...commentLinesAbove(lines, statementRow));
  if (nearby.some((line) => documentsSoundness(commentOf(line) ?? ''))) return true;
  for (let row = statementRow - 1; row >= 0; row--) {
    const line = lines[row]?.trim() ?? '';
    if (/^(?:\/\/|\/\*|\*)/.test(line)) {
      if (/\bSAFETY\b/i.test(line)) return true;
    } else if (!ASSERTION.test(line)) return false;
  }
  return false;
}

/** The comment and attribute lines directly above `row`, nearest first. */
function commentLinesAbove(lines: readonly string[], row: number): string[] {
  const above: string[] = [];
  for (let index = row - 1; index >= 0; index--) {
    const line = lines[index]?.trim() ?? '';
    if (!line.startsWith('//') && !line.startsWith('/*') && !line.startsWith('*') && !line.startsWith('#[')) break;
    above.push(line);
  }
  return above;
}

/**
 * The `unsafe fn` whose body holds the block (not through a closure or nested item), when the function's contract
 * is where Clippy's default-on `missing_safety_doc` wants it: a `# Safety` doc section or a `SAFETY:` comment above
 * it, or no doc needed because the function is not exported (`fn`, `pub(crate) fn`). The block then discharges
 * the caller's obligation, as the whole body did before `unsafe_op_in_unsafe_fn` asked for the block.
 */
function insideDocumentedUnsafeFn(lines: readonly string[], block: SyntaxNode): boolean {
  let current = block.parent;
  while (current && current.type !== 'function_item') {
    if (current.type === 'closure_expression' || current.type === 'source_file') return false;
    current = current.parent;
  }
  if (!current) return false;
  const modifiers = current.namedChildren.find((child) => child?.type === 'function_modifiers');
  if (!modifiers || !/\bunsafe\b/.test(modifiers.text)) return false;
  const visibility = current.namedChildren.find((child) => child?.type === 'visibility_modifier');
  if (visibility?.text !== 'pub') return true;
  return commentLinesAbove(lines, current.startPosition.row).some(
    (line) => /^(\/\/\/|\/\/!|\/?\*+)\s*#+\s*Safety\b/i.test(line) || /^(\/\/|\/\*|\*)[^]*\bSAFETY\s*:/i.test(line),
  );
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
    // Clippy's restriction group, which projects opt into: on only where the project's Cargo lints enable it.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'An `unsafe { }` block with no `// SAFETY:` comment above it, above the statement that holds it, or at ' +
        'its top (Clippy `undocumented_unsafe_blocks`), nor a comment there that gives a reason it is sound in ' +
        'other words (`// We assert that the registry has not terminated.`), nor a `SAFETY:` comment above the ' +
        '`assert!`s that check it before the block. A block in the body of an `unsafe fn` is left alone when ' +
        'the function is not exported or its contract is documented (a `# Safety` doc section or a `SAFETY:` ' +
        'comment above it, as Clippy `missing_safety_doc` asks of a `pub unsafe fn`): the block discharges ' +
        "the caller's obligation. Off by default, as Clippy's `restriction` group is: on in the crates whose " +
        '`Cargo.toml` `[lints.clippy]` (or `[workspace.lints.clippy]` with `lints.workspace = true`) sets ' +
        '`undocumented_unsafe_blocks` or `restriction` to warn, deny or forbid, or whose `src/lib.rs` or ' +
        '`src/main.rs` has `#![warn(clippy::undocumented_unsafe_blocks)]`; `rules: { ' +
        'rust/undocumented-unsafe-block: on }` in `.plumb.yml` switches it on everywhere.',
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
        if (hasSafetyComment(lines, enclosingStatement(node), node)) return;
        if (insideDocumentedUnsafeFn(lines, node)) return;
        context.report({
          node,
          message: '`unsafe` block without a `// SAFETY:` comment.',
          help: 'Add a `// SAFETY:` comment above it that says why the code is sound.',
        });
      },
    };
  },
};
