import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The real `plumb` bin (built by `npm test`'s `tsc -b`). */
export const PLUMB_BIN = fileURLToPath(new URL('../bin/plumb.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PLUMB_BIN, ...args], { env: { ...process.env, DATABASE_URL: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `plumb serve` and resolves once it logs the URL it serves at. */
export function startServe(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; url: string; logs: () => string; exited: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PLUMB_BIN, 'serve', ...args], {
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
    let logs = '';
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    child.stdout.on('data', (chunk: Buffer) => {
      logs += chunk.toString();
      const match = logs.match(/"url":"(http:[^"]+)"/);
      if (match) resolve({ child, url: match[1]!, logs: () => logs, exited });
    });
    child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    void exited.then((code) => reject(new Error(`plumb serve exited with ${code} before serving:\n${logs}`)));
  });
}
