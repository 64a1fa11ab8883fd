import type { UntrackedFinding } from '../../findings/types.js';
import type { Linter, LinterError, LinterInput, LinterOutput } from '../types.js';
import { oxlintCatalog } from './catalog.js';
import { chooseOxlintConfig, defaultOxlintConfig, type OxlintConfigChoice } from './config.js';
import { dropInlineDisabled } from './eslint/inline-config.js';
import { readOxlintReport, type OxlintDiagnostic } from './diagnostics.js';
import { batchFiles, execOxlint } from './run.js';
import { oxlintDiagnosticToFinding } from './to-findings.js';

export interface OxlintOutput extends LinterOutput {
  diagnostics: OxlintDiagnostic[];
  /** The configuration used: the repository's file (relative path) or `default`. */
  config: string;
}

/** One oxlint process over one batch; undefined (with the reason in `errors`) when its output is not a report. */
async function lintBatch(
  root: string,
  configPath: string,
  files: readonly string[],
  errors: LinterError[],
): Promise<ReturnType<typeof readOxlintReport> | undefined> {
  // `./` keeps a file named like a flag (`-x.js`) a path; nested configs stay off so no JS config is ever discovered.
  const args = [
    '--format=json',
    '-c',
    configPath,
    '--disable-nested-config',
    '--no-error-on-unmatched-pattern',
    ...files.map((file) => `./${file}`),
  ];
  const result = await execOxlint(args, root);
  try {
    return readOxlintReport(result.stdout);
  } catch {
    errors.push({
      filename: '',
      language: null,
      message: `oxlint exited with ${result.exitCode}: ${(result.stderr || result.stdout).trim().slice(0, 500)}`,
    });
    return undefined;
  }
}

async function lintWith(
  input: LinterInput,
  choice: OxlintConfigChoice,
): Promise<{ output: OxlintOutput; failed: boolean }> {
  const errors: LinterError[] = choice.rejected
    ? [{ filename: '', language: null, message: `oxlint configuration not used: ${choice.rejected}` }]
    : [];
  for (const note of choice.notes ?? [])
    errors.push({ filename: note.split(':')[0] ?? '', language: null, message: `ESLint configuration: ${note}` });
  const output: OxlintOutput = { diagnostics: [], errors, config: choice.origin };
  const files = choice.ignores ? input.files.filter((file) => !choice.ignores?.(file)) : input.files;
  try {
    for (const batch of batchFiles(files)) {
      const report = await lintBatch(input.root, choice.path, batch, errors);
      if (!report) return { output, failed: true };
      output.diagnostics.push(
        ...(choice.fromEslint ? await dropInlineDisabled(input.root, report.diagnostics) : report.diagnostics),
      );
      errors.push(...report.errors);
    }
    return { output, failed: false };
  } finally {
    await choice.dispose();
  }
}

export const oxlint: Linter<OxlintOutput> = {
  id: 'oxlint',
  languages: ['javascript', 'typescript', 'tsx'],
  async detect(input: LinterInput): Promise<boolean> {
    return input.files.length > 0;
  },
  async run(input: LinterInput): Promise<OxlintOutput> {
    const first = await lintWith(input, await chooseOxlintConfig(input.root, input.config?.configFile, input.files));
    if (!first.failed || first.output.config === 'default') return first.output;
    // The repository's configuration stopped oxlint (bad JSON, unknown rule): say so, and lint with the default.
    const fallback = await lintWith(input, await defaultOxlintConfig(`${first.output.config} was refused by oxlint`));
    fallback.output.errors.unshift(...first.output.errors);
    return fallback.output;
  },
  toFindings(raw: OxlintOutput): UntrackedFinding[] {
    return raw.diagnostics.map(oxlintDiagnosticToFinding);
  },
  projectConfigured: (raw, files) => (raw.config === 'default' ? [] : files),
  catalog: oxlintCatalog,
};
