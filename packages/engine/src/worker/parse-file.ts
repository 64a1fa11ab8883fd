import type { LanguageId } from '../languages/registry.js';
import { firstBranchesWithLines } from '../parse/preprocessor-branches.js';
import { parseSource, type Tree } from '../parse/parser.js';
import { errorRows, syntaxErrorShare } from './syntax-errors.js';

const PREPROCESSED: ReadonlySet<LanguageId> = new Set(['c', 'cpp']);

/**
 * How near (in lines) an error must lie to a line the retry blanks for the retry to be tried. Every retry that won
 * on 4,951 C and C++ files of 12 repositories had an error at most 2 lines from a blanked line (docs/benchmarks.md).
 */
export const RETRY_REACH_LINES = 10;

export interface ParsedFile {
  tree: Tree;
  /** Share of the source under syntax errors at the top of the tree (see `syntaxErrorShare`). */
  errorShare: number;
}

/**
 * Parses a file once; a C or C++ file with syntax errors near a preprocessor conditional is parsed again with only
 * the first branch of each conditional, and the tree with fewer errors is kept (other files keep their one parse).
 */
export async function parseFile(language: LanguageId, source: string): Promise<ParsedFile> {
  const tree = await parseSource(language, source);
  const errorShare = syntaxErrorShare(tree, source);
  if (errorShare === 0 || !PREPROCESSED.has(language)) return { tree, errorShare };
  const { text: firstBranches, blankedLines } = firstBranchesWithLines(source);
  if (!retryMayWin(tree, blankedLines)) return { tree, errorShare };
  const retried = await parseSource(language, firstBranches);
  const retriedShare = syntaxErrorShare(retried, source);
  if (retriedShare >= errorShare) {
    retried.delete();
    return { tree, errorShare };
  }
  tree.delete();
  return { tree: retried, errorShare: retriedShare };
}

/** Whether an error of the first parse lies within `RETRY_REACH_LINES` of a blanked line (ascending numbers). */
export function retryMayWin(tree: Tree, blankedLines: readonly number[]): boolean {
  return errorRows(tree).some(([first, last]) => {
    const from = first - RETRY_REACH_LINES;
    const to = last + RETRY_REACH_LINES;
    // The first blanked line at or after `from`, by binary search.
    let low = 0;
    let high = blankedLines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (blankedLines[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return low < blankedLines.length && blankedLines[low]! <= to;
  });
}
