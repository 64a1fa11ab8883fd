import type { Finding, UntrackedFinding } from '../findings/types.js';
import { trackFindings } from './fingerprint.js';
import { splitLines } from './line-hash.js';

/** An untracked finding at `line` of `filename` with test defaults for every other field. */
export function untracked(filename: string, line: number, overrides: Partial<UntrackedFinding> = {}): UntrackedFinding {
  return {
    rule: 'no-null-return',
    tool: 'plumb',
    category: 'Error_Prone',
    severity: 'moderate',
    filename,
    line,
    lineEnd: line,
    column: 1,
    description: 'Return an empty value instead of null.',
    language: 'Java',
    remediationMinutes: 5,
    ...overrides,
  };
}

/** Tracks findings against in-memory sources: `{ filename: text }`. */
export function tracked(sources: Record<string, string>, findings: readonly UntrackedFinding[]): Finding[] {
  return trackFindings(findings, (filename) => splitLines(sources[filename] ?? ''));
}

/** The line (1-based) of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string, from = 1): number {
  const index = splitLines(text).findIndex((line, i) => i + 1 >= from && line.includes(needle));
  if (index < 0) throw new Error(`no line contains ${needle}`);
  return index + 1;
}
