import type { UntrackedFinding } from '../findings/types.js';

const IGNORE = /plumb-ignore(-file)?\[([^\]]*)\]/g;

export type ReadLines = (filename: string) => readonly string[];

/**
 * The rule ids a line's `plumb-ignore[...]` (or `plumb-ignore-file[...]`, for `file`) names; `alone` keeps only a
 * comment on a line of its own (nothing but comment punctuation before it), which speaks of the line below.
 */
function ignoredOn(line: string, file: boolean, alone = false): string[] {
  if (!line.includes('plumb-ignore')) return [];
  return [...line.matchAll(IGNORE)]
    .filter((match) => (match[1] !== undefined) === file)
    .filter((match) => !alone || !/[\p{L}\p{N}]/u.test(line.slice(0, match.index)))
    .flatMap((match) => (match[2] ?? '').split(','))
    .map((id) => id.trim())
    .filter(Boolean);
}

/** A finding is named by its rule id (`go/error-string-style`, `F401`) or by tool and id (`ruff/F401`). */
const names = (ids: readonly string[], finding: UntrackedFinding) =>
  ids.includes(finding.rule) || ids.includes(`${finding.tool}/${finding.rule}`);

/**
 * Drops the findings of any tool that Plumb's own comment names, in any comment syntax: `plumb-ignore[rule]` on the
 * finding's line or alone on the line before it, `plumb-ignore-file[rule]` anywhere in the file.
 */
export function dropPlumbIgnored(findings: readonly UntrackedFinding[], readLines: ReadLines): UntrackedFinding[] {
  const fileIgnores = new Map<string, string[]>();
  const ignoredInFile = (filename: string) => {
    let ids = fileIgnores.get(filename);
    if (ids === undefined) {
      ids = readLines(filename).flatMap((line) => ignoredOn(line, true));
      fileIgnores.set(filename, ids);
    }
    return ids;
  };
  return findings.filter((finding) => {
    const lines = readLines(finding.filename);
    const near = [
      ...ignoredOn(lines[finding.line - 1] ?? '', false),
      ...ignoredOn(lines[finding.line - 2] ?? '', false, true),
    ];
    return !names(near, finding) && !names(ignoredInFile(finding.filename), finding);
  });
}
