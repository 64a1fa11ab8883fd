import { countChildrenOfType } from '../support/syntax.js';
import { tooManyParametersRule } from '../support/too-many-parameters-rule.js';

/** Promoted constructor parameters declare properties (PHP 8 DTOs), so only plain parameters count. */
const COUNTED = new Set(['simple_parameter', 'variadic_parameter']);

export const rule = tooManyParametersRule({
  id: 'php/too-many-parameters',
  language: 'php',
  functionTypes: [
    'function_definition',
    'method_declaration',
    'anonymous_function',
    'anonymous_function_creation_expression',
  ],
  countParameters: (fn) => countChildrenOfType(fn.childForFieldName('parameters'), COUNTED),
  noun: 'Function',
  unnamed: 'closure',
  help: 'Group related parameters into an object, or split the function.',
  docs: {
    whatItFinds:
      'A function or method with more parameters than `maxParameters` (8 by default); promoted constructor ' +
      'parameters, which declare properties, do not count (PHPMD ExcessiveParameterList).',
    whyItMatters:
      'A long parameter list is hard to call correctly and usually means the function does several jobs or ' +
      'that some of its arguments belong together in an object.',
    example: {
      bad: 'function ship($name, $street, $city, $zip, $country, $weight, $carrier, $insured) {}',
      good: 'function ship(Address $to, Parcel $parcel, Carrier $carrier, bool $insured = false) {}',
    },
  },
});
