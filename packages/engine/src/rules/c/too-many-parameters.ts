import type { SyntaxNode } from '../../parse/parser.js';
import { closestAncestor, namedChildrenOf } from '../support/syntax.js';
import { tooManyParametersRule } from '../support/too-many-parameters-rule.js';
import { type FileUses, fileUses, isField, NOT_CODE, usedAsValue, usesOfName } from './support/function-uses.js';
import { isInTestOnlyBranch } from './support/test-only-branch.js';
import type { RuleContext } from '../types.js';

/** The function declarator of a definition, behind pointer and reference return declarators. */
function functionDeclarator(definition: SyntaxNode): SyntaxNode | undefined {
  let declarator = definition.childForFieldName('declarator');
  while (declarator && declarator.type !== 'function_declarator') {
    declarator =
      declarator.childForFieldName('declarator') ??
      declarator.namedChildren.find((child) => child?.type.endsWith('declarator')) ??
      null;
  }
  return declarator ?? undefined;
}

/** Declared parameters; `(void)` and a trailing `...` declare none. */
function countParameters(definition: SyntaxNode): number {
  const list = functionDeclarator(definition)?.childForFieldName('parameters');
  if (!list) return 0;
  return namedChildrenOf(list).filter(
    (child) => /^(?:optional_)?parameter_declaration$/.test(child.type) && child.text !== 'void',
  ).length;
}

/**
 * `override` and `final` functions have their signature fixed by the base class. JNI code (first parameter
 * `JNIEnv *`) carries a Java `native` method's arguments: entry points take them with the two JNI adds, and the
 * helpers behind them take them passed through (netty's `_sendTo` serves two `sendTo` entry points).
 */
function declaredImposed(definition: SyntaxNode): boolean {
  const declarator = functionDeclarator(definition);
  if (declarator?.namedChildren.some((child) => child?.type === 'virtual_specifier')) return true;
  const list = declarator?.childForFieldName('parameters');
  const first = list ? namedChildrenOf(list)[0] : undefined;
  return (
    first?.childForFieldName('type')?.text === 'JNIEnv' &&
    first.childForFieldName('declarator')?.type === 'pointer_declarator'
  );
}

/**
 * The name a definition declares, when it is a plain identifier
 * (not `Class::method`, not a member declared in its class).
 */
function plainName(definition: SyntaxNode): string | undefined {
  const name = functionDeclarator(definition)?.childForFieldName('declarator');
  return name?.type === 'identifier' ? name.text : undefined;
}

/** Fixed by its declaration (override, JNI), or by the function-pointer type it is used as or registered through. */
function imposedDirectly(definition: SyntaxNode, uses: FileUses): boolean {
  if (declaredImposed(definition)) return true;
  const name = plainName(definition);
  return name !== undefined && usedAsValue(name, uses);
}

const FUNCTION_DEFINITION = new Set(['function_definition']);

const isStatic = (definition: SyntaxNode) =>
  definition.namedChildren.some((child) => child?.type === 'storage_class_specifier' && child.text === 'static');

/**
 * A `static` function whose every call in its file comes from functions with imposed signatures is the shared body
 * behind them, taking their parameters passed through: a JNI helper, or the body an API's variants share (as redis's
 * `RM_BlockClient*` share `moduleBlockClient`, which, not being static, other files might call too).
 * One level: the callers must be imposed directly. A call the tree cannot place (in a macro body) keeps it reported.
 */
function passesThrough(definition: SyntaxNode, uses: FileUses): boolean {
  const name = plainName(definition);
  if (name === undefined || !isStatic(definition)) return false;
  let called = false;
  for (const index of usesOfName(uses, name).calls) {
    const node = uses.root.descendantForIndex(index, index + name.length);
    if (node && NOT_CODE.has(node.type)) continue;
    const parent = node?.type === 'identifier' ? node.parent : null;
    if (parent?.type === 'function_declarator') continue; // its definition or a prototype
    if (!node || parent?.type !== 'call_expression' || !isField(parent, 'function', node)) return false;
    const caller = closestAncestor(node, FUNCTION_DEFINITION);
    if (caller?.startIndex === definition.startIndex) continue; // recursion
    if (!caller || !imposedDirectly(caller, uses)) return false;
    called = true;
  }
  return called;
}

/**
 * A signature fixed elsewhere: by the declaration (overrides, JNI), by the function-pointer type the function is
 * stored, passed or registered as (a callback's parameters are not its author's to choose: clang-tidy's
 * misc-unused-parameters likewise changes no signature of a function referenced other than by calls), or, for the
 * static shared body of such functions, by the callers that pass their parameters through.
 */
function signatureIsImposed(definition: SyntaxNode, context: RuleContext): boolean {
  const uses = fileUses(definition.tree, context.source);
  return imposedDirectly(definition, uses) || passesThrough(definition, uses);
}

/** C and C++ (the C++ edition reuses this rule). */
export const rule = tooManyParametersRule({
  id: 'c/too-many-parameters',
  equivalents: { clangTidy: ['readability-function-size'] },
  language: 'c',
  functionTypes: ['function_definition'],
  countParameters,
  signatureIsImposed,
  isTestCode: isInTestOnlyBranch,
  nameOf: (definition) => functionDeclarator(definition)?.childForFieldName('declarator') ?? null,
  unnamed: 'function',
  help: 'Group related parameters into a struct, or split the function.',
  docs: {
    whatItFinds:
      'A function definition declaring more parameters than the configured maximum (8 by default; ' +
      'clang-tidy readability-function-size ParameterThreshold, lizard). Skipped, as their signature is ' +
      'imposed: functions the file uses as values (stored in an initializer or table, assigned, passed ' +
      'as an argument, cast as `(void *)fn`; not where the file also declares a variable or parameter of ' +
      'that name) or names through a token-pasting registration macro ' +
      '(`#define REGISTER_API(name) register(#name, RM_ ## name)` with `REGISTER_API(BlockClient)` names ' +
      '`RM_BlockClient`), whose parameters are those of the function-pointer type or published ABI they ' +
      'must match; JNI code, whose first parameter is `JNIEnv *` (entry points, whose signature is their ' +
      'Java `native` method plus the two parameters JNI adds, and the helpers they pass those arguments ' +
      'to); overrides in C++; a `static` function called in its file only from functions skipped for ' +
      'these reasons, the shared body they pass their parameters through to (one level); test code, in ' +
      'test files or in an `#ifdef REDIS_TEST`-style branch that builds the tests of the file.',
    whyItMatters:
      'Long parameter lists are hard to call correctly (arguments of the same type are easily swapped) and ' +
      'usually mean the function does too much or a struct is missing.',
    example: {
      bad:
        'int connect_to(const char *host, int port, const char *user, const char *password, int timeout, int ' +
        'retries, bool tls, const char *proxy);',
      good: `struct connect_options { const char *host; int port; /* ... */ };
int connect_to(const struct connect_options *options);`,
    },
  },
});
