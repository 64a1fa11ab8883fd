import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '@astral-sh/ruff-wasm-nodejs';
import type { UntrackedFinding } from '../../findings/types.js';
import type { Linter, LinterError, LinterInput, LinterOutput } from '../types.js';
import { ruffCatalog } from './catalog.js';
import { DEFAULT_RUFF_CONFIG, loadRuffConfig, type RuffConfig } from './config.js';
import { compileRuffPattern, selectorCovers } from './matching.js';
import { ruffDiagnosticToFinding, type RuffDiagnostic } from './to-findings.js';
import { createRuffChecker, type RuffChecker } from './workspace.js';

export interface RuffOutput extends LinterOutput {
  diagnostics: RuffDiagnostic[];
  /** The configuration used: the repository's file (relative path) or `default`. */
  config: string;
}

/** Ruff's settings from the repository, or its defaults with the reason the repository's could not be used. */
async function checkerFor(input: LinterInput, errors: LinterError[]): Promise<{ config: RuffConfig; checker: RuffChecker }> {
  let config = DEFAULT_RUFF_CONFIG;
  try {
    config = await loadRuffConfig(input.root, input.config?.configFile);
    return { config, checker: await createRuffChecker(config.settings) };
  } catch (error) {
    const message = `Ruff configuration not used: ${config.origin === 'default' ? '' : `${config.origin}: `}${(error as Error).message}`;
    errors.push({ filename: '', language: null, message });
    return { config: DEFAULT_RUFF_CONFIG, checker: await createRuffChecker(DEFAULT_RUFF_CONFIG.settings) };
  }
}

function toRuffDiagnostic(filename: string, diagnostic: Diagnostic): RuffDiagnostic {
  const help = diagnostic.subDiagnostics.find((sub) => sub.severity === 'help')?.message ?? diagnostic.fix?.message ?? undefined;
  const { row, column } = diagnostic.start_location;
  return { filename, code: diagnostic.code ?? 'unknown', message: diagnostic.message, ...(help ? { help } : {}), line: row, lineEnd: Math.max(row, diagnostic.end_location.row), column };
}

const byPlace = (a: Diagnostic, b: Diagnostic) => a.start_location.row - b.start_location.row || a.start_location.column - b.start_location.column;

export const ruff: Linter<RuffOutput> = {
  id: 'ruff',
  languages: ['python'],
  async detect(input: LinterInput): Promise<boolean> {
    return input.files.length > 0;
  },
  async run(input: LinterInput): Promise<RuffOutput> {
    const errors: LinterError[] = [];
    const { config, checker } = await checkerFor(input, errors);
    const excluded = config.exclude.map(compileRuffPattern);
    const ignores = config.perFileIgnores.map(([pattern, selectors]) => ({ matches: compileRuffPattern(pattern), selectors }));
    const output: RuffOutput = { diagnostics: [], errors, config: config.origin };
    try {
      for (const filename of input.files) {
        if (excluded.some((matches) => matches(filename))) continue;
        const selectors = ignores.filter((ignore) => ignore.matches(filename)).flatMap((ignore) => ignore.selectors);
        try {
          const diagnostics = checker.check(await readFile(path.join(input.root, filename), 'utf8'));
          const syntaxError = diagnostics.find((diagnostic) => diagnostic.code === null || diagnostic.code === 'invalid-syntax');
          if (syntaxError) errors.push({ filename, language: 'python', message: `line ${syntaxError.start_location.row}: ${syntaxError.message}` });
          for (const diagnostic of diagnostics.sort(byPlace)) {
            if (diagnostic === syntaxError || diagnostic.code === null || diagnostic.code === 'invalid-syntax') continue;
            const code = diagnostic.code;
            if (!selectors.some((selector) => selectorCovers(selector, code))) output.diagnostics.push(toRuffDiagnostic(filename, diagnostic));
          }
        } catch (error) {
          errors.push({ filename, language: 'python', message: (error as Error).message });
        }
      }
    } finally {
      checker.free();
    }
    return output;
  },
  toFindings(raw: RuffOutput): UntrackedFinding[] {
    return raw.diagnostics.map(ruffDiagnosticToFinding);
  },
  catalog: ruffCatalog,
};
