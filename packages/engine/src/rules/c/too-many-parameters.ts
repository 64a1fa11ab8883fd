import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from '../support/syntax.js';
import { tooManyParametersRule } from '../support/too-many-parameters-rule.js';

/** The function declarator of a definition, behind pointer and reference return declarators. */
function functionDeclarator(definition: SyntaxNode): SyntaxNode | undefined {
  let declarator = definition.childForFieldName('declarator');
  while (declarator && declarator.type !== 'function_declarator') {
    declarator = declarator.childForFieldName('declarator') ?? declarator.namedChildren.find((child) => child?.type.endsWith('declarator')) ?? null;
  }
  return declarator ?? undefined;
}

/** Declared parameters; `(void)` and a trailing `...` declare none. */
function countParameters(definition: SyntaxNode): number {
  const list = functionDeclarator(definition)?.childForFieldName('parameters');
  if (!list) return 0;
  return namedChildrenOf(list).filter((child) => /^(?:optional_)?parameter_declaration$/.test(child.type) && child.text !== 'void').length;
}

/**
 * `override` and `final` functions have their signature fixed by the base class. JNI code (first parameter
 * `JNIEnv *`) carries a Java `native` method's arguments: entry points take them with the two JNI adds, and the
 * static helpers behind them take them passed through (netty's `_sendTo` serves two `sendTo` entry points).
 */
function signatureIsImposed(definition: SyntaxNode): boolean {
  const declarator = functionDeclarator(definition);
  if (declarator?.namedChildren.some((child) => child?.type === 'virtual_specifier')) return true;
  const list = declarator?.childForFieldName('parameters');
  const first = list ? namedChildrenOf(list)[0] : undefined;
  return first?.childForFieldName('type')?.text === 'JNIEnv' && first.childForFieldName('declarator')?.type === 'pointer_declarator';
}

/** C and C++ (the C++ edition reuses this rule). */
export const rule = tooManyParametersRule({
  id: 'c/too-many-parameters',
  language: 'c',
  functionTypes: ['function_definition'],
  countParameters,
  signatureIsImposed,
  nameOf: (definition) => functionDeclarator(definition)?.childForFieldName('declarator') ?? null,
  unnamed: 'function',
  help: 'Group related parameters into a struct, or split the function.',
  docs: {
    whatItFinds: 'A function definition declaring more parameters than the configured maximum (8 by default; clang-tidy readability-function-size ParameterThreshold, lizard). Skipped: JNI code, whose first parameter is `JNIEnv *` (entry points, whose signature is their Java `native` method plus the two parameters JNI adds, and the helpers they pass those arguments to); overrides in C++; test code.',
    whyItMatters: 'Long parameter lists are hard to call correctly (arguments of the same type are easily swapped) and usually mean the function does too much or a struct is missing.',
    example: {
      bad: 'int connect_to(const char *host, int port, const char *user, const char *password, int timeout, int retries, bool tls, const char *proxy);',
      good: 'struct connect_options { const char *host; int port; /* ... */ };\nint connect_to(const struct connect_options *options);',
    },
  },
});
