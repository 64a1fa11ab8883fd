import type { SyntaxNode } from '../../parse/parser.js';
import { argumentsOf, calleeNameIn, isStringLiteral, literalText } from './support/calls.js';
import { declaredKind } from './support/declarations.js';
import { fixedArraySize, formattedLengthBound } from './support/format-bound.js';
import { isSizedFromCopiedStrings, stringArgumentsOf } from './support/sized-from-copy.js';
import type { Rule } from '../types.js';

/** `%s` with no precision can write any length; `%.20s` cannot. */
const UNBOUNDED_STRING_CONVERSION = /%[-+ #0]*(?:\d+|\*)?[hlLqjzt]*s/;

/** Why a call can write past its destination buffer, or undefined when it is bounded. */
function unboundedBecause(name: string, args: SyntaxNode[]): string | undefined {
  switch (name) {
    case 'strcpy':
    case 'strcat':
    case 'wcscpy':
    case 'wcscat':
      // Copying a literal has a size known at compile time, and fortified builds check it.
      return isStringLiteral(args[1]) ? undefined : 'copies a string of unknown length';
    case 'sprintf': {
      // A format built at run time usually carries its own widths (Lua's string.format does): only judge literals.
      const format = literalText(args[1]);
      return format !== undefined && UNBOUNDED_STRING_CONVERSION.test(format.replace(/%%/g, ''))
        ? 'formats `%s` with no precision'
        : undefined;
    }
    case 'vsprintf':
      return 'writes a formatted string of unknown length';
    default:
      return undefined;
  }
}

const COPY_FUNCTIONS = new Set(['strcpy', 'strcat', 'wcscpy', 'wcscat', 'sprintf', 'vsprintf']);

const BOUNDED_ALTERNATIVE: Record<string, string> = {
  strcpy: 'snprintf(dst, sizeof dst, "%s", src)',
  strcat: 'strncat with the space left, or snprintf',
  wcscpy: 'wcsncpy with the buffer size',
  wcscat: 'wcsncat with the space left',
  sprintf: 'snprintf(dst, sizeof dst, ...)',
  vsprintf: 'vsnprintf(dst, sizeof dst, ...)',
};

function isArray(destination: SyntaxNode | undefined): destination is SyntaxNode {
  return destination?.type === 'identifier' && declaredKind(destination, destination.text) === 'array';
}

/** The strings a call copies into its destination: `strcpy`'s source, `sprintf`'s `%s` arguments. */
function copiedStrings(name: string, args: readonly SyntaxNode[]): SyntaxNode[] {
  if (name === 'sprintf') {
    const format = literalText(args[1]);
    return (format !== undefined && stringArgumentsOf(format.replace(/%%/g, ''), args.slice(2))) || [];
  }
  return name === 'vsprintf' || !args[1] ? [] : [args[1]];
}

/** Whether the longest text a `sprintf` can write fits its fixed destination array. */
function fitsDestination(destination: SyntaxNode, args: readonly SyntaxNode[]): boolean {
  const size = fixedArraySize(destination, destination.text);
  const format = literalText(args[1]);
  const longest = size === undefined || format === undefined ? undefined : formattedLengthBound(format, args.slice(2));
  return longest !== undefined && size !== undefined && longest <= size;
}

export const rule: Rule = {
  meta: {
    id: 'c/unbounded-string-copy',
    equivalents: {
      clangTidy: [
        'clang-analyzer-security.insecureAPI.strcpy',
        'clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling',
      ],
    },
    tool: 'plumb',
    language: 'c',
    category: 'Security',
    // A test copies its own fixed strings, whose lengths it knows.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['security', 'bug'],
    remediationMinutes: 15,
    // Off by default, as clang-analyzer's insecureAPI checks are: the bound is often a guard it cannot see.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        '`strcpy`/`strcat` of a non-literal string, `sprintf` with an unbounded `%s`, and `vsprintf`, into a ' +
        'fixed-size array: writes whose length the array does not limit (flawfinder, CERT STR31-C, CWE-120). ' +
        'Buffers allocated at run time are left alone, as they are usually sized for the copy, and so are arrays ' +
        'whose run-time size adds up the lengths of the strings copied into them (`char buf[strlen(dir) + ' +
        'strlen(name) + 2]`, directly or through a local variable, for `sprintf(buf, "%s/%s", dir, name)`), and a ' +
        '`sprintf` whose longest output fits the array: each `%s` a literal, a fixed array (`char name[32]`), an ' +
        "entry of a table of literals or a struct's fixed array field, and numbers, into a larger `char buf[64]`.",
      whyItMatters:
        'If the source is ever longer than the destination, the call writes past the buffer: memory ' +
        'corruption, crashes and the classic stack-smashing exploit.',
      example: {
        bad: 'char path[PATH_MAX];\nstrcpy(path, dir);\nstrcat(path, name);',
        good: `char path[PATH_MAX];
if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path) return -1;`,
      },
    },
  },
  create(context) {
    return {
      call_expression(node) {
        // unboundedBecause knows only these functions; the arguments of any other call are not worth reading.
        const name = calleeNameIn(node, COPY_FUNCTIONS, context.source);
        if (!name) return;
        const args = argumentsOf(node);
        const because = unboundedBecause(name, args);
        // Only an array is a sure overflow; a buffer allocated at run time was usually sized for the copy, and so
        // was an array whose run-time size adds up the lengths of the strings copied into it.
        if (!because || !isArray(args[0]) || isSizedFromCopiedStrings(args[0], copiedStrings(name, args))) return;
        if (name === 'sprintf' && fitsDestination(args[0], args)) return;
        context.report({
          node,
          message: `\`${name}\` ${because}, so it can overflow the destination.`,
          help: `Use ${BOUNDED_ALTERNATIVE[name] ?? 'a bounded variant'} and handle truncation.`,
        });
      },
    };
  },
};
