import type { CodigaLanguage } from '../languages/registry.js';

/** Plumb's one ordered severity scale; each API surface maps it to its vendor's words. */
export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Codiga's ViolationCategory. */
export const VIOLATION_CATEGORIES = [
  'Unknown',
  'Error_Prone',
  'Code_Style',
  'Best_Practice',
  'Safety',
  'Security',
  'Design',
  'Deployment',
  'Performance',
  'Documentation',
] as const;
export type ViolationCategory = (typeof VIOLATION_CATEGORIES)[number];

/** Orders severities: negative when a is less severe than b. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

/** Codiga's numeric severity: 1 is critical … 4 is informational (low and moderate share 3). */
export function codigaSeverity(severity: Severity): number {
  return { critical: 1, high: 2, moderate: 3, low: 3, info: 4 }[severity];
}

/**
 * One violation at one place, from any tool. Lines and columns are 1-based; `codeHash` and
 * `uniqueIdentifier` are filled by the tracking pass (see tracking/).
 */
export interface Finding {
  /** Rule id as its tool names it (e.g. `java/empty-catch-block`, `no-debugger`, `E711`). */
  rule: string;
  /** The tool that found it: `plumb` for built-in rules and secrets, `oxlint`, `ruff`, or a SARIF driver's name. */
  tool: string;
  category: ViolationCategory;
  severity: Severity;
  /** Path relative to the analyzed directory, POSIX separators. */
  filename: string;
  line: number;
  lineEnd: number;
  column: number;
  /** What is wrong (Codiga's `description`). */
  description: string;
  /** How to fix it, when the rule says. */
  help?: string;
  language: CodigaLanguage | null;
  /** Minutes a developer needs to fix it; the basis of technical debt. */
  remediationMinutes: number;
  /** Hash of the first line's content, whitespace-insensitive. */
  codeHash: string;
  /** rule + codeHash + occurrence index among equal ones: stable when lines move elsewhere in the file. */
  uniqueIdentifier: string;
}

/** A finding before tracking has given it its hash and identity. */
export type UntrackedFinding = Omit<Finding, 'codeHash' | 'uniqueIdentifier'>;
