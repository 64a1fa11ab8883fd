import type { SyntaxNode } from '../../parse/parser.js';
import { codeChildrenOf } from '../support/syntax.js';
import type { Rule } from '../types.js';

/** `def mac?; (/darwin/ =~ RUBY_PLATFORM) != nil; end`: a predicate's result, which Style/NonNilCheck allows. */
function isPredicateResult(comparison: SyntaxNode): boolean {
  const body = comparison.parent;
  const method = body?.parent;
  if (body?.type !== 'body_statement' || (method?.type !== 'method' && method?.type !== 'singleton_method'))
    return false;
  const statements = codeChildrenOf(body).filter((child) => !['rescue', 'else', 'ensure'].includes(child.type));
  return statements.at(-1)?.id === comparison.id && (method.childForFieldName('name')?.text.endsWith('?') ?? false);
}

export const rule: Rule = {
  meta: {
    id: 'ruby/nil-comparison',
    tool: 'plumb',
    language: 'ruby',
    category: 'Code_Style',
    severity: 'info',
    labels: ['coding-style'],
    remediationMinutes: 2,
    equivalents: { rubocop: 'Style/NilComparison' },
    docs: {
      whatItFinds:
        'A comparison with `nil` through `==` or `!=` (RuboCop Style/NilComparison and Style/NonNilCheck). As ' +
        'in Style/NonNilCheck, `x != nil` as the last expression of a predicate method (`def mac?`) is left alone.',
      whyItMatters: "`==` can be overridden by the receiver's class; `nil?` says what is meant and cannot be fooled.",
      example: { bad: 'return if user == nil', good: 'return if user.nil?' },
    },
  },
  create(context) {
    return {
      binary(node) {
        const operator = node.childForFieldName('operator')?.type;
        if (operator !== '==' && operator !== '!=') return;
        if (node.childForFieldName('left')?.type !== 'nil' && node.childForFieldName('right')?.type !== 'nil') return;
        if (operator === '!=' && isPredicateResult(node)) return;
        context.report({
          node,
          message: `Comparison with \`nil\` through \`${operator}\`.`,
          help: operator === '==' ? 'Use `x.nil?`.' : 'Use `!x.nil?`, or just `x` when `false` cannot occur.',
        });
      },
    };
  },
};
