import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const STRING_LITERALS = new Set(['string_literal', 'text_block']);

function isStringLiteral(node: SyntaxNode | null): boolean {
  return node !== null && STRING_LITERALS.has(node.type);
}

/**
 * Content comparisons that may follow an identity check: `a.equals(b)`, `a.contentEquals(b)`, `Objects.equals(a, b)`.
 */
const CONTENT_COMPARISONS = new Set(['equals', 'contentEquals', 'contentEqualsIgnoreCase', 'equalsIgnoreCase']);
/** Where an identity fast path and its content comparison sit together. */
const BODIES = new Set([
  'method_declaration',
  'constructor_declaration',
  'lambda_expression',
  'static_initializer',
  'class_body',
]);

/**
 * The two operands a content comparison compares, as source text:
 * receiver and argument, or both arguments of a static helper.
 */
function comparedTexts(call: SyntaxNode): string[] {
  const args =
    call.childForFieldName('arguments')?.namedChildren.filter((arg): arg is SyntaxNode => arg !== null) ?? [];
  const receiver = call.childForFieldName('object');
  if (args.length === 1 && receiver) return [receiver.text, args[0]?.text ?? ''];
  return args.length === 2 ? args.map((arg) => arg.text) : [];
}

/**
 * An `==` followed, in the same method, by a content comparison of the same two operands: a deliberate identity fast
 * path (netty's `":method" == header` before `":method".contentEquals(header)`).
 */
function isIdentityFastPath(comparison: SyntaxNode, left: SyntaxNode, right: SyntaxNode): boolean {
  let body: SyntaxNode | null = comparison.parent;
  while (body && !BODIES.has(body.type)) body = body.parent;
  if (!body) return false;
  const operands = [left.text, right.text].sort().join('\0');
  return body.descendantsOfType('method_invocation').some((call) => {
    if (
      !call ||
      call.startIndex < comparison.endIndex ||
      !CONTENT_COMPARISONS.has(call.childForFieldName('name')?.text ?? '')
    )
      return false;
    const compared = comparedTexts(call);
    return compared.length === 2 && compared.sort().join('\0') === operands;
  });
}

export const rule: Rule = {
  meta: {
    id: 'java/string-reference-comparison',
    equivalents: {
      errorprone: ['StringEquality'],
      sonar: ['S4973'],
      spotbugs: ['ES_COMPARING_STRINGS_WITH_EQ'],
      pmd: ['CompareObjectsWithEquals', 'UseEqualsToCompareStrings'],
    },
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    // A test compares references on purpose (interning, identity), and a fixture's code is the data of a test.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'A string compared with a string literal through `==` or `!=` (SpotBugs ES_COMPARING_STRINGS_WITH_EQ, ' +
        'PMD CompareObjectsWithEquals); an identity fast path, whose same two operands are compared with ' +
        '`equals` or `contentEquals` later in the method, is left alone, and so is test code.',
      whyItMatters:
        '`==` compares references: two equal strings read from input, built at run time or deserialized are ' +
        'different objects, so the test fails although the text matches.',
      example: {
        bad: 'if (command == "quit") { stop(); }',
        good: 'if ("quit".equals(command)) { stop(); }',
      },
    },
  },
  create(context) {
    return {
      binary_expression(node) {
        const operator = node.childForFieldName('operator')?.type;
        if (operator !== '==' && operator !== '!=') return;
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right || (!isStringLiteral(left) && !isStringLiteral(right))) return;
        if (isIdentityFastPath(node, left, right)) return;
        context.report({
          node,
          message: `String compared with \`${operator}\`, which compares references, not contents.`,
          help: 'Use `"literal".equals(value)` (null-safe), or `Objects.equals(a, b)`.',
        });
      },
    };
  },
};
