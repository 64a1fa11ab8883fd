import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as RuffWasm from '@astral-sh/ruff-wasm-nodejs';
import type { Diagnostic, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { dependencyRequire } from '../../dependency-require.js';
import type { LinterError } from '../types.js';
import { DEFAULT_SELECT, type RuffGroup } from './config.js';
import { matchesRuffPattern, selectorCovers } from './matching.js';
import type { RuffDiagnostic } from './to-findings.js';

/** What one Ruff run needs: the files (relative to root), grouped by the configuration that governs them. */
export interface RuffCheckRequest {
  root: string;
  groups: readonly RuffGroup[];
}

export interface RuffCheckReply {
  diagnostics: RuffDiagnostic[];
  errors: LinterError[];
  /** The configurations used: the repository's files (relative paths) or `default`, in the order of first use. */
  configs: string[];
}

type RuffModule = typeof RuffWasm;
let loaded: RuffModule | undefined;

/** Loads (compiles, synchronously) Ruff's 10 MB WebAssembly module once, on the first Python to check or before. */
export function ruffModule(): RuffModule {
  loaded ??= dependencyRequire()('@astral-sh/ruff-wasm-nodejs') as RuffModule;
  return loaded;
}

// UTF-16 columns are JavaScript string indices, the unit the rest of Plumb counts in.
const newWorkspace = (settings: Record<string, unknown>): Workspace =>
  new (ruffModule().Workspace)(settings, ruffModule().PositionEncoding.Utf16);

/** A workspace with the group's settings, or with Plumb's default and the reason Ruff refused them. */
function workspaceFor(group: RuffGroup, errors: LinterError[]): { origin: string; workspace: Workspace } {
  try {
    return { origin: group.origin, workspace: newWorkspace(group.settings) };
  } catch (error) {
    const message =
      'Ruff configuration not used: ' +
      `${group.origin === 'default' ? '' : `${group.origin}: `}${(error as Error).message}`;
    // One configuration may govern several groups (one per package): its refusal is said once.
    if (!errors.some((known) => known.message === message)) errors.push({ filename: '', language: null, message });
    return { origin: 'default', workspace: newWorkspace({ lint: { select: DEFAULT_SELECT } }) };
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

/** The selectors `per-file-ignores` removes from a file (a `!pattern` applies to the files it does not match). */
function ignoredSelectors(group: RuffGroup, filename: string): string[] {
  return group.perFileIgnores
    .filter(({ pattern }) => matchesRuffPattern(pattern, filename) !== (pattern.negated === true))
    .flatMap(({ selectors }) => selectors);
}

function checkFile(workspace: Workspace, root: string, filename: string, ignored: string[], reply: RuffCheckReply) {
  const diagnostics = (workspace.check(readFileSync(path.join(root, filename), 'utf8')) as Diagnostic[]).sort(byPlace);
  const syntaxError = diagnostics.find(isSyntaxError);
  if (syntaxError)
    reply.errors.push({
      filename,
      language: 'python',
      message: `line ${syntaxError.start_location.row}: ${syntaxError.message}`,
    });
  for (const diagnostic of diagnostics) {
    if (isSyntaxError(diagnostic)) continue;
    const code = diagnostic.code ?? '';
    if (!ignored.some((selector) => selectorCovers(selector, code)))
      reply.diagnostics.push(toRuffDiagnostic(filename, diagnostic));
  }
}

/** Checks each group of files with a Workspace of its settings, applying `per-file-ignores` by file name. */
export function checkPythonFiles(request: RuffCheckRequest, errors: LinterError[] = []): RuffCheckReply {
  const reply: RuffCheckReply = { diagnostics: [], errors, configs: [] };
  for (const group of request.groups) {
    const { origin, workspace } = workspaceFor(group, errors);
    if (!reply.configs.includes(origin)) reply.configs.push(origin);
    try {
      for (const filename of group.files) {
        try {
          checkFile(workspace, request.root, filename, ignoredSelectors(group, filename), reply);
        } catch (error) {
          errors.push({ filename, language: 'python', message: (error as Error).message });
        }
      }
    } finally {
      workspace.free();
    }
  }
  return reply;
}
