import type { Rule } from '../types.js';

const WRAPPERS = new Map([
  ['Integer', 'Integer.valueOf'],
  ['Long', 'Long.valueOf'],
  ['Short', 'Short.valueOf'],
  ['Byte', 'Byte.valueOf'],
  ['Double', 'Double.valueOf'],
  ['Float', 'Float.valueOf'],
  ['Boolean', 'Boolean.valueOf'],
  ['Character', 'Character.valueOf'],
]);

export const rule: Rule = {
  meta: {
    id: 'java/boxed-primitive-constructor',
    equivalents: {
      javac: ['removal', 'deprecation'],
      errorprone: ['BoxedPrimitiveConstructor'],
      sonar: ['S2129'],
      spotbugs: ['DM_NUMBER_CTOR', 'DM_BOOLEAN_CTOR', 'DM_FP_NUMBER_CTOR'],
      pmd: ['PrimitiveWrapperInstantiation'],
    },
    tool: 'plumb',
    language: 'java',
    category: 'Performance',
    severity: 'moderate',
    labels: ['performance', 'deprecated-code'],
    remediationMinutes: 2,
    docs: {
      whatItFinds:
        'A primitive wrapper built with its constructor, such as `new Integer(42)` ' +
        '(PMD PrimitiveWrapperInstantiation, SpotBugs DM_NUMBER_CTOR); these ' +
        'constructors are deprecated for removal since Java 9.',
      whyItMatters:
        'The constructor always allocates a new object where `valueOf` reuses cached instances, and the code ' +
        'will stop compiling once the constructors are removed.',
      example: {
        bad: 'Integer count = new Integer(0);',
        good: 'Integer count = Integer.valueOf(0);',
      },
    },
  },
  create(context) {
    return {
      object_creation_expression(node) {
        const type = node.childForFieldName('type')?.text.replace(/^java\.lang\./, '') ?? '';
        const factory = WRAPPERS.get(type);
        // An anonymous subclass body would make it something else; wrappers are final anyway.
        if (!factory || node.namedChildren.some((child) => child?.type === 'class_body')) return;
        // Every wrapper constructor takes one argument: `new Double(this, type, ser)` is a class of the project's own.
        if (node.childForFieldName('arguments')?.namedChildren.filter((arg) => arg?.type !== 'comment').length !== 1)
          return;
        context.report({
          node,
          message: `\`new ${type}(...)\` uses a constructor deprecated for removal.`,
          help: `Use \`${factory}(...)\`, or autoboxing.`,
        });
      },
    };
  },
};
