import type { LanguageId } from '../languages/registry.js';
import { firstPreprocessorBranches } from '../parse/preprocessor-branches.js';
import { parseSource, type Tree } from '../parse/parser.js';
import { syntaxErrorShare } from './syntax-errors.js';

const PREPROCESSED: ReadonlySet<LanguageId> = new Set(['c', 'cpp']);

export interface ParsedFile {
  tree: Tree;
  /** Share of the source under syntax errors at the top of the tree (see `syntaxErrorShare`). */
  errorShare: number;
}

/**
 * Parses a file once; a C or C++ file with syntax errors is parsed again with only the first branch of each
 * preprocessor conditional, and the tree with fewer errors is kept (clean files keep their one parse).
 */
export async function parseFile(language: LanguageId, source: string): Promise<ParsedFile> {
  const tree = await parseSource(language, source);
  const errorShare = syntaxErrorShare(tree, source);
  if (errorShare === 0 || !PREPROCESSED.has(language)) return { tree, errorShare };
  const firstBranches = firstPreprocessorBranches(source);
  if (firstBranches === source) return { tree, errorShare };
  const retried = await parseSource(language, firstBranches);
  const retriedShare = syntaxErrorShare(retried, source);
  if (retriedShare >= errorShare) {
    retried.delete();
    return { tree, errorShare };
  }
  tree.delete();
  return { tree: retried, errorShare: retriedShare };
}
