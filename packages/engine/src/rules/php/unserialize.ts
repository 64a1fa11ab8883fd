import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** A string written out in full, with nothing interpolated. */
function isLiteral(node: SyntaxNode): boolean {
  return (
    node.type === 'string' ||
    (node.type === 'encapsed_string' && node.namedChildren.every((part) => part?.type === 'string_content'))
  );
}

export const rule: Rule = {
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
        'option (RIPS, Psalm taint analysis: PHP object injection).',
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
    return {
      function_call_expression(node) {
        const callee = node.childForFieldName('function');
        const name = callee?.type === 'qualified_name' ? callee.namedChildren.at(-1)?.text : callee?.text;
        if (name?.toLowerCase() !== 'unserialize') return;
        const args =
          node.childForFieldName('arguments')?.namedChildren.filter((child) => child?.type === 'argument') ?? [];
        const data = args[0]?.namedChild(0);
        // A second argument is the `['allowed_classes' => ...]` option that limits what can be instantiated.
        if (args.length !== 1 || !data || isLiteral(data)) return;
        context.report({
          node,
          message: '`unserialize()` without `allowed_classes` can instantiate any class.',
          help: "Use `json_decode()`, or pass `['allowed_classes' => false]` (or a list of the classes you expect).",
        });
      },
    };
  },
};
