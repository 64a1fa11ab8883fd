import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis as EngineAnalysis, LicensePolicy } from '@plumb/engine';

/** The child's entry beside this module once built; from the sources (tests), the package's built copy. */
function engineScript(): string {
  const beside = fileURLToPath(new URL('./analyze-process.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../dist/jobs/analyze-process.js', import.meta.url));
}

/** Why an engine run ended early. */
export class EngineStopped extends Error {
  override name = 'EngineStopped';
}

export interface EngineRunOptions {
  signal: AbortSignal;
  log: (line: string) => void;
  /** Where the engine writes its per-file results (gzipped JSON), for a later smart analysis. */
  fileResultsOut: string;
  /** A smart analysis: the earlier per-file results to take over, and the paths changed since. */
  reuse?: { previousResults: string; changed: readonly string[] };
  /** The organization's license policy, which the checkout's `.plumb.yml` `licenses:` lists replace. */
  licensePolicy?: LicensePolicy;
}

/** The variable that hands the organization's license policy (JSON) to the engine's process. */
export const LICENSE_POLICY_VARIABLE = 'PLUMB_ORGANIZATION_LICENSE_POLICY';

/**
 * Runs the engine on `dir` in a child process and reads its result. The signal ends it at once (SIGKILL to its
 * process group, so its worker threads and Ruff's process go too). Each line it prints goes to `log`.
 */
export async function runEngine(dir: string, options: EngineRunOptions) {
  const scratch = await mkdtemp(path.join(tmpdir(), 'plumb-result-'));
  const out = path.join(scratch, 'result.json');
  try {
    const args = [engineScript(), dir, out, options.fileResultsOut];
    if (options.reuse) {
      const changed = path.join(scratch, 'changed.json');
      await writeFile(changed, JSON.stringify(options.reuse.changed));
      args.push(options.reuse.previousResults, changed);
    }
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        // The IPC channel closes when this process dies, even by SIGKILL: the engine then ends too (analyze-process).
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        detached: true,
        env: options.licensePolicy
          ? { ...process.env, [LICENSE_POLICY_VARIABLE]: JSON.stringify(options.licensePolicy) }
          : process.env,
      });
      let pending = '';
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) options.log(line);
      });
      const kill = () => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      };
      if (options.signal.aborted) kill();
      options.signal.addEventListener('abort', kill, { once: true });
      child.on('error', reject);
      child.on('close', (code, signal) => {
        options.signal.removeEventListener('abort', kill);
        if (pending.trim()) options.log(pending);
        if (options.signal.aborted) reject(new EngineStopped(String(options.signal.reason ?? 'stopped')));
        else if (code === 0) resolve();
        else reject(new Error(`the engine ended with ${signal ? `signal ${signal}` : `exit code ${code}`}`));
      });
    });
    return JSON.parse(await readFile(out, 'utf8')) as EngineAnalysis;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
