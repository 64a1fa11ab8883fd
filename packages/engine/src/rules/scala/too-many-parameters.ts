import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Implicit parameter lists are filled in by the compiler, so callers never write them out. */
function isImplicitList(list: SyntaxNode): boolean {
  for (let index = 0; index < list.childCount; index++) {
    const text = list.child(index)?.text;
    if (text === 'implicit' || text === 'using') return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'scala/too-many-parameters',
    tool: 'plumb',
    language: 'scala',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'A method with more parameters than `maxParameters` (7 by default) across its explicit parameter lists; implicit lists do not count (Scalastyle ParameterNumberChecker).',
      whyItMatters: 'A long parameter list is hard to call correctly and usually means the method does several jobs or that some of its arguments belong together in a case class.',
      example: {
        bad: 'def ship(name: String, street: String, city: String, zip: String, country: String, weight: Double, carrier: String, insured: Boolean) = ???',
        good: 'def ship(to: Address, parcel: Parcel, carrier: Carrier, insured: Boolean = false) = ???',
      },
    },
  },
  create(context) {
    return {
      function_definition(node) {
        let count = 0;
        for (const list of node.childrenForFieldName('parameters')) {
          if (!list || isImplicitList(list)) continue;
          count += list.namedChildren.filter((child) => child?.type === 'parameter').length;
        }
        if (count <= context.options.maxParameters) return;
        const name = node.childForFieldName('name');
        context.report({ node: name ?? node, message: `Method \`${name?.text ?? ''}\` has ${count} parameters (more than ${context.options.maxParameters}).`, help: 'Group related parameters into a case class, or split the method.' });
      },
    };
  },
};
