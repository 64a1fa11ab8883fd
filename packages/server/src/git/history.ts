import { existingMirror } from './file-at.js';
import { fetchMirror, type GitSource } from './mirror.js';
import { GitError } from './errors.js';
import { runGit } from './run.js';

/** One commit of a window with its line counts (`git log --numstat`; a binary file counts no lines). */
export interface WindowCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  title: string;
  additions: number;
  deletions: number;
}

const TIMEOUT_MS = 120_000;
/** A week of a busy repository's numstat fits easily; past this git is stopped and the report fails. */
const MAX_LOG_BYTES = 512 * 1024 * 1024;
const RECORD = '\u001e';
const FIELD = '\u001f';
const SHA = /^[0-9a-f]{40,64}$/;

const seconds = (date: Date) => `@${Math.floor(date.getTime() / 1000)}`;

/**
 * The commits reachable from `ref` whose committer date lies in [start, end), newest first, each with the lines it
 * added and deleted: `git log --numstat` over the bare mirror.
 */
export async function commitsInWindow(
  mirrorPath: string,
  ref: string,
  start: Date,
  end: Date,
): Promise<WindowCommit[]> {
  const result = await runGit(
    [
      '--git-dir',
      mirrorPath,
      'log',
      '--numstat',
      '--no-renames',
      `--format=${RECORD}%H${FIELD}%an${FIELD}%ae${FIELD}%s`,
      `--since=${seconds(start)}`,
      `--until=${seconds(new Date(end.getTime() - 1000))}`,
      ref,
      '--',
    ],
    { what: 'git log', timeoutMs: TIMEOUT_MS, maxStdout: MAX_LOG_BYTES },
  );
  if (result.code !== 0) throw new GitError(`git log of ${ref} failed: ${result.stderr.trim()}`, 'failed');
  return parseNumstatLog(result.stdout);
}

/** Parses records of `RECORD sha FIELD name FIELD email FIELD subject`, each followed by numstat lines. */
export function parseNumstatLog(text: string): WindowCommit[] {
  const commits: WindowCommit[] = [];
  for (const record of text.split(RECORD)) {
    if (record.trim() === '') continue;
    const [header = '', ...lines] = record.split('\n');
    // The subject comes last: one holding the separator itself keeps it.
    const [sha = '', authorName = '', authorEmail = '', ...subject] = header.split(FIELD);
    const title = subject.join(FIELD);
    const commit: WindowCommit = { sha, authorName, authorEmail, title, additions: 0, deletions: 0 };
    for (const line of lines) {
      const [added, deleted] = line.split('\t');
      if (deleted === undefined) continue;
      // `-` for a binary file: no lines to count.
      commit.additions += Number.parseInt(added ?? '', 10) || 0;
      commit.deletions += Number.parseInt(deleted, 10) || 0;
    }
    commits.push(commit);
  }
  return commits;
}

/** The committer date of each of these commits the mirror holds; one it lacks is left out. */
export async function commitTimes(mirrorPath: string, shas: readonly string[]): Promise<Map<string, Date>> {
  const times = new Map<string, Date>();
  const wanted = [...new Set(shas)].filter((sha) => SHA.test(sha));
  if (wanted.length === 0) return times;
  const result = await runGit(
    ['--git-dir', mirrorPath, 'log', '--no-walk=unsorted', '--ignore-missing', '--format=%H %ct', ...wanted, '--'],
    { what: 'git log', timeoutMs: TIMEOUT_MS },
  );
  if (result.code !== 0) throw new GitError(`git log of analysed revisions failed: ${result.stderr.trim()}`, 'failed');
  for (const line of result.stdout.split('\n')) {
    const [sha, time] = line.split(' ');
    if (sha && time) times.set(sha, new Date(Number(time) * 1000));
  }
  return times;
}

/** A repository's history read from its bare mirror: what a development report counts. */
export interface MirrorHistory {
  commitsInWindow(branch: string, start: Date, end: Date): Promise<WindowCommit[]>;
  commitTimes(revisions: readonly string[]): Promise<Map<string, Date>>;
}

/** The history in a mirror; without one (results uploaded by `plumb scan` only), no commits and no commit dates. */
export function mirrorHistory(mirrorPath: string | undefined): MirrorHistory {
  return {
    commitsInWindow: async (branch, start, end) =>
      mirrorPath && (await branchExists(mirrorPath, branch))
        ? commitsInWindow(mirrorPath, `refs/heads/${branch}`, start, end)
        : [],
    commitTimes: async (revisions) => (mirrorPath ? commitTimes(mirrorPath, revisions) : new Map()),
  };
}

async function branchExists(mirrorPath: string, branch: string): Promise<boolean> {
  const result = await runGit(['--git-dir', mirrorPath, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], {
    what: 'git rev-parse',
    timeoutMs: TIMEOUT_MS,
  });
  return result.code === 0;
}

/**
 * The project's mirror brought up to date for a report: fetched when it has a source, else (or when the fetch fails,
 * say because an analysis is fetching it now) the mirror as it is; undefined when there is none.
 */
export async function refreshedMirror(
  source: GitSource | undefined,
  options: { dataDir: string; key: string },
): Promise<string | undefined> {
  if (source) {
    const fetched = await fetchMirror(source, { ...options, timeoutMs: TIMEOUT_MS }).catch(() => undefined);
    if (fetched) return fetched.mirrorPath;
  }
  return existingMirror(options.dataDir, options.key);
}
