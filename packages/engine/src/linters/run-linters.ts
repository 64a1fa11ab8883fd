import type { UntrackedFinding } from '../findings/types.js';
import type { LanguageId } from '../languages/registry.js';
import type { Linter, LinterConfig, LinterError } from './types.js';

/** A file the walker kept, as `walkSourceFiles` gives it. */
export interface LintSource {
  filename: string;
  language: LanguageId;
}

export interface LintOptions {
  /** Per-linter settings by linter id (`{ oxlint: { configFile: 'tools/oxlintrc.json' } }`). */
  config?: Readonly<Record<string, LinterConfig | undefined>>;
}

export interface LintResult {
  findings: UntrackedFinding[];
  /** Files a linter could not check, and run-level problems (a refused configuration), each with the linter's id. */
  errors: (LinterError & { linter: string })[];
  /** Wall-clock milliseconds per linter that had files to check. */
  timings: Record<string, number>;
  /** `tool\0filename` of each file a linter checked with the repository's own configuration. */
  projectConfigured: Set<string>;
}

async function runOne(
  linter: Linter,
  root: string,
  sources: readonly LintSource[],
  options: LintOptions,
  result: LintResult,
): Promise<void> {
  const started = performance.now();
  const files = sources.filter((source) => linter.languages.includes(source.language)).map((source) => source.filename);
  const config = options.config?.[linter.id];
  const input = { root, files, ...(config ? { config } : {}) };
  try {
    if (!(await linter.detect(input))) return;
    result.timings[linter.id] = 0;
    const raw = await linter.run(input);
    result.findings.push(...linter.toFindings(raw));
    for (const file of linter.projectConfigured?.(raw, files) ?? [])
      result.projectConfigured.add(`${linter.id}\0${file}`);
    result.errors.push(...raw.errors.map((error) => ({ ...error, linter: linter.id })));
  } catch (error) {
    // One linter failing (a missing platform binary, say) costs its findings, never the analysis.
    result.errors.push({
      filename: '',
      language: null,
      message: `${linter.id} failed: ${(error as Error).message}`,
      linter: linter.id,
    });
  } finally {
    if (linter.id in result.timings) result.timings[linter.id] = Math.round(performance.now() - started);
  }
}

/** Runs each linter on the files of its languages, all at once (oxlint and Ruff each in a process of its own). */
export async function runLinters(
  linters: readonly Linter[],
  root: string,
  sources: readonly LintSource[],
  options: LintOptions = {},
): Promise<LintResult> {
  const result: LintResult = { findings: [], errors: [], timings: {}, projectConfigured: new Set() };
  await Promise.all(linters.map((linter) => runOne(linter, root, sources, options, result)));
  result.findings.sort(
    (a, b) =>
      a.filename.localeCompare(b.filename) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
  return result;
}
