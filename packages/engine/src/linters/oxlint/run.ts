import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dependencyRequire } from '../../dependency-require.js';

/** Keeps each command line far below Windows' 32 767 characters (and Linux's ARG_MAX). */
const MAX_ARGUMENT_CHARS = 24_000;

/** The `oxlint` package's bin script, run with this Node: the package resolves its platform binding itself. */
export function oxlintBin(): string {
  const manifestPath = dependencyRequire().resolve('oxlint/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  const bin = manifest.bin['oxlint'];
  if (!bin) throw new Error(`no oxlint bin in ${manifestPath}`);
  return path.join(path.dirname(manifestPath), bin);
}

/** Splits the file list into command lines short enough for every platform. */
export function batchFiles(files: readonly string[], maxChars = MAX_ARGUMENT_CHARS): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let length = 0;
  for (const file of files) {
    if (batch.length > 0 && length + file.length + 3 > maxChars) {
      batches.push(batch);
      batch = [];
      length = 0;
    }
    batch.push(file);
    length += file.length + 3;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export interface ProcessResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** oxlint's message as plain text: where it believes a terminal or a CI log shows them (CI=true), it colours its
 * messages and draws their margins with `│`. */
export const plainText = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- the escape sequences are what is removed
  text.replace(/\u001b\[[0-9;]*m/g, '').replace(/│/g, '|');

/** Runs oxlint without a shell; exit code 1 (errors found) is a normal outcome, not a failure. */
export function execOxlint(args: readonly string[], cwd: string): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [oxlintBin(), ...args],
      { cwd, maxBuffer: 1 << 30, windowsHide: true },
      (error, stdout, stderr) => {
        const exitCode = typeof error?.code === 'number' ? error.code : error ? -1 : 0;
        if (error && exitCode === -1) reject(error);
        else resolve({ stdout, stderr: plainText(stderr), exitCode });
      },
    );
  });
}
