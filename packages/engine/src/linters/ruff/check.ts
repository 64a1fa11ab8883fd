import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as RuffWasm from '@astral-sh/ruff-wasm-nodejs';
import type { Diagnostic, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { dependencyRequire } from '../../dependency-require.js';
import type { LinterError } from '../types.js';
import { DEFAULT_RUFF_CONFIG, type RuffConfig } from './config.js';
import { compileRuffPattern, selectorCovers } from './matching.js';
import type { RuffDiagnostic } from './to-findings.js';

/** What one Ruff run needs: the files (relative to root) and the repository's configuration. */
export interface RuffCheckRequest {
  root: string;
  files: readonly string[];
  config: RuffConfig;
}

export interface RuffCheckReply {
  diagnostics: RuffDiagnostic[];
  errors: LinterError[];
  /** The configuration used: the repository's file (relative path) or `default`. */
  config: string;
}

type RuffModule = typeof RuffWasm;
let loaded: RuffModule | undefined;

/** Loads (compiles, synchronously) Ruff's 10 MB WebAssembly module once, on the first Python to check or before. */
export function ruffModule(): RuffModule {
  loaded ??= dependencyRequire()('@astral-sh/ruff-wasm-nodejs') as RuffModule;
  return loaded;
}

// UTF-16 columns are JavaScript string indices, the unit the rest of Plumb counts in.
const newWorkspace = (config: RuffConfig): Workspace =>
  new (ruffModule().Workspace)(config.settings, ruffModule().PositionEncoding.Utf16);

/** A workspace with the repository's settings, or with Ruff's defaults and the reason Ruff refused them. */
function workspaceFor(config: RuffConfig, errors: LinterError[]): { config: RuffConfig; workspace: Workspace } {
  try {
    return { config, workspace: newWorkspace(config) };
  } catch (error) {
    errors.push({
      filename: '',
      language: null,
      message:
        'Ruff configuration not used: ' +
        `${config.origin === 'default' ? '' : `${config.origin}: `}${(error as Error).message}`,
    });
    return { config: DEFAULT_RUFF_CONFIG, workspace: newWorkspace(DEFAULT_RUFF_CONFIG) };
  }
}

function toRuffDiagnostic(filename: string, diagnostic: Diagnostic): RuffDiagnostic {
  const help =
    diagnostic.subDiagnostics.find((sub) => sub.severity === 'help')?.message ?? diagnostic.fix?.message ?? undefined;
  const { row, column } = diagnostic.start_location;
  return {
    filename,
    code: diagnostic.code ?? 'unknown',
    message: diagnostic.message,
    ...(help ? { help } : {}),
    line: row,
    lineEnd: Math.max(row, diagnostic.end_location.row),
    column,
  };
}

const byPlace = (a: Diagnostic, b: Diagnostic) =>
  a.start_location.row - b.start_location.row || a.start_location.column - b.start_location.column;
const isSyntaxError = (diagnostic: Diagnostic) => diagnostic.code === null || diagnostic.code === 'invalid-syntax';

/**
 * Checks each file with Ruff, applying the configuration's `exclude`
 * and `per-file-ignores` (the WebAssembly check sees no file name).
 */
export function checkPythonFiles(request: RuffCheckRequest, errors: LinterError[] = []): RuffCheckReply {
  const { config, workspace } = workspaceFor(request.config, errors);
  const excluded = config.exclude.map(compileRuffPattern);
  const ignores = config.perFileIgnores.map(([pattern, selectors]) => ({
    matches: compileRuffPattern(pattern),
    selectors,
  }));
  const reply: RuffCheckReply = { diagnostics: [], errors, config: config.origin };
  try {
    for (const filename of request.files) {
      if (excluded.some((matches) => matches(filename))) continue;
      const selectors = ignores.filter((ignore) => ignore.matches(filename)).flatMap((ignore) => ignore.selectors);
      try {
        const diagnostics = (
          workspace.check(readFileSync(path.join(request.root, filename), 'utf8')) as Diagnostic[]
        ).sort(byPlace);
        const syntaxError = diagnostics.find(isSyntaxError);
        if (syntaxError)
          errors.push({
            filename,
            language: 'python',
            message: `line ${syntaxError.start_location.row}: ${syntaxError.message}`,
          });
        for (const diagnostic of diagnostics) {
          if (isSyntaxError(diagnostic)) continue;
          const code = diagnostic.code ?? '';
          if (!selectors.some((selector) => selectorCovers(selector, code)))
            reply.diagnostics.push(toRuffDiagnostic(filename, diagnostic));
        }
      } catch (error) {
        errors.push({ filename, language: 'python', message: (error as Error).message });
      }
    }
  } finally {
    workspace.free();
  }
  return reply;
}
