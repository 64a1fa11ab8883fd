import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Comparisons of `len()` (on the left) that mean "is empty" or "is not empty". */
const EMPTINESS = new Set(['== 0', '!= 0', '> 0', '< 1', '>= 1']);
const FLIPPED: Record<string, string> = { '==': '==', '!=': '!=', '>': '<', '<': '>', '>=': '<=', '<=': '>=' };

function isLenCall(node: SyntaxNode | null): boolean {
  if (node?.type !== 'call_expression' || node.childForFieldName('arguments')?.namedChildCount !== 0) return false;
  const callee = node.childForFieldName('function');
  return callee?.type === 'field_expression' && callee.childForFieldName('field')?.text === 'len';
}

/** `is_empty` itself is usually written as `self.len() == 0`. */
function insideIsEmpty(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_item') return current.childForFieldName('name')?.text === 'is_empty';
  }
  return false;
}

/**
 * `self.inner.len() == 0` in an `impl Iterator for …` (or `ExactSizeIterator`, `DoubleEndedIterator`): the field is
 * the wrapped iterator, whose `ExactSizeIterator::is_empty` is unstable, so stable Rust has no `is_empty` to call.
 */
function onIteratorField(node: SyntaxNode, len: SyntaxNode): boolean {
  if (!/^self\.\w+$/.test(len.childForFieldName('function')?.childForFieldName('value')?.text ?? '')) return false;
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'impl_item')
      return /^(?:\w+::)*(?:ExactSize|DoubleEnded|Fused)?Iterator\b/.test(
        current.childForFieldName('trait')?.text ?? '',
      );
  }
  return false;
}

/**
 * A file's size: `std::fs::Metadata::len` has no `is_empty`, so Clippy stays quiet (broot's `md.len() == 0` after
 * `let md = f.metadata()?`, and `file.metadata().map(|m| m.len() > 0)`).
 */
function onMetadata(len: SyntaxNode, source: string): boolean {
  const receiver = len.childForFieldName('function')?.childForFieldName('value')?.text ?? '';
  if (/metadata\(\)/.test(receiver)) return true;
  if (!/^\w+$/.test(receiver)) return false;
  return new RegExp(`let\\s+(?:mut\\s+)?${receiver}\\s*=[^;]*metadata\\(|metadata\\(\\)[^;]*\\|${receiver}\\|`).test(
    source,
  );
}

export const rule: Rule = {
  meta: {
    id: 'rust/len-zero',
    equivalents: { clippy: ['len_zero', 'style'] },
    tool: 'plumb',
    language: 'rust',
    category: 'Code_Style',
    severity: 'info',
    labels: ['coding-style'],
    remediationMinutes: 1,
    // Right in 0 of 5 findings judged on untuned repositories (docs/finding-precision.md): Clippy fires only where
    // the type has an `is_empty` (not `Metadata`, nor an `ExactSizeIterator`), which a rule without types cannot see.
    // On where a crate's Cargo lints enable `len_zero` or `clippy::style`.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        '`x.len()` compared with zero (or `>= 1`) to test for emptiness, ' +
        'outside an `is_empty` implementation (Clippy `len_zero`). A field of `self` inside an `impl Iterator` ' +
        '(the wrapped iterator, whose `is_empty` is unstable) is left alone, and so is a file size ' +
        '(`std::fs::Metadata::len`, which has no `is_empty`).',
      whyItMatters:
        '`is_empty()` says what is meant and is constant-time on ' +
        'every collection, even those whose `len()` has to count.',
      example: { bad: 'if items.len() == 0 { return; }', good: 'if items.is_empty() { return; }' },
    },
  },
  create(context) {
    return {
      binary_expression(node) {
        const operator = node.childForFieldName('operator')?.type ?? '';
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const comparison = isLenCall(left)
          ? `${operator} ${right?.text ?? ''}`
          : isLenCall(right)
            ? `${FLIPPED[operator] ?? ''} ${left?.text ?? ''}`
            : '';
        if (!EMPTINESS.has(comparison) || insideIsEmpty(node)) return;
        const len = (isLenCall(left) ? left : right)!;
        if (onIteratorField(node, len) || onMetadata(len, context.source)) return;
        const empty = comparison === '== 0' || comparison === '< 1';
        context.report({
          node,
          message: 'Length compared with zero to test for emptiness.',
          help: empty ? 'Use `.is_empty()`.' : 'Use `!….is_empty()`.',
        });
      },
    };
  },
};
