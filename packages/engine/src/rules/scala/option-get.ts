import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Calls that return an `Option`. */
const OPTION_CALLS = new Set([
  'get',
  'find',
  'collectFirst',
  'lift',
  'toOption',
  'maxByOption',
  'minByOption',
  'reduceOption',
  'reduceLeftOption',
  'reduceRightOption',
  'findLast',
  'indexOption',
]);
/** Members that are an `Option` without being called. */
const OPTION_FIELDS = new Set(['headOption', 'lastOption', 'maxOption', 'minOption', 'toOption']);

/** Whether an expression is evidently an `Option` (`m.get(k)`, `xs.headOption`, `Option(x)`). */
function isOption(node: SyntaxNode | null): boolean {
  if (node?.type === 'field_expression') return OPTION_FIELDS.has(node.childForFieldName('field')?.text ?? '');
  if (node?.type !== 'call_expression') return false;
  const callee = node.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text === 'Option';
  return callee?.type === 'field_expression' && OPTION_CALLS.has(callee.childForFieldName('field')?.text ?? '');
}

export const rule: Rule = {
  meta: {
    id: 'scala/option-get',
    equivalents: { wartremover: ['OptionPartial'], scapegoat: ['OptionGet'] },
    tool: 'plumb',
    language: 'scala',
    category: 'Error_Prone',
    // In a test a failing .get fails the test, which is the point.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 5,
    // Off by default, as WartRemover and Scapegoat are opt-in: maintainers accepted 1 of 8 on untuned repositories.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        '`.get` on an expression that is evidently an `Option`: `map.get(k).get`, `xs.headOption.get`, ' +
        '`xs.find(p).get`, `Option(x).get` (WartRemover OptionPartial, Scapegoat OptionGet).',
      whyItMatters:
        '`Option.get` throws `NoSuchElementException` on `None`, turning ' +
        'the absence the type was modelling into a crash with no context.',
      example: {
        bad: 'val port = config.get("port").get.toInt',
        good: 'val port = config.get("port").map(_.toInt).getOrElse(DefaultPort)',
      },
    },
  },
  create(context) {
    return {
      field_expression(node) {
        if (node.childForFieldName('field')?.text !== 'get' || !isOption(node.childForFieldName('value'))) return;
        // `opt.get(x)` is some other method that happens to be called get.
        const parent = node.parent;
        if (parent?.type === 'call_expression' && parent.childForFieldName('function')?.equals(node)) return;
        context.report({
          node,
          message: '`.get` on an `Option` throws when it is `None`.',
          help: 'Use `getOrElse`, `fold`, a `match`, or `map`/`foreach` over the option.',
        });
      },
    };
  },
};
