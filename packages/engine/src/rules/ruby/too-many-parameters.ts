import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'ruby/too-many-parameters',
    tool: 'plumb',
    language: 'ruby',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'A method with more parameters than `maxParameters` (7 by default); keyword and splat parameters count, the `&block` parameter does not (RuboCop Metrics/ParameterLists).',
      whyItMatters: 'A long parameter list is hard to call correctly and usually means the method does several jobs or that some of its arguments belong together in an object.',
      example: {
        bad: 'def ship(name, street, city, zip, country, weight, carrier, insured)\nend',
        good: 'def ship(address, parcel, carrier:, insured: false)\nend',
      },
    },
  },
  create(context) {
    const check = (method: SyntaxNode) => {
      const parameters = method.childForFieldName('parameters')?.namedChildren ?? [];
      const count = parameters.filter((parameter) => parameter !== null && parameter.type !== 'block_parameter' && parameter.type !== 'comment').length;
      if (count <= context.options.maxParameters) return;
      context.report({
        node: method.childForFieldName('name') ?? method,
        message: `Method \`${method.childForFieldName('name')?.text ?? ''}\` has ${count} parameters (more than ${context.options.maxParameters}).`,
        help: 'Group related parameters into an object or split the method.',
      });
    };
    return { method: check, singleton_method: check };
  },
};
