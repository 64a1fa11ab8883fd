import type { Rule } from '../types.js';
import { quotedCode } from '../support/quoted-code.js';

const ASSIGNABLE = new Set(['identifier', 'field_access']);

export const rule: Rule = {
  meta: {
    id: 'java/self-assignment',
    equivalents: {
      errorprone: ['SelfAssignment'],
      sonar: ['S1656'],
      spotbugs: ['SA_FIELD_SELF_ASSIGNMENT', 'SA_LOCAL_SELF_ASSIGNMENT'],
    },
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'A variable or field assigned to itself, such as `name = name;` ' +
        '(Error Prone SelfAssignment, SpotBugs SA_FIELD_SELF_ASSIGNMENT).',
      whyItMatters:
        'The assignment does nothing. In a constructor or setter it almost ' +
        'always means `this.` was forgotten, so the field is never set.',
      example: {
        bad: 'Person(String name) { name = name; }',
        good: 'Person(String name) { this.name = name; }',
      },
    },
  },
  create(context) {
    return {
      assignment_expression(node) {
        if (node.childForFieldName('operator')?.type !== '=') return;
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right || !ASSIGNABLE.has(left.type) || left.type !== right.type) return;
        // `prop‿ = prop`: a name with a character the grammar does not know leaves an error inside the assignment.
        if (node.hasError) return;
        if (left.text.replace(/\s+/g, '') !== right.text.replace(/\s+/g, '')) return;
        const help =
          left.type === 'identifier'
            ? `Write \`this.${left.text} = ${left.text}\` if a field was meant, or remove the statement.`
            : 'Assign the intended value, or remove the statement.';
        context.report({ node, message: `\`${quotedCode(left.text)}\` is assigned to itself.`, help });
      },
    };
  },
};
