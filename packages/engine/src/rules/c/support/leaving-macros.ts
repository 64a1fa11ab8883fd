import type { Tree } from '../../../parse/parser.js';
import { macroDefinitions } from './macros.js';

/** A statement that never lets control reach the next one, as the last of a macro's body. */
const LEAVING_STATEMENT = /^(?:return\b[^]*|goto\s+\w+|break|continue|(?:exit|_exit|_Exit|abort|longjmp)\s*\([^]*\))$/;

/** What is inside the body's outer `do { … } while (0)` or `{ … }`, else the body itself. */
function unwrapped(statements: string): string {
  const block = /^do\s*\{([^]*)\}\s*while\s*\(\s*0\s*\)\s*;?$/.exec(statements) ?? /^\{([^]*)\}\s*;?$/.exec(statements);
  return block ? block[1]!.trim() : statements;
}

/** The last statement of a body, split at the `;`s outside brackets, or undefined when brackets do not balance. */
function lastStatement(body: string): string | undefined {
  let depth = 0;
  let start = 0;
  const statements: string[] = [];
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') depth--;
    else if (char === ';' && depth === 0) {
      statements.push(body.slice(start, index));
      start = index + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  statements.push(body.slice(start));
  return statements.map((statement) => statement.trim()).findLast((statement) => statement !== '');
}

const leavingByTree = new WeakMap<Tree, ReadonlySet<string>>();

/**
 * Function-like macros the file defines whose body ends by leaving unconditionally (zstd's
 * `#define CLEAN_RETURN(i) { result = (i); goto _end; }`): a use ends a case as `goto` would.
 */
export function macrosThatLeave(tree: Tree, source: string): ReadonlySet<string> {
  let names = leavingByTree.get(tree);
  if (names) return names;
  const found = new Set<string>();
  for (const [name, definitions] of macroDefinitions(tree, source)) {
    const leaves = definitions.some((definition) => {
      if (!definition.parameters) return false;
      const last = lastStatement(unwrapped(definition.body));
      return last !== undefined && LEAVING_STATEMENT.test(last);
    });
    if (leaves) found.add(name);
  }
  names = found;
  leavingByTree.set(tree, names);
  return names;
}
