// Which files differ between two commits of a mirror: what a smart analysis analyzes again.
import { runGit } from './run.js';

const TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 64 * 1024 * 1024;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** One path that differs: added, deleted, or modified (a type change counts as modified). */
export interface ChangedPath {
  status: 'added' | 'deleted' | 'modified';
  path: string;
}

const STATUS: Record<string, ChangedPath['status']> = { A: 'added', D: 'deleted', M: 'modified', T: 'modified' };

/**
 * The paths that differ between two full shas of the mirror (a rename is a deletion and an addition), or undefined
 * when git cannot compare them: the earlier commit is gone (a force-push and a prune) or the diff failed.
 */
export async function changedPaths(mirrorPath: string, from: string, to: string): Promise<ChangedPath[] | undefined> {
  if (!SHA.test(from) || !SHA.test(to)) return undefined;
  const result = await runGit(
    ['--git-dir', mirrorPath, 'diff', '--name-status', '--no-renames', '-z', '--no-ext-diff', from, to, '--'],
    { what: 'git diff', timeoutMs: TIMEOUT_MS, maxStdout: MAX_OUTPUT },
  );
  // Output cut at the limit would silently leave changed files out.
  if (result.code !== 0 || Buffer.byteLength(result.stdout) >= MAX_OUTPUT) return undefined;
  const fields = result.stdout.split('\0');
  if (fields.length % 2 !== 1 || fields.at(-1) !== '') return undefined;
  const changes: ChangedPath[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const status = STATUS[fields[index]!.charAt(0)];
    if (!status) return undefined;
    changes.push({ status, path: fields[index + 1]! });
  }
  return changes;
}
