import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Promoted constructor parameters declare properties (PHP 8 DTOs), so only plain parameters count. */
const COUNTED = new Set(['simple_parameter', 'variadic_parameter']);

export const rule: Rule = {
  meta: {
    id: 'php/too-many-parameters',
    tool: 'plumb',
    language: 'php',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'A function or method with more parameters than `maxParameters` (7 by default); promoted constructor parameters, which declare properties, do not count (PHPMD ExcessiveParameterList).',
      whyItMatters: 'A long parameter list is hard to call correctly and usually means the function does several jobs or that some of its arguments belong together in an object.',
      example: {
        bad: 'function ship($name, $street, $city, $zip, $country, $weight, $carrier, $insured) {}',
        good: 'function ship(Address $to, Parcel $parcel, Carrier $carrier, bool $insured = false) {}',
      },
    },
  },
  create(context) {
    const check = (fn: SyntaxNode) => {
      const count = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((child) => child !== null && COUNTED.has(child.type)).length;
      if (count <= context.options.maxParameters) return;
      const name = fn.childForFieldName('name');
      context.report({ node: name ?? fn, message: `Function \`${name?.text ?? 'closure'}\` has ${count} parameters (more than ${context.options.maxParameters}).`, help: 'Group related parameters into an object, or split the function.' });
    };
    return { function_definition: check, method_declaration: check, anonymous_function: check, anonymous_function_creation_expression: check };
  },
};
