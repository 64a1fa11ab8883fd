import type { SyntaxNode } from '../../parse/parser.js';
import { argumentsOf, calleeNameIn, isMacroConstant, isStringLiteral } from './support/calls.js';
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

/** A literal in all but name: a translated literal, or `cond ? "a" : "b"` over literals. */
function isLiteralFormat(node: SyntaxNode | null): boolean {
  if (!node) return false;
  if (isStringLiteral(node) || isMacroConstant(node)) return true;
  if (node.type === 'call_expression') return TRANSLATIONS.has(node.childForFieldName('function')?.text ?? '');
  if (node.type === 'conditional_expression')
    return (
      isLiteralFormat(node.childForFieldName('consequence')) && isLiteralFormat(node.childForFieldName('alternative'))
    );
  return node.type === 'parenthesized_expression' && isLiteralFormat(node.namedChild(0));
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
        '`printf(message)` (GCC -Wformat-security, flawfinder, CERT FIO30-C, CWE-134).',
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
        if (isLiteralFormat(format)) return;
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
