import type { SyntaxNode } from '../../parse/parser.js';
import { tooManyParametersRule } from '../support/too-many-parameters-rule.js';

/** Parameters, counting each name of `a, b int` separately; the receiver is not among them. */
function countParameters(fn: SyntaxNode): number {
  let count = 0;
  for (const declaration of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (
      !declaration ||
      (declaration.type !== 'parameter_declaration' && declaration.type !== 'variadic_parameter_declaration')
    )
      continue;
    count += Math.max(1, declaration.childrenForFieldName('name').length);
  }
  return count;
}

export const rule = tooManyParametersRule({
  id: 'go/too-many-parameters',
  equivalents: { golangci: ['revive'] },
  language: 'go',
  functionTypes: ['function_declaration', 'method_declaration'],
  countParameters,
  unnamed: 'func',
  help: 'Group related parameters into a struct (an options struct), or split the function.',
  docs: {
    whatItFinds:
      'A function or method declaring more parameters than the configured maximum (8 by default; revive ' +
      'argument-limit). The receiver does not count.',
    whyItMatters:
      'Long parameter lists are hard to call correctly (arguments of the same type are easily swapped) and ' +
      'usually mean the function does too much or an options struct is missing.',
    example: {
      bad:
        'func Dial(host string, port int, user, password string, timeout, ' +
        'keepAlive time.Duration, tls bool, proxy string) (*Conn, error)',
      good: 'func Dial(addr string, opts DialOptions) (*Conn, error)',
    },
  },
});
