import type { SyntaxNode, Tree } from '../../../parse/parser.js';
import { calleeName } from './calls.js';
import { macrosThatLeave } from './leaving-macros.js';

/**
 * Functions the C library and POSIX declare as never returning (`noreturn` in their headers): a call to one ends a
 * block as surely as `return`. `__assert_fail` is what `assert` expands to in glibc, `unreachable` C23's macro.
 */
export const NO_RETURN_FUNCTIONS: ReadonlySet<string> = new Set([
  'exit',
  '_exit',
  '_Exit',
  'quick_exit',
  'abort',
  'longjmp',
  'siglongjmp',
  '_longjmp',
  'pthread_exit',
  'thrd_exit',
  '__assert_fail',
  '__builtin_unreachable',
  '__builtin_trap',
  'unreachable',
]);

/** BSD `<err.h>`: never return, but projects also name logging helpers `err`, so they end a case, not a block. */
const ERR_FUNCTIONS = new Set(['err', 'errx', 'verr', 'verrx']);

/**
 * What declares a function as never returning: C11 `_Noreturn` and `<stdnoreturn.h>`'s `noreturn`, C++11 and C23
 * `[[noreturn]]`, GCC's `__attribute__((noreturn))` and `__noreturn__`, BSD's `__dead` and `__dead2`, and the macros
 * projects wrap them in (`NORETURN`, `G_NORETURN`, `ATTR_NORETURN`, `JEMALLOC_NORETURN`).
 */
const NO_RETURN_MARKER = /\b(?:_Noreturn|noreturn|__noreturn__|__dead2?|\w*NORETURN\w*)\b/g;
const DECLARATIONS = new Set(['declaration', 'function_definition', 'field_declaration']);

/** The name a declaration of a function declares, where the grammar read it (`__dead` leaves an ERROR beside it). */
function declaredFunctionName(declaration: SyntaxNode): string | undefined {
  const head = declaration.type === 'function_definition' ? declaration.childForFieldName('declarator') : declaration;
  const declarator = head?.type === 'function_declarator' ? head : head?.descendantsOfType('function_declarator')[0];
  const name = declarator?.childForFieldName('declarator');
  return name?.type === 'identifier' ? name.text : undefined;
}

const declaredByTree = new WeakMap<Tree, ReadonlySet<string>>();

/** The functions a file declares (or defines) as never returning, by a marker in the declaration's head. */
function noReturnDeclaredIn(tree: Tree, source: string): ReadonlySet<string> {
  let names = declaredByTree.get(tree);
  if (names) return names;
  const found = new Set<string>();
  for (const match of source.matchAll(NO_RETURN_MARKER)) {
    let node: SyntaxNode | null = tree.rootNode.descendantForIndex(match.index);
    while (node && !DECLARATIONS.has(node.type)) node = node.parent;
    // A marker inside a function's body says nothing of the function.
    const body = node?.childForFieldName('body');
    if (!node || (body && match.index >= body.startIndex)) continue;
    const name = declaredFunctionName(node);
    if (name) found.add(name);
  }
  names = found;
  declaredByTree.set(tree, names);
  return names;
}

/**
 * `assert(0)`, `assert(false)`, `assert(0 && "why")`, `assert(!"why")`, `assert("why" == NULL)`: marks a place that
 * must never be reached.
 */
const FALSE_ASSERTION = /^\(\s*(?:0|false|!\s*"|"(?:[^"\\]|\\.)*"\s*==\s*(?:NULL|0|nullptr)\s*\))/;

/** `assert` and the projects' own (`IM_ASSERT`, `RAPIDJSON_ASSERT`, `g_assert`, `DCHECK`, `BM_CHECK`, `VERIFY`). */
const ASSERTION_NAME = /^(?:assert|[a-z]+_assert|(?:[A-Z][A-Z0-9]*_)*(?:ASSERT|D?CHECK|VERIFY))$/;

function isFailedAssertion(call: SyntaxNode): boolean {
  return (
    ASSERTION_NAME.test(calleeName(call) ?? '') && FALSE_ASSERTION.test(call.childForFieldName('arguments')?.text ?? '')
  );
}

/**
 * A statement that calls a function that never returns: one of the C library's, one the file declares so, a macro
 * of the file whose body ends by leaving, or a failed assertion. `source` is the file's, for its declarations.
 */
export function callsNoReturn(statement: SyntaxNode, source: string): boolean {
  const call = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
  if (call?.type !== 'call_expression') return false;
  const name = calleeName(call);
  if (name === undefined) return false;
  return (
    NO_RETURN_FUNCTIONS.has(name) ||
    ERR_FUNCTIONS.has(name) ||
    isFailedAssertion(call) ||
    noReturnDeclaredIn(call.tree, source).has(name) ||
    macrosThatLeave(call.tree, source).has(name)
  );
}

/** lint's `/* NOTREACHED *\/`: the author's word that control does not get past the statement before it. */
export const NOT_REACHED_NOTE = /\bNOT\s*REACHED\b/i;
