import type { SyntaxNode, Tree } from '../../../parse/parser.js';
import { namedChildrenOf } from '../../support/syntax.js';

export type DeclaredKind = 'pointer' | 'array' | 'other';

const FUNCTIONS = new Set(['function_definition', 'lambda_expression']);

/**
 * What a declarator declares `name` as; undefined if it names something else. The declarator nearest the name decides:
 * `T *a[8]` is an array (of pointers), `T (*a)[8]` a pointer (to an array).
 */
function kindIn(declarator: SyntaxNode | null, name: string, isParameter: boolean): DeclaredKind | undefined {
  let kind: DeclaredKind = 'other';
  for (let node = declarator; node;) {
    if (node.type === 'identifier') return node.text === name ? kind : undefined;
    if (node.type === 'pointer_declarator') kind = 'pointer';
    // An array parameter is a pointer: `void f(char buf[64])` gets `char *buf`.
    else if (node.type === 'array_declarator') kind = isParameter ? 'pointer' : 'array';
    else if (node.type !== 'init_declarator' && node.type !== 'parenthesized_declarator') return undefined;
    node = node.childForFieldName('declarator') ?? node.namedChild(0);
  }
  return undefined;
}

/** The parameter list of a function definition or lambda, behind any pointer or reference return declarators. */
function parameterListOf(fn: SyntaxNode): SyntaxNode | null {
  let declarator = fn.childForFieldName('declarator');
  while (
    declarator &&
    declarator.type !== 'function_declarator' &&
    declarator.type !== 'abstract_function_declarator'
  ) {
    declarator =
      declarator.childForFieldName('declarator') ??
      declarator.namedChildren.find((child) => child?.type.endsWith('declarator')) ??
      null;
  }
  return declarator?.childForFieldName('parameters') ?? null;
}

/** Each tree's declarations at file scope, and in each function by the function's id, found once for every use. */
const declarationsByTree = new WeakMap<Tree, { fileScope?: SyntaxNode[]; byFunction: Map<number, SyntaxNode[]> }>();

function declarationsOf(tree: Tree) {
  let declarations = declarationsByTree.get(tree);
  if (!declarations) {
    declarations = { byFunction: new Map() };
    declarationsByTree.set(tree, declarations);
  }
  return declarations;
}

function functionDeclarations(fn: SyntaxNode): SyntaxNode[] {
  const { byFunction } = declarationsOf(fn.tree);
  let found = byFunction.get(fn.id);
  if (!found) {
    found = fn.descendantsOfType('declaration').filter((node): node is SyntaxNode => node !== null);
    byFunction.set(fn.id, found);
  }
  return found;
}

function fileScopeDeclarations(use: SyntaxNode): SyntaxNode[] {
  const declarations = declarationsOf(use.tree);
  declarations.fileScope ??= namedChildrenOf(use.tree.rootNode).filter((child) => child.type === 'declaration');
  return declarations.fileScope;
}

/**
 * The kind every declaration of `name` before `before` agrees
 * on; `#ifdef` branches declaring it differently give undefined.
 */
function kindAmong(declarations: SyntaxNode[], name: string, before: number): DeclaredKind | 'conflicting' | undefined {
  const kinds = new Set<DeclaredKind>();
  for (const declaration of declarations) {
    if (declaration.startIndex > before) break;
    for (const declarator of declaration.childrenForFieldName('declarator')) {
      const kind = kindIn(declarator, name, false);
      if (kind) kinds.add(kind);
    }
  }
  if (kinds.size > 1) return 'conflicting';
  return kinds.values().next().value;
}

/**
 * How the variable `name` used at `use` is declared: by a parameter or local declaration of the enclosing function, or
 * else at file scope. Undefined when no declaration is in sight (a global from another file, a struct member...).
 */
export function declaredKind(use: SyntaxNode, name: string): DeclaredKind | undefined {
  let fn = use.parent;
  while (fn && !FUNCTIONS.has(fn.type)) fn = fn.parent;
  if (fn) {
    const local = kindAmong(functionDeclarations(fn), name, use.startIndex);
    if (local) return local === 'conflicting' ? undefined : local;
    for (const parameter of namedChildrenOf(parameterListOf(fn) ?? fn).filter(
      (child) => child.type === 'parameter_declaration',
    )) {
      const kind = kindIn(parameter.childForFieldName('declarator'), name, true);
      if (kind) return kind;
    }
  }
  const global = kindAmong(fileScopeDeclarations(use), name, use.startIndex);
  return global === 'conflicting' ? undefined : global;
}
