import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from '../support/syntax.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'go/error-not-last-result',
    equivalents: { golangci: ['stylecheck', 'staticcheck', 'revive'], staticcheck: ['ST1008'] },
    tool: 'plumb',
    language: 'go',
    category: 'Code_Style',
    severity: 'low',
    labels: ['coding-style'],
    remediationMinutes: 10,
    docs: {
      whatItFinds:
        'A function returning an `error` that is not its last result (revive error-return, staticcheck ST1008).',
      whyItMatters:
        'Every Go caller expects `value, err :=`; an error in another position ' +
        'is easily assigned to the wrong variable and then never checked.',
      example: {
        bad: 'func Parse(s string) (error, *Config)',
        good: 'func Parse(s string) (*Config, error)',
      },
    },
  },
  create(context) {
    const check = (node: SyntaxNode) => {
      const result = node.childForFieldName('result');
      if (result?.type !== 'parameter_list') return;
      const types = namedChildrenOf(result)
        .filter((child) => child.type === 'parameter_declaration')
        .map((declaration) => declaration.childForFieldName('type')?.text);
      const errorIndex = types.indexOf('error');
      // Several errors in a row at the end (`(error, error)`) are fine; any non-error after one is not.
      if (errorIndex < 0 || types.slice(errorIndex).every((type) => type === 'error')) return;
      const name = node.childForFieldName('name')?.text ?? 'func';
      context.report({
        node: result,
        message: `\`${name}\` returns \`error\` before its other results.`,
        help: 'Return the error as the last result.',
      });
    };
    return { function_declaration: check, method_declaration: check, method_elem: check, method_spec: check };
  },
};
