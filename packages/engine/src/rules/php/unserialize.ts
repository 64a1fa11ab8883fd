import type { SyntaxNode } from '../../parse/parser.js';
import type { SinkInputs } from '../support/security-hotspot.js';
import type { Rule } from '../types.js';
import { functionName, LocalTaint, outsideInputSentence } from './support/local-taint.js';

/** A string written out in full, with nothing interpolated. */
function isLiteral(node: SyntaxNode): boolean {
  return (
    node.type === 'string' ||
    (node.type === 'encapsed_string' && node.namedChildren.every((part) => part?.type === 'string_content'))
  );
}

/** `unserialize(serialize($this))`: a deep copy, reading back what was just written from memory. */
const isCopy = (data: SyntaxNode) => data.type === 'function_call_expression' && functionName(data) === 'serialize';

/**
 * Inside `Serializable::unserialize($data)` of a class that implements `Serializable`: the string is the payload of
 * the outer `unserialize()` call that invoked this method, where the choice of allowed classes was made (and where
 * this rule reports). A helper that is merely named `unserialize` is not that.
 */
function implementsSerializable(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'method_declaration') continue;
    if (current.childForFieldName('name')?.text.toLowerCase() !== 'unserialize') return false;
    const declaration = current.parent?.parent;
    const interfaces = declaration?.namedChildren.find((child) => child?.type === 'class_interface_clause');
    return interfaces?.namedChildren.some((name) => name?.text.replace(/^\\/, '') === 'Serializable') ?? false;
  }
  return false;
}

/** The rule for outside input (`outside`), or its opt-in hotspot twin for any value (`any`). */
export const unserializeRule = (inputs: SinkInputs): Rule => ({
  meta: {
    id: 'php/unserialize',
    equivalents: { phpcs: ['WordPress.PHP.DiscouragedPHPFunctions.serialize_unserialize'] },
    tool: 'plumb',
    language: 'php',
    category: 'Security',
    // A test deserializes its own data, with no input from users.
    appliesToTests: false,
    severity: 'high',
    labels: ['security'],
    remediationMinutes: 20,
    docs: {
      whatItFinds:
        '`unserialize()` of a non-literal value without the `allowed_classes` ' +
        'option (RIPS, Psalm taint analysis: PHP object injection). Left alone: a deep copy ' +
        '(`unserialize(serialize($x))`), and the nested call inside the `unserialize($data)` method of a class ' +
        'that implements `Serializable`, ' +
        'whose string is the payload of the outer `unserialize()` that called it.' +
        outsideInputSentence(inputs, 'the string'),
      whyItMatters:
        'Unserializing data an attacker can touch instantiates any class the application can load, and their ' +
        'magic methods (`__wakeup`, `__destruct`) become a path to remote code execution.',
      example: {
        bad: "$cart = unserialize($_COOKIE['cart']);",
        good: "$cart = json_decode($_COOKIE['cart'], true, 512, JSON_THROW_ON_ERROR);",
      },
    },
  },
  create(context) {
    const taint = new LocalTaint(inputs);
    return {
      function_call_expression(node) {
        if (functionName(node) !== 'unserialize') return;
        const args =
          node.childForFieldName('arguments')?.namedChildren.filter((child) => child?.type === 'argument') ?? [];
        const data = args[0]?.namedChild(0);
        // A second argument is the `['allowed_classes' => ...]` option that limits what can be instantiated.
        if (args.length !== 1 || !data || isLiteral(data) || isCopy(data) || implementsSerializable(node)) return;
        if (inputs === 'outside' && taint.isClean(data)) return;
        context.report({
          node,
          message: '`unserialize()` without `allowed_classes` can instantiate any class.',
          help: "Use `json_decode()`, or pass `['allowed_classes' => false]` (or a list of the classes you expect).",
        });
      },
    };
  },
});

export const rule = unserializeRule('outside');
