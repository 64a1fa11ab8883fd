import type { SyntaxNode } from '../../parse/parser.js';
import { countChildrenOfType } from '../support/syntax.js';
import { tooManyParametersRule } from '../support/too-many-parameters-rule.js';

const PARAMETER_TYPES = new Set(['formal_parameter', 'spread_parameter']);

function hasOverrideAnnotation(method: SyntaxNode): boolean {
  const modifiers = method.namedChildren.find((child) => child?.type === 'modifiers');
  return modifiers?.namedChildren.some((child) => child?.text === '@Override') ?? false;
}

export const rule = tooManyParametersRule({
  id: 'java/too-many-parameters',
  language: 'java',
  functionTypes: ['method_declaration', 'constructor_declaration'],
  countParameters: (method) => countChildrenOfType(method.childForFieldName('parameters'), PARAMETER_TYPES),
  signatureIsImposed: hasOverrideAnnotation,
  unnamed: 'method',
  help: 'Group related parameters into an object, or split the method.',
  docs: {
    whatItFinds: 'A method or constructor declaring more parameters than the configured maximum (7 by default; Checkstyle ParameterNumber, PMD ExcessiveParameterList). Overrides are skipped: their signature is set elsewhere.',
    whyItMatters: 'Long parameter lists are hard to call correctly (arguments of the same type are easily swapped) and usually mean the method does too much or a concept is missing.',
    example: {
      bad: 'void book(String name, String email, String phone, LocalDate from, LocalDate to, int adults, int children, boolean breakfast) { }',
      good: 'void book(Guest guest, Stay stay) { }',
    },
  },
});
