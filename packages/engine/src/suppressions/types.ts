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
}

/** The file a reader reads its comments and attributes in. */
export interface SourceLines {
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
