import type { SyntaxNode, Tree } from '../../parse/parser.js';
import { closestAncestor, namedChildrenOf } from '../support/syntax.js';
import { tooManyParametersRule } from '../support/too-many-parameters-rule.js';
import type { RuleContext } from '../types.js';

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
 * helpers behind them take them passed through (netty's `_sendTo` serves two `sendTo` entry points).
 */
function declaredImposed(definition: SyntaxNode): boolean {
  const declarator = functionDeclarator(definition);
  if (declarator?.namedChildren.some((child) => child?.type === 'virtual_specifier')) return true;
  const list = declarator?.childForFieldName('parameters');
  const first = list ? namedChildrenOf(list)[0] : undefined;
  return first?.childForFieldName('type')?.text === 'JNIEnv' && first.childForFieldName('declarator')?.type === 'pointer_declarator';
}

/** The name a definition declares, when it is a plain identifier (not `Class::method`, not a member declared in its class). */
function plainName(definition: SyntaxNode): string | undefined {
  const name = functionDeclarator(definition)?.childForFieldName('declarator');
  return name?.type === 'identifier' ? name.text : undefined;
}

/**
 * What a file does with its functions, kept per tree and filled in as functions over the limit ask: the names its
 * registration macros paste, found once per file, and each asked name's uses, found once per name. Files with no
 * function over the limit pay nothing; the others a text search per name asked, the tree consulted only where a name occurs.
 */
interface FileUses {
  root: SyntaxNode;
  source: string;
  pasted?: Set<string>;
  byName: Map<string, NameUses>;
}

interface NameUses {
  /** Used as a value (stored, assigned, passed, cast), and declared as no variable or parameter whose uses would look the same. */
  asValue: boolean;
  /** Where the name is followed by `(`: its calls, its definition and prototypes, mentions in comments. */
  calls: number[];
}

const usesByTree = new WeakMap<Tree, FileUses>();

function fileUses(tree: Tree, source: string): FileUses {
  let uses = usesByTree.get(tree);
  if (!uses) {
    uses = { root: tree.rootNode, source, byName: new Map() };
    usesByTree.set(tree, uses);
  }
  return uses;
}

/** Nodes a name may sit in without being code. */
const NOT_CODE = new Set(['comment', 'string_content', 'string_literal', 'char_literal', 'raw_string_content', 'raw_string_literal', 'system_lib_string']);
/** Parents of an identifier that declare it: a variable or parameter of that name. */
const DECLARES = new Set(['declaration', 'parameter_declaration', 'optional_parameter_declaration', 'pointer_declarator', 'array_declarator', 'reference_declarator', 'attributed_declarator']);

const SPACE = /\s*/y;

/** Where the first character at or after `index` that is not white space is. */
function skipSpace(text: string, index: number): number {
  SPACE.lastIndex = index;
  SPACE.exec(text);
  return SPACE.lastIndex;
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /\w/.test(character);

/** Where `name` occurs in the text as a whole word. */
function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + name.length)) {
    if (!isWordCharacter(text[index - 1]) && !isWordCharacter(text[index + name.length])) found.push(index);
  }
  return found;
}

const isField = (parent: SyntaxNode, field: string, node: SyntaxNode) => parent.childForFieldName(field)?.startIndex === node.startIndex;

/** How an identifier not followed by `(` uses its name: as a value, as a variable or parameter it declares, or neither. */
function roleOf(identifier: SyntaxNode): 'value' | 'declared' | undefined {
  const parent = identifier.parent;
  // `#ifdef name`, `defined(name)`, a macro's own name; code the parser could not read.
  if (!parent || parent.type.startsWith('preproc_') || parent.type === 'ERROR') return undefined;
  if (parent.type === 'init_declarator') return isField(parent, 'value', identifier) ? 'value' : 'declared';
  if (DECLARES.has(parent.type)) return 'declared';
  // `int (f)(int)` declares the function itself; `f /* why */ (x)` calls it.
  if (parent.type === 'function_declarator' || parent.type === 'parenthesized_declarator') return undefined;
  if (parent.type === 'call_expression' && isField(parent, 'function', identifier)) return undefined;
  return 'value';
}

/**
 * A name's uses, from the source text: followed by `(` it is a call (or a declarator), recorded for `passesThrough`;
 * otherwise the tree tells a value (`.cb = f`, `g(f)`, `(void *)f`) from a mention in a comment or a string.
 */
function usesOfName(uses: FileUses, name: string): NameUses {
  let found = uses.byName.get(name);
  if (found) return found;
  let value = false;
  let declared = false;
  const calls: number[] = [];
  for (const index of occurrences(uses.source, name)) {
    const end = index + name.length;
    if (uses.source[skipSpace(uses.source, end)] === '(') {
      calls.push(index);
      continue;
    }
    const node = uses.root.descendantForIndex(index, end);
    if (node?.type !== 'identifier' || node.startIndex !== index) continue;
    const role = roleOf(node);
    if (role === 'value') value = true;
    else if (role === 'declared') declared = true;
  }
  found = { asValue: value && !declared, calls };
  uses.byName.set(name, found);
  return found;
}

