import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPythonFiles, type RuffCheckReply, type RuffCheckRequest } from './check.js';

/**
 * The compiled child entry: beside this module in dist/, or the built copy in ../../../dist when running from
 * the TypeScript sources (Vitest), since a plain `node` cannot run .ts. Undefined when not built.
 */
export function ruffProcessScript(): string | undefined {
  const script = import.meta.url.endsWith('.ts')
    ? new URL('../../../dist/linters/ruff/check-process.js', import.meta.url)
    : new URL('./check-process.js', import.meta.url);
  const file = fileURLToPath(script);
  return existsSync(file) ? file : undefined;
}

/**
 * V8 flags for the child. With the default tiering, V8 recompiles Ruff's hot WebAssembly with TurboFan, which
 * costs seconds of CPU on the cores the worker pool is using; Liftoff alone checks flask 5× faster overall.
 */
const CHILD_FLAGS = ['--liftoff-only'];

/**
 * Runs Ruff in its own Node process (so the flag never touches
 * tree-sitter's WebAssembly in the pool), or here when not built.
 */
export function checkInRuffProcess(request: RuffCheckRequest): Promise<RuffCheckReply> {
  const script = ruffProcessScript();
  if (!script) return Promise.resolve(checkPythonFiles(request));
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [...CHILD_FLAGS, script],
      { maxBuffer: 1 << 29 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`Ruff process failed: ${stderr.trim() || error.message}`));
        else resolve(JSON.parse(stdout) as RuffCheckReply);
      },
    );
    child.stdin?.end(JSON.stringify(request));
  });
}
