import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** The last statement of a function body, skipping trailing comments. */
function lastStatement(body: SyntaxNode): SyntaxNode | undefined {
  return (
    body.namedChildren
      .filter((child) => child !== null && child.type !== 'line_comment' && child.type !== 'block_comment')
      .at(-1) ?? undefined
  );
}

export const rule: Rule = {
  meta: {
    id: 'rust/needless-return',
    equivalents: { clippy: ['needless_return', 'style'] },
    tool: 'plumb',
    language: 'rust',
    category: 'Code_Style',
    severity: 'info',
    labels: ['coding-style'],
    remediationMinutes: 1,
    docs: {
      whatItFinds: 'A `return` as the last statement of a function body (Clippy `needless_return`).',
      whyItMatters:
        'A Rust block evaluates to its last expression; an explicit `return` at the end is noise that makes ' +
        'readers look for an early exit that is not there.',
      example: {
        bad: 'fn area(w: u32, h: u32) -> u32 {\n    return w * h;\n}',
        good: 'fn area(w: u32, h: u32) -> u32 {\n    w * h\n}',
      },
    },
  },
  create(context) {
    return {
      function_item(node) {
        const body = node.childForFieldName('body');
        const last = body ? lastStatement(body) : undefined;
        const expression = last?.type === 'expression_statement' ? last.namedChild(0) : last;
        if (expression?.type !== 'return_expression') return;
        // `#[cfg(...)] return x;` is one of several alternatives and must stay a statement.
        if (last?.previousNamedSibling?.type === 'attribute_item') return;
        context.report({
          node: expression,
          message: 'Needless `return` at the end of the function.',
          help: 'Drop `return` and the semicolon: the last expression is the value of the block.',
        });
      },
    };
  },
};
