import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Parameters, counting each name of `a, b int` separately. */
function countParameters(list: SyntaxNode | null): number {
  let count = 0;
  for (const declaration of list?.namedChildren ?? []) {
    if (!declaration || (declaration.type !== 'parameter_declaration' && declaration.type !== 'variadic_parameter_declaration')) continue;
    count += Math.max(1, declaration.childrenForFieldName('name').length);
  }
  return count;
}

export const rule: Rule = {
  meta: {
    id: 'go/too-many-parameters',
    tool: 'plumb',
    language: 'go',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'A function or method declaring more parameters than the configured maximum (7 by default; revive argument-limit). The receiver does not count.',
      whyItMatters: 'Long parameter lists are hard to call correctly (arguments of the same type are easily swapped) and usually mean the function does too much or an options struct is missing.',
      example: {
        bad: 'func Dial(host string, port int, user, password string, timeout, keepAlive time.Duration, tls bool, proxy string) (*Conn, error)',
        good: 'func Dial(addr string, opts DialOptions) (*Conn, error)',
      },
    },
  },
  create(context) {
    const max = context.options.maxParameters;
    const check = (node: SyntaxNode) => {
      const count = countParameters(node.childForFieldName('parameters'));
      if (count <= max) return;
      const name = node.childForFieldName('name');
      context.report({
        node: name ?? node,
        lineEnd: (name ?? node).startPosition.row + 1,
        message: `\`${name?.text ?? 'func'}\` has ${count} parameters (more than ${max}).`,
        help: 'Group related parameters into a struct (an options struct), or split the function.',
      });
    };
    return { function_declaration: check, method_declaration: check };
  },
};
