import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** `err != nil`, `nil != err`, `readErr != nil`: a check that an error happened. */
function checkedError(condition: SyntaxNode | null): string | undefined {
  if (condition?.type !== 'binary_expression' || condition.childForFieldName('operator')?.type !== '!=')
    return undefined;
  const left = condition.childForFieldName('left');
  const right = condition.childForFieldName('right');
  const checked = right?.type === 'nil' ? left : left?.type === 'nil' ? right : null;
  if (checked?.type !== 'identifier' || !/^err$|Err(or)?$/.test(checked.text)) return undefined;
  return checked.text;
}

export const rule: Rule = {
  meta: {
    id: 'go/empty-error-check',
    equivalents: { golangci: ['staticcheck', 'revive'], staticcheck: ['SA9003'] },
    tool: 'plumb',
    language: 'go',
    category: 'Error_Prone',
    severity: 'high',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    docs: {
      whatItFinds:
        'An `if err != nil { }` whose body is empty (staticcheck SA9003 ' +
        'empty branch, revive empty-block), with no `else` to take over.',
      whyItMatters:
        'The error was checked and then ignored: the function carries on with a zero or partial result as if ' +
        'the call had succeeded, and the failure surfaces later, far from its cause.',
      example: {
        bad: 'data, err := os.ReadFile(path)\nif err != nil {\n}',
        good: 'data, err := os.ReadFile(path)\nif err != nil {\n\treturn fmt.Errorf("read %s: %w", path, err)\n}',
      },
    },
  },
  create(context) {
    return {
      if_statement(node) {
        const name = checkedError(node.childForFieldName('condition'));
        if (!name || node.childForFieldName('alternative')) return;
        // A comment in the block says ignoring the error is deliberate.
        if ((node.childForFieldName('consequence')?.namedChildCount ?? 1) > 0) return;
        context.report({
          node,
          lineEnd: node.startPosition.row + 1,
          message: `\`${name}\` is checked but the error is ignored.`,
          help: 'Return, wrap or log the error; if ignoring it is deliberate, say why in a comment inside the block.',
        });
      },
    };
  },
};
