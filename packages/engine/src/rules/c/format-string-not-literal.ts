import type { SyntaxNode } from '../../parse/parser.js';
import { argumentsOf, calleeNameIn, isMacroConstant, isStringLiteral } from './support/calls.js';
import { isStringMacroUse } from './support/string-macros.js';
import type { Rule } from '../types.js';
import { quotedCode } from '../support/quoted-code.js';

/** Where each printf-family function takes its format. */
const FORMAT_INDEX = new Map([
  ['printf', 0],
  ['vprintf', 0],
  ['fprintf', 1],
  ['dprintf', 1],
  ['sprintf', 1],
  ['snprintf', 2],
  ['syslog', 1],
  ['wprintf', 0],
  ['fwprintf', 1],
]);
// gettext's translation calls return a format that compilers check against the literal inside them.
const TRANSLATIONS = new Set(['_', 'gettext', 'dgettext', 'ngettext', 'N_', 'tr']);

/**
 * A literal in all but name: a translated literal, `cond ? "a" : "b"` over literals, or a macro that expands to one
 * (`USAGE`, or one the file defines: `FORMAT_TIME(t)` for `"%" PRId64 "s", (t)`). `source` is the file's.
 */
function isLiteralFormat(node: SyntaxNode | null, source: string): boolean {
  if (!node) return false;
  if (isStringLiteral(node) || isMacroConstant(node)) return true;
  if (node.type === 'call_expression' && TRANSLATIONS.has(node.childForFieldName('function')?.text ?? '')) return true;
  if (node.type === 'identifier' || node.type === 'call_expression') return isStringMacroUse(node, source);
  if (node.type === 'conditional_expression')
    return (
      isLiteralFormat(node.childForFieldName('consequence'), source) &&
      isLiteralFormat(node.childForFieldName('alternative'), source)
    );
  return node.type === 'parenthesized_expression' && isLiteralFormat(node.namedChild(0), source);
}

export const rule: Rule = {
  meta: {
    id: 'c/format-string-not-literal',
    equivalents: { clangTidy: ['clang-diagnostic-format-security', 'clang-diagnostic-format-nonliteral'] },
    tool: 'plumb',
    language: 'c',
    category: 'Security',
    // A test formats its own strings, with no input from users.
    appliesToTests: false,
    severity: 'high',
    labels: ['security', 'bug'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'A `printf`-family call whose only text argument is a variable used as the format, such as ' +
        '`printf(message)` (GCC -Wformat-security, flawfinder, CERT FIO30-C, CWE-134). A macro that expands to ' +
        'a string literal is a literal: an ALL_CAPS name, or a macro the file defines as literals and macros side ' +
        'by side, maybe followed by arguments ' +
        '(`#define FORMAT_MMSS(t) "%02" PRId64 ":%02" PRId64, (t) / 60, (t) % 60`).',
      whyItMatters:
        'If the text ever contains `%`, it is read as conversions: `%s` and `%x` read random memory and `%n` ' +
        'writes to it, a well-known exploit when the text comes from input.',
      example: {
        bad: 'printf(message);',
        good: 'printf("%s", message);',
      },
    },
  },
  create(context) {
    return {
      call_expression(node) {
        const name = calleeNameIn(node, FORMAT_INDEX, context.source) ?? '';
        const index = FORMAT_INDEX.get(name);
        if (index === undefined) return;
        const args = argumentsOf(node);
        const format = args[index];
        // With further arguments the variable is meant as a format; only a lone text argument is the mistake.
        if (!format || args.length !== index + 1 || name.startsWith('v')) return;
        if (isLiteralFormat(format, context.source)) return;
        context.report({
          node,
          message: `\`${name}\` uses \`${quotedCode(format.text)}\` as its format string.`,
          help: `Pass the text as an argument: \`${name}(${args
            .slice(0, index)
            .map((arg) => `${arg.text}, `)
            .join('')}"%s", ${format.text})\`, or use \`fputs\`.`,
        });
      },
    };
  },
};
