import { argumentsOf, calleeNameIn } from './support/calls.js';
import type { Rule } from '../types.js';

const MEMSET = new Set(['memset']);

export const rule: Rule = {
  meta: {
    id: 'c/memset-swapped-arguments',
    equivalents: { clangTidy: ['bugprone-suspicious-memset-usage', 'clang-diagnostic-memset-transposed-args'] },
    tool: 'plumb',
    language: 'c',
    category: 'Error_Prone',
    severity: 'high',
    labels: ['bug'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'A `memset` whose length is the literal `0` while its fill value is not, such as ' +
        '`memset(buf, 0xff, 0)` or `memset(buf, sizeof buf, 0)` (GCC -Wmemset-transposed-args, clang-tidy ' +
        'bugprone-suspicious-memset-usage).',
      whyItMatters:
        'The fill value and the length were swapped: the call writes ' +
        'nothing, and the buffer keeps whatever it held before.',
      example: {
        bad: 'memset(buf, sizeof buf, 0);',
        good: 'memset(buf, 0, sizeof buf);',
      },
    },
  },
  create(context) {
    return {
      call_expression(node) {
        if (calleeNameIn(node, MEMSET, context.source) !== 'memset') return;
        const [, value, length] = argumentsOf(node);
        if (length?.type !== 'number_literal' || !/^0+[uUlL]*$/.test(length.text)) return;
        if (!value || /^(?:0+[uUlL]*|'\\0')$/.test(value.text)) return;
        context.report({
          node,
          message: '`memset` is given a length of 0, so it writes nothing; the value and length look swapped.',
          help: 'Put the fill value second and the byte count third: `memset(buf, value, length)`.',
        });
      },
    };
  },
};
