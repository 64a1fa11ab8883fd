import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildAnalysis } from './aggregate/index.js';
import { withClippyLevels } from './config/clippy-opt-in.js';
import { loadConfig } from './config/load.js';
import type { PlumbConfig } from './config/schema.js';
import { findClones } from './duplication/index.js';
import { auditLicenses, hasPolicy, licenseFindings, underPolicy } from './licenses/index.js';
import type { LicensePolicy } from './licenses/types.js';
import type { CloneClass } from './duplication/types.js';
import type { UntrackedFinding } from './findings/types.js';
import { BUNDLED_LINTERS, runLinters, type LintResult } from './linters/index.js';
import { importSarif } from './linters/sarif/index.js';
import type { ParseAttempt } from './aggregate/index.js';
import type { Analysis, AnalysisError } from './model.js';
import { codeRoles } from './roles/code-role.js';
import { mainCodeTokens } from './roles/main-code-tokens.js';
import type { RuleMeta } from './rules/types.js';
import { mergeLint, type FileResults } from './reuse/file-results.js';
import { dropTestOnlyKeys } from './secrets/index.js';
import { suppressAcrossModules } from './suppressions/index.js';
import { ENGINE_VERSION, linterVersions } from './version.js';
import { walkFiles } from './walk/walker.js';
import { AnalysisPool } from './worker/pool.js';
import type { AnalyzedFile, FileLimits, TaskOutcome } from './worker/task.js';

export interface AnalyzeOptions {
  /** A configuration file to use instead of `DIR/.plumb.yml`. */
  configFile?: string;
  /** A configuration already loaded; wins over `configFile`. */
  config?: PlumbConfig;
  /** Worker threads (default: one per core; 0 = on this thread). */
  threads?: number;
  limits?: FileLimits;
  /** Run the bundled linters, oxlint and Ruff (default true). */
  linters?: boolean;
  /** SARIF 2.1.0 logs of other tools whose results join the analysis. */
  sarifFiles?: readonly string[];
  /** The organization's license policy: `.plumb.yml` `licenses:` lists replace its lists of the same name. */
  licensePolicy?: LicensePolicy;
  /** Called after each file is analyzed. */
  onProgress?: (done: number, total: number) => void;
  /**
   * A smart analysis: an earlier run's per-file results taken over for every file not named in `changed` (paths
   * relative to the directory). Everything across files (clones, suppressions, totals, ratings) is computed again.
   */
  reuse?: { previous: FileResults; changed: ReadonlySet<string> };
  /** Receives this run's per-file results, taken over or not, for a later smart analysis. */
  onFileResults?: (results: FileResults) => void;
}

/** A directory to analyze that does not exist or is not a directory, or an input file that cannot be used. */
export class AnalysisInputError extends Error {
  override name = 'AnalysisInputError';
}

async function assertDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new AnalysisInputError(`directory not found: ${dir}`);
  if (!info.isDirectory()) throw new AnalysisInputError(`not a directory: ${dir}`);
}

/**
 * Clones among the files of main code, their test items left out: duplication in tests, fixtures and examples is how
 * they are written.
 */
function detectClones(
  dir: string,
  files: readonly AnalyzedFile[],
  config: PlumbConfig,
): { clones: CloneClass[]; error?: AnalysisError } {
  const { testItemsCount } = codeRoles(config.tests);
  const mainTokens = files
    .filter((file) => file.role === 'main')
    .flatMap((file) => (testItemsCount(file.filename) ? mainCodeTokens(file.tokens, file.testRanges) : [file.tokens]));
  try {
    return {
      clones: findClones(mainTokens, config.duplication, (filename) => readFileSync(path.join(dir, filename), 'utf8')),
    };
  } catch (error) {
    return { clones: [], error: { type: 'DuplicationFindError', filename: '', message: (error as Error).message } };
  }
}

/** What the pool found, split by kind, and the clones across the analyzed files. */
interface PoolResults {
  files: AnalyzedFile[];
  unparsed: ParseAttempt[];
  errors: AnalysisError[];
  secrets: UntrackedFinding[];
  clones: CloneClass[];
  cloneError: AnalysisError | undefined;
}

function collectOutcomes(dir: string, outcomes: readonly TaskOutcome[], config: PlumbConfig): PoolResults {
  const files: AnalyzedFile[] = [];
  const unparsed: ParseAttempt[] = [];
  const errors: AnalysisError[] = [];
  const secrets: UntrackedFinding[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'analyzed') {
      files.push(outcome);
      if (outcome.parseError) errors.push(outcome.parseError);
    } else if (outcome.kind === 'failed') {
      errors.push(outcome.error);
      if (outcome.language) unparsed.push({ language: outcome.language, parsed: false });
    } else if (outcome.kind === 'scanned') secrets.push(...outcome.findings);
  }
  const { clones, error } = detectClones(dir, files, config);
  return { files, unparsed, errors, secrets, clones, cloneError: error };
}

/** Reads every SARIF log up front, so a bad one stops the run before any work (the CLI exits 2). */
async function importSarifFiles(
  files: readonly string[],
  root: string,
): Promise<{ findings: UntrackedFinding[]; rules: RuleMeta[] }> {
  const findings: UntrackedFinding[] = [];
  const rules: RuleMeta[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch((error: Error) => {
      throw new AnalysisInputError(`${file}: cannot read: ${error.message}`);
    });
    try {
      const imported = importSarif(text, { root });
      findings.push(...imported.findings);
      rules.push(...imported.rules);
    } catch (error) {
      throw new AnalysisInputError(`${file}: ${(error as Error).message}`);
    }
  }
  return { findings, rules };
}

