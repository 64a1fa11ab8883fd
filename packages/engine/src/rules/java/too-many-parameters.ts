import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const PARAMETER_TYPES = new Set(['formal_parameter', 'spread_parameter']);

function hasOverrideAnnotation(method: SyntaxNode): boolean {
  const modifiers = method.namedChildren.find((child) => child?.type === 'modifiers');
  return modifiers?.namedChildren.some((child) => child?.text === '@Override') ?? false;
}

export const rule: Rule = {
  meta: {
    id: 'java/too-many-parameters',
    tool: 'plumb',
    language: 'java',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'A method or constructor declaring more parameters than the configured maximum (7 by default; Checkstyle ParameterNumber, PMD ExcessiveParameterList). Overrides are skipped: their signature is set elsewhere.',
      whyItMatters: 'Long parameter lists are hard to call correctly (arguments of the same type are easily swapped) and usually mean the method does too much or a concept is missing.',
      example: {
        bad: 'void book(String name, String email, String phone, LocalDate from, LocalDate to, int adults, int children, boolean breakfast) { }',
        good: 'void book(Guest guest, Stay stay) { }',
      },
    },
  },
  create(context) {
    const max = context.options.maxParameters;
    const check = (method: SyntaxNode) => {
      const parameters = method.childForFieldName('parameters');
      const count = parameters?.namedChildren.filter((child) => child !== null && PARAMETER_TYPES.has(child.type)).length ?? 0;
      if (count <= max || hasOverrideAnnotation(method)) return;
      const name = method.childForFieldName('name')?.text ?? 'method';
      context.report({
        node: method.childForFieldName('name') ?? method,
        message: `\`${name}\` has ${count} parameters (more than ${max}).`,
        help: 'Group related parameters into an object, or split the method.',
      });
    };
    return { method_declaration: check, constructor_declaration: check };
  },
};
