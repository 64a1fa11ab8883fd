import type { Finding, UntrackedFinding } from '../findings/types.js';
import { codeHash } from './line-hash.js';

/** The lines of a file of the analysis (line 1 at index 0); an unreadable file may give `[]`. */
export type ReadLines = (filename: string) => readonly string[];

/** What makes two findings "the same rule": the tool and its rule id (two tools may share an id). */
export function ruleKey(finding: Pick<Finding, 'tool' | 'rule'>): string {
  return `${finding.tool}/${finding.rule}`;
}

/** Orders findings of one file by place, then by rule and message, so every pass walks them the same way. */
export function compareByPlace(a: UntrackedFinding, b: UntrackedFinding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.lineEnd - b.lineEnd ||
    compareStrings(ruleKey(a), ruleKey(b)) ||
    compareStrings(a.description, b.description)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Gives each finding its `codeHash` (hash of its first line, see `codeHash`) and its `uniqueIdentifier`:
 * `<filename>:<tool>/<rule>:<codeHash>:<occurrence>`, where occurrence counts from 0 the findings of the same
 * file, tool, rule and codeHash in line order. Lines added or removed elsewhere in the file leave both unchanged.
 * Findings come back in the order they were given.
 */
export function trackFindings(findings: readonly UntrackedFinding[], readLines: ReadLines): Finding[] {
  const linesByFile = new Map<string, readonly string[]>();
  const linesOf = (filename: string): readonly string[] => {
    let lines = linesByFile.get(filename);
    if (lines === undefined) {
      lines = readLines(filename);
      linesByFile.set(filename, lines);
    }
    return lines;
  };
  const hashed = findings.map((finding) => ({
    finding,
    hash: codeHash(linesOf(finding.filename)[finding.line - 1] ?? ''),
  }));

  const occurrence = new Map<(typeof hashed)[number], number>();
  const seen = new Map<string, number>();
  const inPlaceOrder = [...hashed].sort(
    (a, b) => compareStrings(a.finding.filename, b.finding.filename) || compareByPlace(a.finding, b.finding),
  );
  for (const entry of inPlaceOrder) {
    const key = identityPrefix(entry.finding, entry.hash);
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    occurrence.set(entry, index);
  }

  return hashed.map((entry) => ({
    ...entry.finding,
    codeHash: entry.hash,
    uniqueIdentifier: `${identityPrefix(entry.finding, entry.hash)}:${occurrence.get(entry) ?? 0}`,
  }));
}

function identityPrefix(finding: UntrackedFinding, hash: string): string {
  return `${finding.filename}:${ruleKey(finding)}:${hash}`;
}
