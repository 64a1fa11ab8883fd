import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type * as EngineModule from '@plumb/engine';

const execFileAsync = promisify(execFile);

/** Ranges and lines one upload may carry (as the server bounds them, docs/api/scanner.md); past either: not sent. */
const MAX_RANGES = 1_000_000;
const MAX_LINES = 5_000_000;
const MAX_PATCH_BYTES = 64 * 1024 * 1024;
/** A commit sha as the server stores one: anything else (an option, a range) never reaches git's arguments. */
const SHA = /^[0-9a-f]{7,64}$/i;

/** The upload's `newLines`: the lines added or changed since the reference's revision, as ranges, by analyzed file. */
export interface UploadedNewLines {
  referenceRevision: string;
  files: Record<string, [number, number][]>;
}

/** The new lines, or why they are not measured (to say so when coverage is uploaded). */
export type NewLinesOutcome = { newLines: UploadedNewLines } | { notMeasured: string };

/** Ascending line numbers as `[first, last]` runs. */
function rangesOf(lines: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of lines) {
    const last = ranges.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

/**
 * The lines the checkout in `dir` added or changed at `revision` since its merge base with `referenceRevision` (the
 * commit of the analysis the server takes new code against), as `git diff reference...revision` says, with paths
 * relative to `dir` and only of the files the engine analyzed.
 */
export async function measureNewLines(
  engine: typeof EngineModule,
  dir: string,
  referenceRevision: string,
  revision: string,
  analyzed: readonly { filename: string }[],
): Promise<NewLinesOutcome> {
  const git = (...args: string[]) =>
    execFileAsync('git', ['-C', dir, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: MAX_PATCH_BYTES });
  for (const commit of [referenceRevision, revision])
    if (!SHA.test(commit)) return { notMeasured: `"${commit}" is not a commit sha` };
  if (!(await git('rev-parse', '--is-inside-work-tree').catch(() => undefined)))
    return { notMeasured: `${dir} is not in a git repository` };
  const fetchHint = "fetch the history, e.g. actions/checkout's fetch-depth: 0";
  for (const [commit, what] of [
    [referenceRevision, 'the revision of the analysis it is compared with'],
    [revision, 'the revision scanned'],
  ] as const) {
    const found = await git('rev-parse', '--verify', '--quiet', `${commit}^{commit}`).catch(() => undefined);
    if (!found) return { notMeasured: `the checkout lacks commit ${commit}, ${what} (${fetchHint})` };
  }
  // Relative: paths relative to DIR, as the engine names files, and nothing outside it.
  const diff = engine.addedLinesDiffArguments(referenceRevision, revision, { relative: true });
  const patch = await git(...diff).catch((error: Error) => error);
  if (patch instanceof Error) return { notMeasured: `git diff failed: ${patch.message.split('\n')[0]}` };
  const names = new Set(analyzed.map((file) => file.filename));
  const files: UploadedNewLines['files'] = {};
  let ranges = 0;
  let lines = 0;
  for (const [path, added] of engine.parseAddedLines(patch.stdout)) {
    if (!names.has(path)) continue;
    files[path] = rangesOf(added);
    ranges += files[path].length;
    lines += added.length;
  }
  if (ranges > MAX_RANGES || lines > MAX_LINES)
    return {
      notMeasured: `${lines} lines changed in ${ranges} ranges, past the upload's ${MAX_LINES} or ${MAX_RANGES}`,
    };
  return { newLines: { referenceRevision, files } };
}
