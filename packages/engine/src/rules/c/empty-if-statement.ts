import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** `;` alone, or `{ }` with nothing in it; a comment or preprocessor line inside says the emptiness is deliberate. */
function emptiness(body: SyntaxNode | null): 'semicolon' | 'block' | undefined {
  // A zero-width `;` is one the parser made up where a preprocessor line split the `if` from its body.
  if (body?.type === 'expression_statement' && body.namedChildCount === 0 && body.text === ';' && !body.isMissing)
    return 'semicolon';
  if (body?.type === 'compound_statement' && body.namedChildCount === 0) return 'block';
  return undefined;
}

/** glibc functions declared `warn_unused_result`, whose result an empty `if` exists to use up (mosquitto's `read`). */
const MUST_USE = new Set([
  'read',
  'write',
  'pread',
  'pwrite',
  'fread',
  'fwrite',
  'fgets',
  'send',
  'recv',
  'chdir',
  'chown',
  'dup',
  'pipe',
  'setuid',
  'setgid',
  'system',
  'ftruncate',
  'truncate',
  'realpath',
  'getcwd',
  'asprintf',
]);

/**
 * `if (fwrite(key, 1, n, stderr)) {}`: a call's result tested and dropped in one breath, the idiom that quiets
 * `warn_unused_result` (a cast to `void` does not).
 */
function discardsCallResult(node: SyntaxNode, consequence: SyntaxNode): boolean {
  const condition = node.childForFieldName('condition');
  const calls = condition?.descendantsOfType('call_expression') ?? [];
  const oneLine = /^\{ *\}$/.test(consequence.text) && condition?.endPosition.row === consequence.startPosition.row;
  return (
    (oneLine && calls.length > 0) || calls.some((call) => MUST_USE.has(call?.childForFieldName('function')?.text ?? ''))
  );
}

function isFollowedBySameLineComment(node: SyntaxNode, source: string): boolean {
  const line = source.split('\n', node.endPosition.row + 1)[node.endPosition.row] ?? '';
  return /^\s*(?:\/\/|\/\*)/.test(line.slice(node.endPosition.column));
}

export const rule: Rule = {
  meta: {
    id: 'c/empty-if-statement',
    equivalents: { clangTidy: ['bugprone-suspicious-semicolon', 'clang-diagnostic-empty-body'] },
    tool: 'plumb',
    language: 'c',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug', 'unused-code'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'An `if` whose body is empty: a stray `;` right after the condition, or an empty `{ }` (GCC ' +
        '-Wempty-body, clang-tidy bugprone-suspicious-semicolon). A comment on the same line, or an `else` ' +
        'after the `;` or `{ }`, marks it as deliberate: `if (ok) { } else if (retry) ... else fail();` carves a ' +
        'case out of the branches after it. `if (fwrite(...)) {}` on one line, the idiom that quiets ' +
        '`warn_unused_result`, is left alone too, and so is an empty body after a call to a glibc function ' +
        'declared `warn_unused_result` (`read`, `write`, `send`, `chdir`...), however it is laid out.',
      whyItMatters:
        'A stray semicolon after `if (...)` makes the statement below it run unconditionally; an empty body is ' +
        'unfinished code or a condition that should be inverted.',
      example: {
        bad: 'if (len > MAX);\n  return -1;',
        good: 'if (len > MAX)\n  return -1;',
      },
    },
  },
  create(context) {
    return {
      if_statement(node) {
        const consequence = node.childForFieldName('consequence');
        const empty = emptiness(consequence);
        if (!empty || !consequence || node.hasError) return;
        // `if (a) ; else ...`, `if (a) {} else ...` (a case carved out of an else-if chain) and `if (a) {} // why`
        // are written on purpose; the bug is a lone `if (a);` above a statement, or a lone empty block.
        if (node.childForFieldName('alternative')) return;
        if (isFollowedBySameLineComment(consequence, context.source) || discardsCallResult(node, consequence)) return;
        context.report({
          node,
          lineEnd: node.startPosition.row + 1,
          message: empty === 'semicolon' ? 'Stray `;` makes this `if` do nothing.' : 'Empty `if` body.',
          help:
            empty === 'semicolon'
              ? 'Remove the `;` so the statement below is the body.'
              : 'Invert the condition, or remove the `if`.',
        });
      },
    };
  },
};
