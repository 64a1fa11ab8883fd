// What a pull request changed, file by file: Codiga's code review modifications.
import { runGit } from './run.js';

const TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 64 * 1024 * 1024;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** One file the pull request touched: lines added and removed (0 for a binary file), and whether it is new or gone. */
export interface FileModification {
  filename: string;
  linesAdded: number;
  linesRemoved: number;
  added: boolean;
  removed: boolean;
}

const diffArgs = (mirrorPath: string, format: string, from: string, to: string) => [
  '--git-dir',
  mirrorPath,
  'diff',
  format,
  '-z',
  '--no-renames',
  '--no-ext-diff',
  '--no-textconv',
  `${from}...${to}`,
  '--',
];

async function gitDiff(mirrorPath: string, format: string, from: string, to: string): Promise<string | undefined> {
  const result = await runGit(diffArgs(mirrorPath, format, from, to), {
    what: 'git diff',
    timeoutMs: TIMEOUT_MS,
    maxStdout: MAX_OUTPUT,
  });
  // Output cut at the limit would silently leave files out.
  return result.code === 0 && Buffer.byteLength(result.stdout) < MAX_OUTPUT ? result.stdout : undefined;
}

/**
 * The files `to` changed since its merge base with `from` (`git diff from...to`, no renames: a moved file is removed
 * and added), by path; undefined when git cannot compare the two (a commit it does not have).
 */
export async function fileModifications(
  mirrorPath: string,
  from: string,
  to: string,
): Promise<FileModification[] | undefined> {
  if (!SHA.test(from) || !SHA.test(to)) return undefined;
  const [numstat, nameStatus] = await Promise.all([
    gitDiff(mirrorPath, '--numstat', from, to),
    gitDiff(mirrorPath, '--name-status', from, to),
  ]);
  if (numstat === undefined || nameStatus === undefined) return undefined;
  const statusOf = new Map<string, string>();
  const names = nameStatus.split('\0');
  for (let at = 0; at + 1 < names.length; at += 2) statusOf.set(names[at + 1]!, names[at]!.charAt(0));
  const modifications: FileModification[] = [];
  for (const record of numstat.split('\0')) {
    const match = /^(-|\d+)\t(-|\d+)\t(.+)$/s.exec(record);
    if (!match) continue;
    const filename = match[3]!;
    modifications.push({
      filename,
      linesAdded: match[1] === '-' ? 0 : Number(match[1]),
      linesRemoved: match[2] === '-' ? 0 : Number(match[2]),
      added: statusOf.get(filename) === 'A',
      removed: statusOf.get(filename) === 'D',
    });
  }
  return modifications.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}
