import { argumentsOf, calleeNameIn, literalText } from './support/calls.js';
import type { Rule } from '../types.js';

/** Where each scanf-family function takes its format. */
const FORMAT_INDEX = new Map([
  ['scanf', 0],
  ['fscanf', 1],
  ['sscanf', 1],
  ['wscanf', 0],
  ['fwscanf', 1],
  ['swscanf', 1],
]);
// `%s` or `%[...]` with no field width and no POSIX `m` (allocate) modifier.
const UNBOUNDED_CONVERSION = /%(?!\*)[hlLqjzt]*(?:s|\[)/;

export const rule: Rule = {
  meta: {
    id: 'c/scanf-unbounded-string',
    equivalents: { clangTidy: ['clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling'] },
    tool: 'plumb',
    language: 'c',
    category: 'Security',
    severity: 'high',
    labels: ['security', 'bug'],
    remediationMinutes: 10,
    // Off by default, as clang-analyzer's insecureAPI checks are: the input is often bounded where it cannot see.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'A `scanf`-family format with a `%s` or `%[` conversion that ' +
        'has no field width (flawfinder, CERT STR31-C, CWE-120).',
      whyItMatters:
        'Without a width, `scanf` stores however many characters the input ' +
        'holds: a long word overflows the buffer, just as `gets` does.',
      example: {
        bad: 'char name[32];\nscanf("%s", name);',
        good: 'char name[32];\nscanf("%31s", name);',
      },
    },
  },
  create(context) {
    return {
      call_expression(node) {
        const name = calleeNameIn(node, FORMAT_INDEX, context.source) ?? '';
        const index = FORMAT_INDEX.get(name);
        if (index === undefined) return;
        const format = literalText(argumentsOf(node)[index]);
        if (format === undefined || !UNBOUNDED_CONVERSION.test(format.replace(/%%/g, ''))) return;
        context.report({
          node,
          message: `\`${name}\` reads a string with no field width, so input can overflow the buffer.`,
          help: 'Give every `%s` and `%[` a width one less than the buffer size, such as `%31s` for `char name[32]`.',
        });
      },
    };
  },
};
