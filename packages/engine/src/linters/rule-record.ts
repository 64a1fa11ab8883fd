import type { Severity, ViolationCategory } from '../findings/types.js';
import type { RuleDocs } from '../rules/types.js';

/** One rule of a bundled linter as its generated rule list stores it. */
export interface LinterRuleRecord {
  /** Plumb's id for the rule: `eslint/no-debugger` for oxlint, the code (`F401`) for Ruff. */
  id: string;
  /** The tool's own grouping: oxlint's category (`correctness`), Ruff's rule name (`unused-import`). */
  category: string;
  url: string;
  docs: RuleDocs;
}

/** How Plumb rates a family of rules: Codiga category, severity, Scrutinizer labels and minutes to fix. */
export interface Rating {
  category: ViolationCategory;
  severity: Severity;
  labels: readonly string[];
  remediationMinutes: number;
}
