import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPythonFiles, type RuffCheckReply, type RuffCheckRequest } from './check.js';

/**
 * The compiled child entry: beside this module in dist/ (or in the CLI's bundle), or the built copy in
 * ../../../dist when running from the TypeScript sources (Vitest), since a plain `node` cannot run .ts.
 * Undefined when not built.
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

/** A child started ahead of its request, compiling Ruff meanwhile; the next check adopts it. */
let warm: ChildProcessWithoutNullStreams | undefined;

function spawnRuffProcess(script: string): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, [...CHILD_FLAGS, script]);
  // A child that dies before its request shows it on the check's reply; the write must not crash this process.
  child.stdin.on('error', () => undefined);
  return child;
}

/**
 * Starts Ruff's process now, so Node's start and the compilation of Ruff's WebAssembly (about a quarter of a
 * second) run while the caller walks and analyzes the other files. An unadopted child never keeps the caller alive.
 */
export function prestartRuffProcess(): void {
  const script = ruffProcessScript();
  if (warm || !script) return;
  warm = spawnRuffProcess(script);
  warm.unref();
  for (const stream of [warm.stdin, warm.stdout, warm.stderr]) (stream as unknown as { unref(): void }).unref();
}

function adoptOrSpawn(script: string): ChildProcessWithoutNullStreams {
  const child = warm ?? spawnRuffProcess(script);
  warm = undefined;
  child.ref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { ref(): void }).ref();
  return child;
}

/**
 * Runs Ruff in its own Node process (so the flag never touches
 * tree-sitter's WebAssembly in the pool), or here when not built.
 */
export function checkInRuffProcess(request: RuffCheckRequest): Promise<RuffCheckReply> {
  const script = ruffProcessScript();
  if (!script) return Promise.resolve(checkPythonFiles(request));
  const child = adoptOrSpawn(script);
  return new Promise((resolve, reject) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => reject(new Error(`Ruff process failed: ${error.message}`)));
    child.on('close', (code, signal) => {
      const output = Buffer.concat(stdout).toString('utf8');
      if (code === 0) return resolve(JSON.parse(output) as RuffCheckReply);
      const reason = Buffer.concat(stderr).toString('utf8').trim() || `exited with ${signal ?? code}`;
      reject(new Error(`Ruff process failed: ${reason}`));
    });
    child.stdin.end(JSON.stringify(request));
  });
}
