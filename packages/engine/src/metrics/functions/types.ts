import type { LanguageId } from '../../languages/registry.js';
import type { Tree } from '../../parse/parser.js';

/** One function, method or lambda with its metrics. Lines are 1-based and inclusive. */
export interface FunctionMetrics {
  /** The name lizard would print (e.g. `Class::method`, `anonymous` for unnamed lambdas). */
  functionName: string;
  lineStart: number;
  lineEnd: number;
  /** Non-comment, non-blank lines of the function, as lizard's NLOC. */
  length: number;
  nbParameters: number;
  /** Cyclomatic complexity counted as lizard counts it. */
  complexity: number;
  /** Cognitive complexity per SonarSource's white paper. */
  cognitiveComplexity: number;
  /** Deepest nesting of control structures inside the function (0 for straight-line code). */
  nestingDepth: number;
}

/** Extracts every function of one parsed file. `source` is the text the tree was parsed from. */
export type FunctionExtractor = (tree: Tree, source: string, language: LanguageId) => FunctionMetrics[];
