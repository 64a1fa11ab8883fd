import type { UntrackedFinding } from '../findings/types.js';
import type { LanguageId } from '../languages/registry.js';
import type { RuleMeta } from '../rules/types.js';

/** What a linter is given: the analyzed directory and the files of its languages that the walker kept. */
export interface LinterInput {
  /** Absolute path of the analyzed directory. */
  root: string;
  /** Paths relative to `root`, POSIX separators, already filtered by the walker (exclusions, vendored, generated). */
  files: readonly string[];
  config?: LinterConfig;
}

export interface LinterConfig {
  /**
   * A configuration file for the tool, relative to `root`, used
   * instead of the one the repository would have discovered.
   */
  configFile?: string;
}

/** A file (or, with an empty filename, the whole run) the linter could not check; the analysis goes on without it. */
export interface LinterError {
  filename: string;
  language: LanguageId | null;
  message: string;
}

/** The least every linter's raw output carries: what went wrong on the way. */
export interface LinterOutput {
  errors: LinterError[];
}

/**
 * A bundled linter (oxlint, Ruff), each in its own folder under `linters/` with this shape (knip's plugin idea):
 * `detect` says whether it has work, `run` produces the tool's own output, `toFindings` maps it to Plumb's model.
 */
export interface Linter<Raw extends LinterOutput = LinterOutput> {
  /** The tool's name as findings carry it (`Finding.tool`). */
  readonly id: string;
  readonly languages: readonly LanguageId[];
  detect(input: LinterInput): Promise<boolean>;
  /** The walk has found a file in one of its languages: start what is slow to start (idempotent). */
  prestart?(): void;
  run(input: LinterInput): Promise<Raw>;
  toFindings(raw: Raw): UntrackedFinding[];
  /**
   * The files (of those given) that the tool checked with the repository's own configuration: the project chose
   * what runs there, so those findings stand in test code too (`appliesToTests` scopes Plumb's defaults only).
   */
  projectConfigured?(raw: Raw, files: readonly string[]): readonly string[];
  /**
   * Every rule the linter can list up front, for the catalog and
   * the inspection listings (none when it cannot enumerate them).
   */
  catalog?(): readonly RuleMeta[];
  /** A rule the catalog does not list, described from a finding it reported (rule id and message). */
  describeRule?(rule: string, message: string): RuleMeta;
}
