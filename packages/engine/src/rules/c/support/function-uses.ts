import type { SyntaxNode, Tree } from '../../../parse/parser.js';
import { namedChildrenOf } from '../../support/syntax.js';

// What a C or C++ file does with its functions besides calling them: used as values, registered through token-pasting
// macros, called from where. c/too-many-parameters reads it to tell a signature a function-pointer type fixes.

/**
 * What a file does with its functions, kept per tree and filled in as functions over the limit ask: the names its
 * registration macros paste, found once per file, and each asked name's uses, found once per name. Files with no
 * function over the limit pay nothing; the others a text search
 * per name asked, the tree consulted only where a name occurs.
 */
export interface FileUses {
  root: SyntaxNode;
  source: string;
  pasted?: Set<string>;
  byName: Map<string, NameUses>;
}

interface NameUses {
  /**
   * Used as a value (stored, assigned, passed, cast), and declared
   * as no variable or parameter whose uses would look the same.
   */
  asValue: boolean;
  /** Where the name is followed by `(`: its calls, its definition and prototypes, mentions in comments. */
  calls: number[];
}

const usesByTree = new WeakMap<Tree, FileUses>();

export function fileUses(tree: Tree, source: string): FileUses {
  let uses = usesByTree.get(tree);
  if (!uses) {
    uses = { root: tree.rootNode, source, byName: new Map() };
    usesByTree.set(tree, uses);
  }
  return uses;
}

/** Nodes a name may sit in without being code. */
export const NOT_CODE = new Set([
  'comment',
  'string_content',
  'string_literal',
  'char_literal',
  'raw_string_content',
  'raw_string_literal',
  'system_lib_string',
]);
/** Parents of an identifier that declare it: a variable or parameter of that name. */
const DECLARES = new Set([
  'declaration',
  'parameter_declaration',
  'optional_parameter_declaration',
  'pointer_declarator',
  'array_declarator',
  'reference_declarator',
  'attributed_declarator',
]);

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

export const isField = (parent: SyntaxNode, field: string, node: SyntaxNode) =>
  parent.childForFieldName(field)?.startIndex === node.startIndex;

/**
 * How an identifier not followed by `(` uses its name: as a value, as a variable or parameter it declares, or neither.
 */
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
export function usesOfName(uses: FileUses, name: string): NameUses {
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
function pastesOf(
  body: string,
  parameter: string,
  parameters: readonly string[],
): { prefix: string; suffix: string }[] {
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
    const parameters = namedChildrenOf(list)
      .filter((node) => node.type === 'identifier')
      .map((node) => node.text);
    const pastes = parameters.flatMap((parameter, position) =>
      pastesOf(body, parameter, parameters).map((paste) => ({ position, ...paste })),
    );
    if (pastes.length === 0) continue;
    for (const at of occurrences(source, macro)) {
      const node = root.descendantForIndex(at, at + macro.length);
      // its own definition, a comment
      if (node?.type !== 'preproc_arg' && node?.parent?.type !== 'call_expression') continue;
      MACRO_ARGUMENTS.lastIndex = skipSpace(source, at + macro.length);
      const args =
        MACRO_ARGUMENTS.exec(source)?.[1]
          ?.split(',')
          .map((arg) => arg.trim()) ?? [];
      for (const { position, prefix, suffix } of pastes)
        if (/^\w+$/.test(args[position] ?? '')) names.add(prefix + args[position] + suffix);
    }
  }
  return names;
}

/** Used as a value, or registered through a pasting macro: a function-pointer type fixes the function's signature. */
export const usedAsValue = (name: string, uses: FileUses) =>
  pastedNames(uses).has(name) || usesOfName(uses, name).asValue;
