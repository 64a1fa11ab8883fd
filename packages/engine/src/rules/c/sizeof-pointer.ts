import type { SyntaxNode } from '../../parse/parser.js';
import { argumentsOf, calleeNameIn } from './support/calls.js';
import { declaredKind } from './support/declarations.js';
import type { Rule } from '../types.js';
import { quotedCode } from '../support/quoted-code.js';

/** For each function: which arguments are buffers, and which one is the byte count. */
const BUFFER_CALLS = new Map<string, { buffers: number[]; size: number }>([
  ['memset', { buffers: [0], size: 2 }],
  ['memcpy', { buffers: [0, 1], size: 2 }],
  ['memmove', { buffers: [0, 1], size: 2 }],
  ['memcmp', { buffers: [0, 1], size: 2 }],
  ['bzero', { buffers: [0], size: 1 }],
  ['explicit_bzero', { buffers: [0], size: 1 }],
  ['strncpy', { buffers: [0], size: 2 }],
  ['strncat', { buffers: [0], size: 2 }],
  ['snprintf', { buffers: [0], size: 1 }],
  ['fgets', { buffers: [0], size: 1 }],
  ['read', { buffers: [1], size: 2 }],
  ['recv', { buffers: [1], size: 2 }],
]);

/** `sizeof x` or `sizeof(x)` of a plain variable: its name. */
function sizeofOperand(node: SyntaxNode | undefined): string | undefined {
  if (node?.type !== 'sizeof_expression') return undefined;
  let operand = node.childForFieldName('value');
  while (operand?.type === 'parenthesized_expression') operand = operand.namedChild(0);
  return operand?.type === 'identifier' ? operand.text : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'c/sizeof-pointer',
    equivalents: { clangTidy: ['bugprone-sizeof-expression', 'clang-diagnostic-sizeof-pointer-memaccess'] },
    tool: 'plumb',
    language: 'c',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 10,
    docs: {
      whatItFinds:
        'A memory or string call whose byte count is `sizeof` of a buffer that is a pointer, such as ' +
        '`memset(p, 0, sizeof(p))` where `p` is a `char *` or an array parameter (clang-tidy ' +
        'bugprone-sizeof-expression, GCC -Wsizeof-pointer-memaccess, CWE-467).',
      whyItMatters:
        '`sizeof` of a pointer is the size of the pointer (4 or 8 bytes), not of the memory it points to: the ' +
        'call clears, copies or reads far too little, or too much.',
      example: {
        bad: 'void reset(struct config *cfg) {\n  memset(cfg, 0, sizeof(cfg));\n}',
        good: 'void reset(struct config *cfg) {\n  memset(cfg, 0, sizeof(*cfg));\n}',
      },
    },
  },
  create(context) {
    return {
      call_expression(node) {
        const name = calleeNameIn(node, BUFFER_CALLS, context.source) ?? '';
        const shape = BUFFER_CALLS.get(name);
        if (!shape) return;
        const args = argumentsOf(node);
        const measured = sizeofOperand(args[shape.size]);
        if (
          !measured ||
          !shape.buffers.some((index) => args[index]?.type === 'identifier' && args[index]?.text === measured)
        )
          return;
        if (declaredKind(node, measured) !== 'pointer') return;
        context.report({
          node,
          message:
            `\`sizeof(${quotedCode(measured)})\` is the size of a pointer, ` +
            `not of the buffer \`${name}\` works on.`,
          help:
            `Use \`sizeof(*${measured})\` times the element count, ` +
            `or pass the buffer's length alongside the pointer.`,
        });
      },
    };
  },
};