function lintErrors(lint: LintResult): AnalysisError[] {
  return lint.errors.map((error) => ({
    type: error.language === 'python' ? 'PythonError' : error.language ? 'JavascriptError' : 'Unknown',
    filename: error.filename,
    message: `${error.linter}: ${error.message}`,
  }));
}

const NO_LINT: LintResult = { findings: [], errors: [], timings: {}, projectConfigured: new Set() };

/** An earlier run's outcomes of the files a smart analysis takes over, by filename. */
function keptOutcomes(reuse: AnalyzeOptions['reuse']): Map<string, TaskOutcome> {
  const kept = new Map<string, TaskOutcome>();
  for (const outcome of reuse?.previous.outcomes ?? [])
    if (!reuse!.changed.has(outcome.filename)) kept.set(outcome.filename, outcome);
  return kept;
}

/** Every task's outcome in walk order, the earlier run's for the kept files: the order a full run gives them in. */
function inWalkOrder(
  tasks: readonly { filename: string }[],
  kept: ReadonlyMap<string, TaskOutcome>,
  analyzed: readonly { filename: string }[],
  outcomes: readonly TaskOutcome[],
): TaskOutcome[] {
  const fresh = new Map(analyzed.map((task, index) => [task.filename, outcomes[index]!]));
  return tasks.map((task) => fresh.get(task.filename) ?? kept.get(task.filename)!);
}

/**
 * The pipeline: walk (threads start loading as it finds files) → read and parse each source file once on a thread
 * (size, functions, clone tokens, built-in rules, secrets) and scan the other text files for secrets there too,
 * while the bundled linters run beside → clones, as soon as the last tokens arrive → track, rate and aggregate.
 */
export async function analyzeDirectory(dir: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const startTimestamp = Date.now();
  const root = path.resolve(dir);
  await assertDirectory(root);
  const loaded = options.config ?? (await loadConfig(root, options.configFile));
  const imported = await importSarifFiles(options.sarifFiles ?? [], root);
  // Its own walk, for manifests and license files wherever they sit (vendored folders too), beside everything else.
  const licenseAudit = auditLicenses(root);
  const rules = {
    maxParameters: loaded.thresholds.parameters,
    maxNestingDepth: loaded.thresholds.nesting,
    complexityThreshold: loaded.thresholds.complexity,
    lengthThreshold: loaded.thresholds.length,
  };
  const pool = new AnalysisPool({
    threads: options.threads,
    limits: options.limits,
    rules,
    onProgress: options.onProgress,
  });
  const linters = options.linters === false ? [] : BUNDLED_LINTERS;
  const kept = keptOutcomes(options.reuse);
  const { sources, texts } = await walkFiles(root, {
    exclude: loaded.exclude,
    onSourceFile: (file) => {
      if (kept.has(file.filename)) return;
      // A linter's process starts on the first file it will check, so it loads while the rest goes on.
      for (const linter of linters) if (linter.languages.includes(file.language)) linter.prestart?.();
      // Sized as found, so threads start during the walk once the input is large enough to pay for them.
      void stat(file.absolutePath).then(
        (info) => pool.expect(file.language, info.size),
        () => pool.expect(file.language),
      );
    },
  }).catch((error: unknown) => {
    pool.close();
    throw error;
  });
  // Rules off by default that mirror a Clippy lint come on in the crates whose Cargo lints enable it.
  const rustFiles = sources.filter((file) => file.language === 'rust').map((file) => file.filename);
  // Read beside the analysis, not before it: only the findings' filter after it needs them.
  const ruleSettings = withClippyLevels(root, rustFiles, loaded.rules);
  const { roleOf } = codeRoles(loaded.tests);
  const tasks = [...sources.map((file) => ({ ...file, role: roleOf(file.filename) })), ...texts];
  const toAnalyze = tasks.filter((task) => !kept.has(task.filename));
  const toLint = sources.filter((file) => !kept.has(file.filename));
  const [outcomes, freshLint] = await Promise.all([
    pool.run(toAnalyze).then((run) => inWalkOrder(tasks, kept, toAnalyze, run.outcomes)),
    linters.length === 0 || toLint.length === 0 ? NO_LINT : runLinters(linters, root, toLint),
    ruleSettings,
    licenseAudit,
  ]);
  const licensePolicy = underPolicy(options.licensePolicy, loaded.licenses);
  const config = { ...loaded, rules: await ruleSettings, licenses: licensePolicy };
  const licenses = await licenseAudit;
  const lint = options.reuse ? mergeLint(options.reuse.previous.lint, (name) => kept.has(name), freshLint) : freshLint;
  options.onFileResults?.({
    engine: ENGINE_VERSION,
    linters: linterVersions(),
    outcomes,
    lint: { findings: lint.findings, errors: lint.errors, projectConfigured: [...lint.projectConfigured] },
  });
  const results = collectOutcomes(root, outcomes, config);
  const { files, unparsed, errors, secrets, clones, cloneError } = results;
  // A file the parser already gave up on is reported once, not again by each linter.
  const failed = new Set(errors.map((error) => error.filename));
  errors.push(...lintErrors(lint).filter((error) => !failed.has(error.filename)));
  if (cloneError) errors.push(cloneError);
  const keys = dropTestOnlyKeys(secrets, { files: tasks, isTestCode: (filename) => roleOf(filename) === 'test' });
  const findings = [...suppressAcrossModules(files), ...lint.findings, ...keys, ...imported.findings];
  if (hasPolicy(config.licenses)) findings.push(...licenseFindings(licenses, config.licenses));
  return buildAnalysis({
    root,
    files,
    unparsed,
    errors,
    clones,
    findings,
    importedRules: imported.rules,
    projectConfigured: lint.projectConfigured,
    licenses,
    config,
    startTimestamp,
    runningTimeSeconds: Math.round((Date.now() - startTimestamp) / 1000),
  });
}
