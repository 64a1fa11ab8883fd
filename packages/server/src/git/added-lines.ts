// Which lines a commit added or changed against another, on the project's mirror: the quality gate's new code.
import { addedLinesDiffArguments, parseAddedLines, type AddedLines } from '@plumb/engine';
import { runGit } from './run.js';

export type { AddedLines };

const TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 64 * 1024 * 1024;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * The lines `to` added or changed since its merge base with `from` (`git diff from...to`, no context, no renames:
 * a moved file's lines are all new), by file; deleted files have none. Undefined when git cannot compare the two
 * (a commit gone after a force-push, a diff larger than 64 MiB).
 */
export async function addedLines(mirrorPath: string, from: string, to: string): Promise<AddedLines | undefined> {
  if (!SHA.test(from) || !SHA.test(to)) return undefined;
  const result = await runGit(['--git-dir', mirrorPath, ...addedLinesDiffArguments(from, to)], {
    what: 'git diff',
    timeoutMs: TIMEOUT_MS,
    maxStdout: MAX_OUTPUT,
  });
  if (result.code !== 0 || Buffer.byteLength(result.stdout) >= MAX_OUTPUT) return undefined;
  return parseAddedLines(result.stdout);
}
