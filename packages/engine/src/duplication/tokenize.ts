import type { LanguageId } from '../languages/registry.js';
import type { Tree } from '../parse/parser.js';
import { walkTree } from '../parse/walk-tree.js';
import { CloneTokenVisitor } from './tokenize-visitor.js';
import type { FileTokens } from './types.js';

/**
 * Reads a parsed file as the token stream clone detection compares (see `CloneTokenVisitor`), on a walk of its
 * own. The analysis feeds the visitor from the walk its other passes share instead.
 */
export function tokenizeForClones(tree: Tree, source: string, language: LanguageId, filename: string): FileTokens {
  const visitor = new CloneTokenVisitor(tree, source, language);
  walkTree(tree, [visitor]);
  return visitor.tokens(filename);
}
