import type { RuleMeta } from '../rules/types.js';
import { oxlint } from './oxlint/index.js';
import { ruff } from './ruff/index.js';
import type { Linter } from './types.js';

/**
 * The linters Plumb ships and runs on every analysis. SARIF import (`sarif/`) is not a `Linter`: it runs no tool
 * and reads no walked file, but turns each `--import-sarif` log into findings and the rules the log describes,
 * before the walk, so that a bad log stops the run first; those findings join the linters' in the aggregation.
 */
export const BUNDLED_LINTERS: readonly Linter[] = [oxlint, ruff];

/** Every rule the bundled linters can report, for the catalog. */
export function bundledLinterRules(): RuleMeta[] {
  return BUNDLED_LINTERS.flatMap((linter) => linter.catalog?.() ?? []);
}

export { oxlint } from './oxlint/index.js';
export type { OxlintOutput } from './oxlint/index.js';
export { OXLINT_VERSION } from './oxlint/listed-rules.js';
export { ruff } from './ruff/index.js';
export type { RuffOutput } from './ruff/index.js';
export { RUFF_VERSION, ruffRuleMeta } from './ruff/describe-rule.js';
export { runLinters } from './run-linters.js';
export type { LintOptions, LintResult, LintSource } from './run-linters.js';
export type { Linter, LinterConfig, LinterError, LinterInput, LinterOutput } from './types.js';
export type { LinterRuleRecord, Rating } from './rule-record.js';
