import type { SyntaxNode } from '../../parse/parser.js';
import { isComment } from './syntax.js';

/**
 * A caught exception's name that says the swallow is deliberate: PMD EmptyCatchBlock's `allowExceptionNameRegex`
 * default (`ignored`, `expected`), IntelliJ's `ignore` and Error Prone's `unused…` prefix.
 */
const DELIBERATE_NAME = /^(?:ignored?|expected|unused(?:[A-Z_]\w*)?)$/;

export function isDeliberateCatchName(name: string | undefined): boolean {
  return name !== undefined && DELIBERATE_NAME.test(name.replace(/^\$/, ''));
}

/** The node kinds of one language that `followedByHandler` walks through. */
export interface FlowKinds {
  blocks: ReadonlySet<string>;
  loops: ReadonlySet<string>;
  functions: ReadonlySet<string>;
}

/**
 * Whether code runs after a `try` that never completes normally: then that code runs only when an exception was
 * caught, and is the catch's handler (`try { return parse(s); } catch (E e) {} return fallback;`), or the next turn
 * of a loop around it is (a retry). Walks out of the blocks around the `try` up to its function.
 */
export function followedByHandler(tryStatement: SyntaxNode, kinds: FlowKinds): boolean {
  for (let node: SyntaxNode | null = tryStatement; node && !kinds.functions.has(node.type); node = node.parent) {
    if (node.id !== tryStatement.id && kinds.loops.has(node.type)) return true;
    if (!node.parent || !kinds.blocks.has(node.parent.type)) continue;
    let next = node.nextNamedSibling;
    while (next && isComment(next)) next = next.nextNamedSibling;
    if (next) return true;
  }
  return false;
}

/** `} catch (E e) { } // nothing to do`: a comment after the empty block, on the same line, says why. */
export function hasTrailingComment(block: SyntaxNode, source: string): boolean {
  const lineEnd = source.indexOf('\n', block.endIndex);
  return /^[ \t]*(?:\/\/|\/\*|#)/.test(source.slice(block.endIndex, lineEnd === -1 ? undefined : lineEnd));
}
