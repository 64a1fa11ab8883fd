import type { FileTokens } from '../duplication/types.js';
import type { UntrackedFinding } from '../findings/types.js';
import type { LanguageId } from '../languages/registry.js';
import type { FunctionMetrics } from '../metrics/functions/types.js';
import type { AnalysisError, LineCounts } from '../model.js';
import type { CodeRole } from '../roles/code-role.js';
import type { LineRange } from '../roles/rust-test-items.js';
import type { RuleOptions } from '../rules/types.js';
import type { Suppression } from '../suppressions/index.js';
import type { ContentExclusion } from '../walk/generated.js';

/** One file for a worker to analyze. */
export interface FileTask {
  filename: string;
  absolutePath: string;
  language: LanguageId;
  /** Main or test code, from `.plumb.yml` `tests:` and the conventions; main when not said. */
  role?: CodeRole;
}

/** A text file in no language Plumb parses (`.env`, YAML, JSON...): only scanned for secrets. */
export interface TextScanTask {
  filename: string;
  absolutePath: string;
}

/** What a pool thread is given: a source file to analyze, or a text file to scan. */
export type AnalysisTask = FileTask | TextScanTask;

export function isSourceTask(task: AnalysisTask): task is FileTask {
  return 'language' in task;
}

/** Limits past which a file is reported as TooManyLines instead of being parsed. */
export interface FileLimits {
  maxLines: number;
  maxBytes: number;
}

/** How each thread analyzes files: the size limits, and the settings of the built-in rules. */
export interface FileAnalysisSettings {
  limits: FileLimits;
  rules: RuleOptions;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { maxLines: 100_000, maxBytes: 10 * 1024 * 1024 };

/** Everything every pass found in one file, from its one parse. */
export interface AnalyzedFile {
  kind: 'analyzed';
  filename: string;
  language: LanguageId;
  role: CodeRole;
  lines: LineCounts;
  functions: FunctionMetrics[];
  tokens: FileTokens;
  /** What the built-in rules and the secret scanner found on the same tree and text, less what the file suppresses. */
  findings: UntrackedFinding[];
  /** The file's suppressions that reach other files whole (Rust `#![allow]` over submodules). */
  moduleSuppressions?: Suppression[];
  /** Lines that only tests compile (Rust's `#[cfg(test)] mod tests`), in a file that is otherwise main code. */
  testRanges: LineRange[];
  /**
   * False when syntax errors cover most of the file: it still has its size, the functions whose trees are whole
   * and its secrets, but no rule findings and no clone tokens; `parseError` says why.
   */
  parsed: boolean;
  parseError?: AnalysisError;
}

/** A file left out once read: its header says it is generated, or its text is minified. */
export interface ExcludedFile {
  kind: 'excluded';
  filename: string;
  reason: ContentExclusion;
}

export interface FailedFile {
  kind: 'failed';
  filename: string;
  /** The language of a source file, so that it counts among the files of its language that did not parse. */
  language?: LanguageId;
  error: AnalysisError;
}

export type FileOutcome = AnalyzedFile | ExcludedFile | FailedFile;

/** The secrets found in one text file. */
export interface ScannedFile {
  kind: 'scanned';
  filename: string;
  findings: UntrackedFinding[];
}

export type TaskOutcome = FileOutcome | ScannedFile;