/** Where a macro body pastes a parameter to a fixed prefix or suffix (`RM_ ## name`), other than to call the result. */
function pastesOf(body: string, parameter: string, parameters: readonly string[]): { prefix: string; suffix: string }[] {
  const pastes: { prefix: string; suffix: string }[] = [];
  for (const match of body.matchAll(new RegExp(`(?:(\\w+)\\s*##\\s*)?\\b${parameter}\\b(?:\\s*##\\s*(\\w+))?`, 'g'))) {
    const [text, prefix = '', suffix = ''] = match;
    if (prefix === '' && suffix === '') continue; // `name` or `#name`: not pasted
    if (parameters.includes(prefix) || parameters.includes(suffix)) continue; // `a ## b`: no fixed part
    if (body[skipSpace(body, match.index + text.length)] === '(') continue;
    pastes.push({ prefix, suffix });
  }
  return pastes;
}

/** The name of a function-like macro's definition, `#define NAME(`, in group 1. */
const FUNCTION_MACRO = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)\(/gm;
/** A macro invocation's arguments, from its `(`, when they hold no parentheses. */
const MACRO_ARGUMENTS = /\(([^()]*)\)/y;

/**
 * Names the file's token-pasting macros make where it invokes them, found once per file:
 * `#define REGISTER_API(name) moduleRegisterApi(..., RM_ ## name)` with `REGISTER_API(BlockClient)` names
 * `RM_BlockClient`. A pasted name the macro calls (`do_ ## x(...)`) is a call, not a registration.
 */
function pastedNames(uses: FileUses): Set<string> {
  if (uses.pasted) return uses.pasted;
  const { root, source } = uses;
  const names = new Set<string>();
  uses.pasted = names;
  if (!source.includes('##')) return names;
  for (const { 0: text, 1: macro = '', index } of source.matchAll(FUNCTION_MACRO)) {
    const nameAt = index + text.length - 1 - macro.length;
    const definition = root.descendantForIndex(nameAt, nameAt + macro.length)?.parent;
    const list = definition?.type === 'preproc_function_def' ? definition.childForFieldName('parameters') : null;
    const body = definition?.childForFieldName('value')?.text;
    if (!list || !body?.includes('##')) continue;
    const parameters = namedChildrenOf(list).filter((node) => node.type === 'identifier').map((node) => node.text);
    const pastes = parameters.flatMap((parameter, position) => pastesOf(body, parameter, parameters).map((paste) => ({ position, ...paste })));
    if (pastes.length === 0) continue;
    for (const at of occurrences(source, macro)) {
      const node = root.descendantForIndex(at, at + macro.length);
      if (node?.type !== 'preproc_arg' && node?.parent?.type !== 'call_expression') continue; // its own definition, a comment
      MACRO_ARGUMENTS.lastIndex = skipSpace(source, at + macro.length);
      const args = MACRO_ARGUMENTS.exec(source)?.[1]?.split(',').map((arg) => arg.trim()) ?? [];
      for (const { position, prefix, suffix } of pastes) if (/^\w+$/.test(args[position] ?? '')) names.add(prefix + args[position] + suffix);
    }
  }
  return names;
}

/** Used as a value, or registered through a pasting macro: a function-pointer type fixes the function's signature. */
const usedAsValue = (name: string, uses: FileUses) => pastedNames(uses).has(name) || usesOfName(uses, name).asValue;

/** Fixed by its declaration (override, JNI), or by the function-pointer type it is used as or registered through. */
function imposedDirectly(definition: SyntaxNode, uses: FileUses): boolean {
  if (declaredImposed(definition)) return true;
  const name = plainName(definition);
  return name !== undefined && usedAsValue(name, uses);
}

const FUNCTION_DEFINITION = new Set(['function_definition']);

const isStatic = (definition: SyntaxNode) => definition.namedChildren.some((child) => child?.type === 'storage_class_specifier' && child.text === 'static');

/**
 * A `static` function whose every call in its file comes from functions with imposed signatures is the shared body
 * behind them, taking their parameters passed through: a JNI helper, or the body an API's variants share (as redis's
 * `RM_BlockClient*` share `moduleBlockClient`, which, not being static, other files might call too).
 * One level: the callers must be imposed directly. A call the tree cannot place (in a macro body) keeps it reported.
 */
function passesThrough(definition: SyntaxNode, name: string, uses: FileUses): boolean {
  if (!isStatic(definition)) return false;
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
  if (declaredImposed(definition)) return true;
  const name = plainName(definition);
  if (name === undefined) return false;
  const uses = fileUses(definition.tree, context.source);
  return usedAsValue(name, uses) || passesThrough(definition, name, uses);
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
    whatItFinds: 'A function definition declaring more parameters than the configured maximum (8 by default; clang-tidy readability-function-size ParameterThreshold, lizard). Skipped, as their signature is imposed: functions the file uses as values (stored in an initializer or table, assigned, passed as an argument, cast as `(void *)fn`; not where the file also declares a variable or parameter of that name) or names through a token-pasting registration macro (`#define REGISTER_API(name) register(#name, RM_ ## name)` with `REGISTER_API(BlockClient)` names `RM_BlockClient`), whose parameters are those of the function-pointer type or published ABI they must match; JNI code, whose first parameter is `JNIEnv *` (entry points, whose signature is their Java `native` method plus the two parameters JNI adds, and the helpers they pass those arguments to); overrides in C++; a `static` function called in its file only from functions skipped for these reasons, the shared body they pass their parameters through to (one level); test code.',
    whyItMatters: 'Long parameter lists are hard to call correctly (arguments of the same type are easily swapped) and usually mean the function does too much or a struct is missing.',
    example: {
      bad: 'int connect_to(const char *host, int port, const char *user, const char *password, int timeout, int retries, bool tls, const char *proxy);',
      good: 'struct connect_options { const char *host; int port; /* ... */ };\nint connect_to(const struct connect_options *options);',
    },
  },
});
