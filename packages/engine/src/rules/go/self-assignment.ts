import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from '../support/syntax.js';
import type { Rule } from '../types.js';
import { quotedCode } from '../support/quoted-code.js';

const ASSIGNABLE = new Set(['identifier', 'selector_expression']);

function sameTarget(left: SyntaxNode | undefined, right: SyntaxNode | undefined): boolean {
  if (!left || !right || left.type !== right.type || !ASSIGNABLE.has(left.type) || left.text === '_') return false;
  return left.text.replace(/\s+/g, '') === right.text.replace(/\s+/g, '');
}

export const rule: Rule = {
  meta: {
    id: 'go/self-assignment',
    equivalents: { golangci: ['staticcheck', 'govet'], staticcheck: ['SA4018'] },
    tool: 'plumb',
    language: 'go',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'A variable or field assigned to itself, such as `c.name = c.name` (go vet assign, staticcheck SA4018).',
      whyItMatters:
        'The assignment does nothing; it is usually a typo for another ' +
        'variable (`c.name = name`) so the intended value is never stored.',
      example: {
        bad: 'func (c *Config) SetName(name string) { c.name = c.name }',
        good: 'func (c *Config) SetName(name string) { c.name = name }',
      },
    },
  },
  create(context) {
    return {
      assignment_statement(node) {
        if (node.childForFieldName('operator')?.type !== '=') return;
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right) return;
        const targets = namedChildrenOf(left);
        const values = namedChildrenOf(right);
        if (targets.length !== values.length) return;
        const index = targets.findIndex((target, position) => sameTarget(target, values[position]));
        if (index < 0) return;
        context.report({
          node,
          message: `\`${quotedCode(targets[index]!.text)}\` is assigned to itself.`,
          help: 'Assign the intended value, or remove the assignment.',
        });
      },
    };
  },
};
