import type { UntrackedFinding } from '../findings/types.js';
import type { LintResult } from '../linters/index.js';
import type { TaskOutcome } from '../worker/task.js';
import { ENGINE_VERSION, linterVersions } from '../version.js';

/**
 * What one run found in each file, before anything is put together across files: enough for a later run to take an
 * unchanged file's results over instead of analyzing it again (a smart analysis). Only valid for the same engine,
 * linters and configuration; `engine` and `linters` record the first two.
 */
export interface FileResults {
  engine: string;
  linters: Record<string, string>;
  /** Each file's outcome on the pool (analyzed, excluded, failed, scanned for secrets), in walk order. */
  outcomes: TaskOutcome[];
  /** The bundled linters' findings and errors (errors of a whole run have an empty filename). */
  lint: Pick<LintResult, 'findings' | 'errors'> & { projectConfigured: string[] };
}

/** Whether results of an earlier run were produced by this engine with these linters. */
export function sameTools(results: Pick<FileResults, 'engine' | 'linters'>): boolean {
  const current = linterVersions();
  const keys = new Set([...Object.keys(current), ...Object.keys(results.linters)]);
  return results.engine === ENGINE_VERSION && [...keys].every((key) => current[key] === results.linters[key]);
}

const TOKEN_ARRAYS = ['normalized', 'exact', 'lines'] as const;

/** The results as JSON text: clone tokens' typed arrays as base64. */
export function serializeFileResults(results: FileResults): string {
  return JSON.stringify(results, (key, value: unknown) =>
    value instanceof Uint32Array && (TOKEN_ARRAYS as readonly string[]).includes(key)
      ? { u32: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') }
      : value,
  );
}

/** Reads what `serializeFileResults` wrote. */
export function parseFileResults(text: string): FileResults {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && 'u32' in value && typeof value.u32 === 'string') {
      const bytes = Buffer.from(value.u32, 'base64');
      // A copy, aligned: the decoded buffer may start anywhere in Node's pool.
      return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    }
    return value;
  }) as FileResults;
}

/** The lint results of the files kept from an earlier run, beside this run's. */
export function mergeLint(
  kept: FileResults['lint'],
  keep: (filename: string) => boolean,
  fresh: LintResult,
): LintResult {
  const ranNow = new Set(Object.keys(fresh.timings));
  const findings: UntrackedFinding[] = [
    ...kept.findings.filter((finding) => keep(finding.filename)),
    ...fresh.findings,
  ];
  findings.sort(
    (a, b) =>
      a.filename.localeCompare(b.filename) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
  // A whole-run error (a refused configuration) stands until its linter runs again.
  const errors = [
    ...kept.errors.filter((error) => (error.filename === '' ? !ranNow.has(error.linter) : keep(error.filename))),
    ...fresh.errors,
  ];
  const projectConfigured = new Set(fresh.projectConfigured);
  for (const entry of kept.projectConfigured)
    if (keep(entry.slice(entry.indexOf('\0') + 1))) projectConfigured.add(entry);
  return { findings, errors, timings: fresh.timings, projectConfigured };
}
