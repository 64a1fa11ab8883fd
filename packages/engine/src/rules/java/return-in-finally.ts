import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

// A return or throw inside these belongs to other code, not to the finally block.
const OTHER_CODE = new Set(['lambda_expression', 'class_body']);

/** Whether a `throw` is caught by a `try` that is itself inside the finally block. */
function isCaughtInside(statement: SyntaxNode, finallyBlock: SyntaxNode): boolean {
  for (let node = statement.parent; node && node.id !== finallyBlock.id; node = node.parent) {
    if (
      node.type === 'block' &&
      node.parent?.type.startsWith('try') &&
      node.parent.childForFieldName('body')?.id === node.id
    )
      return true;
  }
  return false;
}

function jumpsOutOf(finallyBlock: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const visit = (node: SyntaxNode) => {
    for (const child of node.namedChildren) {
      if (!child || OTHER_CODE.has(child.type)) continue;
      if (
        child.type === 'return_statement' ||
        (child.type === 'throw_statement' && !isCaughtInside(child, finallyBlock))
      )
        found.push(child);
      else visit(child);
    }
  };
  visit(finallyBlock);
  return found;
}

export const rule: Rule = {
  meta: {
    id: 'java/return-in-finally',
    equivalents: { javac: ['finally'], errorprone: ['Finally'], sonar: ['S1143'], pmd: ['ReturnFromFinallyBlock'] },
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    severity: 'high',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 15,
    docs: {
      whatItFinds: 'A `return` or `throw` inside a `finally` block (Error Prone Finally, PMD ReturnFromFinallyBlock).',
      whyItMatters:
        'Leaving a finally block abruptly discards whatever the try or catch was doing: a pending exception ' +
        'vanishes without a trace, or the value already being returned is replaced.',
      example: {
        bad: 'try { return compute(); } finally { return fallback; }',
        good: 'try { return compute(); } finally { cleanUp(); }',
      },
    },
  },
  create(context) {
    return {
      finally_clause(node) {
        const block = node.namedChildren.find((child) => child?.type === 'block');
        if (!block) return;
        for (const jump of jumpsOutOf(block)) {
          const keyword = jump.type === 'return_statement' ? 'return' : 'throw';
          context.report({
            node: jump,
            message: `\`${keyword}\` inside \`finally\` discards the exception or result of the try block.`,
            help: 'Move the statement after the try statement, or let the finally block only clean up.',
          });
        }
      },
    };
  },
};
