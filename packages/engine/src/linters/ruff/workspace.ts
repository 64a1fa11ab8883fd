import type * as RuffWasm from '@astral-sh/ruff-wasm-nodejs';
import type { Diagnostic, Workspace } from '@astral-sh/ruff-wasm-nodejs';

type RuffModule = typeof RuffWasm;

let loading: Promise<RuffModule> | undefined;

/** Loads (compiles) Ruff's 10 MB WebAssembly module once, and only when there is Python to check. */
function ruffModule(): Promise<RuffModule> {
  loading ??= import('@astral-sh/ruff-wasm-nodejs').then((module) => ('Workspace' in module ? module : (module as { default: RuffModule }).default));
  return loading;
}

export interface RuffChecker {
  check(contents: string): Diagnostic[];
  free(): void;
}

/** A Ruff workspace with these settings; throws Ruff's own message when the settings are invalid. */
export async function createRuffChecker(settings: Record<string, unknown>): Promise<RuffChecker> {
  const ruff = await ruffModule();
  // UTF-16 columns are JavaScript string indices, the unit the rest of Plumb counts in.
  const workspace: Workspace = new ruff.Workspace(settings, ruff.PositionEncoding.Utf16);
  return { check: (contents) => workspace.check(contents) as Diagnostic[], free: () => workspace.free() };
}

export async function ruffVersion(): Promise<string> {
  return (await ruffModule()).Workspace.version();
}
