// Reading a mirror: which commit a branch or a ref names, a commit's subject, and a temporary work tree of one
// commit for the analysis.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitError, meaningfulLines } from './errors.js';
import { runGit } from './run.js';

const TIMEOUT_MS = 120_000;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0020\u007f]/;

/** Refuses what git could read as an option or that no ref name can hold. */
function requireRef(what: string, ref: string): void {
  if (ref === '' || ref.startsWith('-') || CONTROL.test(ref) || ref.length > 1024)
    throw new GitError(`${what} ${JSON.stringify(ref)} is not a valid git ref name`, 'invalid_ref');
}

async function revParse(mirrorPath: string, revision: string): Promise<string | undefined> {
  const result = await runGit(
    ['--git-dir', mirrorPath, 'rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`],
    { what: 'git rev-parse', timeoutMs: TIMEOUT_MS },
  );
  const sha = result.stdout.trim();
  return result.code === 0 && SHA.test(sha) ? sha : undefined;
}

/** The full sha the branch points at in the mirror; a branch the mirror does not have is a GitError. */
export async function resolveBranch(mirrorPath: string, branch: string): Promise<string> {
  requireRef('branch', branch);
  const name = branch.replace(/^refs\/heads\//, '');
  const sha = await revParse(mirrorPath, `refs/heads/${name}`);
  if (sha === undefined)
    throw new GitError(`branch ${JSON.stringify(name)} not found in the repository`, 'unknown_revision');
  return sha;
}

/** The full sha of the commit a sha (full or abbreviated) or a ref names; anything else is a GitError. */
export async function resolveRevision(mirrorPath: string, ref: string): Promise<string> {
  requireRef('revision', ref);
  const sha = await revParse(mirrorPath, ref);
  if (sha === undefined)
    throw new GitError(`revision ${JSON.stringify(ref)} not found in the repository`, 'unknown_revision');
  return sha;
}

/** A full sha as it is (git then fails on one the mirror lacks), anything else resolved: one git run fewer. */
export async function fullSha(mirrorPath: string, ref: string): Promise<string> {
  return SHA.test(ref) ? ref : resolveRevision(mirrorPath, ref);
}

/** The first line of the commit's message. */
export async function commitSubject(mirrorPath: string, sha: string): Promise<string> {
  const full = await fullSha(mirrorPath, sha);
  const result = await runGit(['--git-dir', mirrorPath, 'log', '-1', '--format=%s', '--end-of-options', full], {
    what: 'git log',
    timeoutMs: TIMEOUT_MS,
  });
  if (result.code !== 0)
    throw new GitError(`git log failed: ${meaningfulLines(result.stderr).join('; ')}`, 'unknown_revision');
  return result.stdout.trim();
}

export interface Checkout {
  /** The work tree: the commit's files and nothing else (no .git). */
  dir: string;
  /** Lets go of the work tree: deletes it (or keeps it for the project's next analysis); safe to call twice. */
  remove(): Promise<void>;
}

export interface CheckoutOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Makes `dir` hold the commit's files and nothing else, through the index at `indexFile`: a one-way merge from what
 * that index says `dir` holds (nothing when it does not exist), so only the files that differ are written, deleted
 * or restored; then, for a `dir` used before, whatever else is in it (untracked, ignored) is removed. The mirror is
 * left untouched.
 */
export async function readTreeInto(
  mirrorPath: string,
  full: string,
  root: { dir: string; indexFile: string; reused?: boolean },
  options: CheckoutOptions,
): Promise<void> {
  const run = (what: string, args: string[]) =>
    runGit(['--git-dir', mirrorPath, '--work-tree', root.dir, ...args], {
      what,
      cwd: root.dir,
      timeoutMs: options.timeoutMs ?? TIMEOUT_MS,
      ...(options.signal ? { signal: options.signal } : {}),
      env: { GIT_INDEX_FILE: root.indexFile },
    });
  const read = await run('git checkout', ['read-tree', '--reset', '-u', '--end-of-options', full]);
  if (read.code !== 0) throw new GitError(`git checkout failed: ${meaningfulLines(read.stderr).join('; ')}`, 'failed');
  if (!root.reused) return;
  const clean = await run('git clean', ['clean', '-ffdxq']);
  if (clean.code !== 0) throw new GitError(`git clean failed: ${meaningfulLines(clean.stderr).join('; ')}`, 'failed');
}

/**
 * Writes the commit's files into a new temporary folder (under `parentDir`, the system's temporary directory by
 * default) and leaves the mirror untouched: `git read-tree -u` with an index of its own, beside the work tree, so
 * checkouts of one mirror may run side by side while it is fetched. Submodules stay empty folders.
 */
export async function checkout(
  mirrorPath: string,
  sha: string,
  options: CheckoutOptions & { parentDir?: string } = {},
): Promise<Checkout> {
  const full = await resolveRevision(mirrorPath, sha);
  const parent = options.parentDir ?? tmpdir();
  await mkdir(parent, { recursive: true });
  const root = await mkdtemp(path.join(parent, 'plumb-checkout-'));
  const dir = path.join(root, 'tree');
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    await mkdir(dir);
    await readTreeInto(mirrorPath, full, { dir, indexFile: path.join(root, 'index') }, options);
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, remove };
}
