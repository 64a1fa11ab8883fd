import type { Tree } from '../../../parse/parser.js';

/** `#define NAME(` at a line's start: a function-like macro, whose body runs to the end of its continued line. */
const FUNCTION_MACRO = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)\(/gm;
/** A statement that never lets control reach the next one, as the last of a macro's body. */
const LEAVING_STATEMENT = /^(?:return\b[^]*|goto\s+\w+|break|continue|(?:exit|_exit|_Exit|abort|longjmp)\s*\([^]*\))$/;

/** The macro's body: the rest of its `#define` line and the lines it continues with `\`, comments dropped. */
function macroBody(source: string, from: number): string {
  let end = from;
  for (;;) {
    const newline = source.indexOf('\n', end);
    if (newline < 0) return source.slice(from);
    end = newline + 1;
    if (!source.slice(from, newline).trimEnd().endsWith('\\')) break;
  }
  return source
    .slice(from, end)
    .replace(/\\\r?\n/g, ' ')
    .replace(/\/\*[^]*?\*\/|\/\/.*$/gm, ' ');
}

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
  for (const match of source.matchAll(FUNCTION_MACRO)) {
    const afterName = match.index + match[0].length;
    const parameters = source.indexOf(')', afterName);
    if (parameters < 0) continue;
    const last = lastStatement(unwrapped(macroBody(source, parameters + 1).trim()));
    if (last !== undefined && LEAVING_STATEMENT.test(last)) found.add(match[1]!);
  }
  names = found;
  leavingByTree.set(tree, names);
  return names;
}
