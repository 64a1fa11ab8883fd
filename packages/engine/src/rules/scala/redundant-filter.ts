import type { Rule } from '../types.js';

/**
 * What `.filter(p).<member>` should be; `head` and `isEmpty`
 * are left out as Spark's Dataset has them and no alternative.
 */
const REPLACEMENTS = new Map([
  ['headOption', '.find(p)'],
  ['size', '.count(p)'],
  ['length', '.count(p)'],
  ['nonEmpty', '.exists(p)'],
]);

export const rule: Rule = {
  meta: {
    id: 'scala/redundant-filter',
    equivalents: { scapegoat: ['FilterDotHeadOption', 'FilterDotSize', 'FilterDotIsEmpty'] },
    tool: 'plumb',
    language: 'scala',
    category: 'Performance',
    severity: 'low',
    labels: ['performance', 'coding-style'],
    remediationMinutes: 2,
    docs: {
      whatItFinds:
        '`.filter(p)` followed by `.headOption`, `.size`, `.length` or `.nonEmpty` (Scapegoat ' +
        'FilterDotHeadOption, FilterDotSize, FilterDotIsEmpty).',
      whyItMatters:
        'The filter builds a whole intermediate collection only to look at its first element or count it; ' +
        '`find`, `count` and `exists` do the same in one pass and stop early where they can.',
      example: { bad: 'val admin = users.filter(_.isAdmin).headOption', good: 'val admin = users.find(_.isAdmin)' },
    },
  },
  create(context) {
    return {
      field_expression(node) {
        const member = node.childForFieldName('field')?.text ?? '';
        const replacement = REPLACEMENTS.get(member);
        const call = node.childForFieldName('value');
        if (!replacement || call?.type !== 'call_expression') return;
        const callee = call.childForFieldName('function');
        if (callee?.type !== 'field_expression' || callee.childForFieldName('field')?.text !== 'filter') return;
        if (call.childForFieldName('arguments')?.namedChildCount !== 1) return;
        context.report({
          node,
          message: `\`.filter(p).${member}\` builds a collection only to inspect it.`,
          help: `Use \`${replacement}\`.`,
        });
      },
    };
  },
};
