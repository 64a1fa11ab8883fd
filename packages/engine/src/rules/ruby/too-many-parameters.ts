import type { SyntaxNode } from '../../parse/parser.js';
import { tooManyParametersRule } from '../support/too-many-parameters-rule.js';

/** Every parameter but the `&block` one. */
function countParameters(method: SyntaxNode): number {
  const parameters = method.childForFieldName('parameters')?.namedChildren ?? [];
  return parameters.filter(
    (parameter) => parameter !== null && parameter.type !== 'block_parameter' && parameter.type !== 'comment',
  ).length;
}

export const rule = tooManyParametersRule({
  id: 'ruby/too-many-parameters',
  equivalents: { rubocop: 'Metrics/ParameterLists' },
  language: 'ruby',
  functionTypes: ['method', 'singleton_method'],
  countParameters,
  noun: 'Method',
  unnamed: '',
  help: 'Group related parameters into an object or split the method.',
  docs: {
    whatItFinds:
      'A method with more parameters than `maxParameters` (8 by default); keyword and splat parameters count, ' +
      'the `&block` parameter does not (RuboCop Metrics/ParameterLists).',
    whyItMatters:
      'A long parameter list is hard to call correctly and usually means the method does several jobs or that ' +
      'some of its arguments belong together in an object.',
    example: {
      bad: 'def ship(name, street, city, zip, country, weight, carrier, insured)\nend',
      good: 'def ship(address, parcel, carrier:, insured: false)\nend',
    },
  },
});
