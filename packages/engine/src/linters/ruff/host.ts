import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
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

/** Ruff's process, which answers one check after another; its replies come in the order of the requests. */
class RuffProcess {
  readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: { resolve: (reply: RuffCheckReply) => void; reject: (error: Error) => void }[] = [];
  private stderr = '';
  ended = false;

  constructor(script: string) {
    this.child = spawn(process.execPath, [...CHILD_FLAGS, script]);
    // A child that dies before its request shows it on the check's reply; the write must not crash this process.
    this.child.stdin.on('error', () => undefined);
    this.child.stderr
      .setEncoding('utf8')
      .on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-4096)));
    createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on('line', (line) =>
      this.waiting.shift()?.resolve(JSON.parse(line) as RuffCheckReply),
    );
    const end = (why: string) => {
      this.ended = true;
      const error = new Error(`Ruff process failed: ${this.stderr.trim() || why}`);
      for (const pending of this.waiting.splice(0)) pending.reject(error);
    };
    this.child.on('error', (error) => end(error.message));
    this.child.on('close', (code, signal) => end(`exited with ${signal ?? code}`));
  }

  check(request: RuffCheckRequest): Promise<RuffCheckReply> {
    this.hold(true);
    return new Promise<RuffCheckReply>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${JSON.stringify(request)}\n`);
    }).finally(() => this.hold(this.waiting.length > 0));
  }

  /** An idle process never keeps this one alive: it ends with it, when its stdin closes. */
  hold(busy: boolean): void {
    const method = busy ? 'ref' : 'unref';
    this.child[method]();
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr])
      (stream as unknown as Record<typeof method, () => void>)[method]();
  }
}

/** The idle process, started ahead of a request or kept from the last one: the next check adopts it. */
let idle: RuffProcess | undefined;

/**
 * Starts Ruff's process now, so Node's start and the compilation of Ruff's WebAssembly (about a quarter of a
 * second) run while the caller walks and analyzes the other files. Nothing to do when one is idle already.
 */
export function prestartRuffProcess(): void {
  const script = ruffProcessScript();
  if ((idle && !idle.ended) || !script) return;
  idle = new RuffProcess(script);
  idle.hold(false);
}

/**
 * Runs Ruff in its own Node process (so the flag never touches tree-sitter's WebAssembly in the pool), or here when
 * not built. The process stays for the next check (in a long-lived engine process, the next analysis), warm.
 */
export async function checkInRuffProcess(request: RuffCheckRequest): Promise<RuffCheckReply> {
  const script = ruffProcessScript();
  if (!script) return checkPythonFiles(request);
  const ruff = idle && !idle.ended ? idle : new RuffProcess(script);
  if (idle === ruff) idle = undefined;
  const reply = await ruff.check(request);
  // Two checks at once leave two processes: one is kept, the other let go (its stdin closes, it ends).
  if (!ruff.ended && !idle) idle = ruff;
  else if (idle !== ruff) ruff.child.stdin.end();
  return reply;
}

/** The process id of the idle Ruff process, if one is kept (tests). */
export const idleRuffPid = (): number | undefined => (idle && !idle.ended ? idle.child.pid : undefined);
