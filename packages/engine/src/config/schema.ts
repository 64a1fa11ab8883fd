import type { LicensePolicy } from '../licenses/types.js';
import type { Severity } from '../findings/types.js';

/**
 * A rule switched off, switched on (a rule off by default, at its own severity), or re-rated to another severity (which
 * also switches it on); or off under some paths, as a project's
 * own linter configuration (`.rubocop.yml` `Exclude:`) sets it.
 */
export type RuleSetting =
  | 'off'
  | 'on'
  | Severity
  /** `only`: on under these paths alone (a rule off by default that the project's Cargo lints switch on there). */
  | { exclude: readonly string[]; only?: readonly string[]; severity?: Severity };

/** What `.plumb.yml` configures for an analysis, every field filled in. */
export interface PlumbConfig {
  /** Globs (relative to the analyzed directory) of paths to leave out, on top of the default exclusions. */
  exclude: string[];
  thresholds: {
    /** A function is complex when its cyclomatic complexity is above this. */
    complexity: number;
    /** A function is long when its length in lines is above this. */
    length: number;
    /** Built-in rules flag functions with more parameters than this. */
    parameters: number;
    /** Built-in rules flag control flow nested deeper than this. */
    nesting: number;
  };
  /**
   * By rule id (`java/empty-catch-block`, or a linter's `tool/rule` such as `ruff/F401`): off, on, or a new severity;
   * `.rubocop.yml` and `.shellcheckrc` add their own, under these.
   */
  rules: Record<string, RuleSetting>;
  duplication: {
    minTokens: number;
    minLines: number;
  };
  /** Which files are test code (tests, benchmarks, fixtures, examples), as SonarQube's `sonar.tests`. */
  tests: TestCodeSettings;
  /** The license policy: SPDX ids allowed and denied for dependencies (`licenses/denied-license`). */
  licenses: LicensePolicy;
}

/** `.plumb.yml` `tests:`; a list alone is `include`. */
export interface TestCodeSettings {
  /** Globs of paths that are test code, on top of the conventions (or instead, with `conventions: false`). */
  include: string[];
  /** Globs of paths that are never test code, whatever the conventions or `include` say. */
  exclude: string[];
  /** Whether the path and naming conventions (`test/`, `*_test.go`, `*.spec.ts`...) apply; true by default. */
  conventions: boolean;
}

export const DEFAULT_CONFIG: PlumbConfig = {
  exclude: [],
  // revive's argument-limit and max-control-nesting: at 7 and 4,
  // maintainers rejected most findings (docs/finding-precision.md).
  thresholds: { complexity: 15, length: 100, parameters: 8, nesting: 5 },
  rules: {},
  duplication: { minTokens: 50, minLines: 6 },
  tests: { include: [], exclude: [], conventions: true },
  licenses: { allowed: [], denied: [] },
};

/** File names looked up in the analyzed directory when no `--config` is given. */
export const CONFIG_FILE_NAMES = ['.plumb.yml', '.plumb.yaml'] as const;

/** Top-level sections that later passes (the quality gate) own; accepted here, validated there. */
export const RESERVED_SECTIONS = ['gate'] as const;

/** A configuration file that is missing, unreadable or invalid; the message names the file and the field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
