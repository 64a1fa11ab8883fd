import type { SyntaxNode } from '../../parse/parser.js';
import { countChildrenOfType } from '../support/syntax.js';
import { tooManyParametersRule } from '../support/too-many-parameters-rule.js';

const PARAMETER = new Set(['parameter']);

/** Implicit parameter lists are filled in by the compiler, so callers never write them out. */
function isImplicitList(list: SyntaxNode): boolean {
  for (let index = 0; index < list.childCount; index++) {
    const text = list.child(index)?.text;
    if (text === 'implicit' || text === 'using') return true;
  }
  return false;
}

/** Parameters across the explicit parameter lists. */
function countParameters(fn: SyntaxNode): number {
  let count = 0;
  for (const list of fn.childrenForFieldName('parameters')) {
    if (list && !isImplicitList(list)) count += countChildrenOfType(list, PARAMETER);
  }
  return count;
}

export const rule = tooManyParametersRule({
  id: 'scala/too-many-parameters',
  language: 'scala',
  functionTypes: ['function_definition'],
  countParameters,
  noun: 'Method',
  unnamed: '',
  help: 'Group related parameters into a case class, or split the method.',
  docs: {
    whatItFinds:
      'A method with more parameters than `maxParameters` (8 by default) across its explicit parameter lists; ' +
      'implicit lists do not count (Scalastyle ParameterNumberChecker).',
    whyItMatters:
      'A long parameter list is hard to call correctly and usually means the method does several jobs or that ' +
      'some of its arguments belong together in a case class.',
    example: {
      bad:
        'def ship(name: String, street: String, city: String, zip: String, country: String, weight: Double, ' +
        'carrier: String, insured: Boolean) = ???',
      good: 'def ship(to: Address, parcel: Parcel, carrier: Carrier, insured: Boolean = false) = ???',
    },
  },
});
