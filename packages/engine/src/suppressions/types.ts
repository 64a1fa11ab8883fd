import type { SyntaxNode } from '../parse/parser.js';
import type { RuleEquivalents } from '../rules/types.js';

/** The tool whose check names a suppression uses: a key of the rules' `equivalents`. */
export type SuppressionTool = keyof RuleEquivalents;

/**
 * Checks of one tool switched off on lines `from`–`to` (1-based, inclusive); `all` switches off every rule there,
 * as a bare `//nolint`, `// NOLINT` or `# noqa` does.
 */
export interface Suppression {
  tool: SuppressionTool;
  checks: readonly string[] | 'all';
  from: number;
  to: number;
  /**
   * Other files it covers whole, relative to the analyzed directory: the files of the Rust modules an `#![allow]`
   * at the top of a module, or an `#[allow]` on a `mod name;`, reaches (a folder ends in `/`).
   */
  modules?: readonly string[];
}

/** The file a reader reads its comments and attributes in. */
export interface SourceLines {
  /** Path relative to the analyzed directory, POSIX separators. */
  filename: string;
  /** The file's lines, without their line breaks. */
  lines: readonly string[];
}

/** Reads one tool's suppression syntax from the comment and attribute nodes of a file, in source order. */
export interface SuppressionReader {
  /** A quick test on the whole source: a file without it needs no walk. */
  marker: RegExp;
  /** Node types the reader looks at (comments, attributes, annotations). */
  nodeTypes: readonly string[];
  read(nodes: readonly SyntaxNode[], file: SourceLines): Suppression[];
}
