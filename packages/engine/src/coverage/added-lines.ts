// Which lines a commit added or changed against another, read from `git diff`: the quality gate's new code, for new
// coverage. Shared by the server (on its mirror) and `plumb scan` (on the CI checkout), so both read a diff alike.

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Added or changed line numbers (ascending) of each file of `to`, by path. */
export type AddedLines = Map<string, number[]>;

/**
 * git's arguments (after `git` and any `--git-dir`/`-C`) for the lines `to` added or changed since its merge base
 * with `from`: no context, no renames (a moved file's lines are all new), C-quoted paths, `a/` and `b/` prefixes.
 * `relative`: only the files under git's working directory, named relative to it (`git -C DIR`).
 */
export function addedLinesDiffArguments(from: string, to: string, { relative = false } = {}): string[] {
  return [
    '-c',
    'core.quotePath=true',
    'diff',
    '--unified=0',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    ...(relative ? ['--relative'] : []),
    `${from}...${to}`,
    '--',
  ];
}

/**
 * Reads a `--unified=0` patch: each `+++ b/<path>` and the new side of each of its hunks. A hunk's own lines are
 * skipped by count, so an added line that reads `++ x` is never taken for a file header.
 */
export function parseAddedLines(patch: string): AddedLines {
  const added: AddedLines = new Map();
  let current: number[] | undefined;
  let hunkLines = 0;
  for (const line of patch.split('\n')) {
    if (hunkLines > 0) {
      if (!line.startsWith('\\')) hunkLines--;
      continue;
    }
    if (line.startsWith('diff --git ')) current = undefined;
    else if (line.startsWith('+++ ')) {
      // git ends a name holding a space with a tab, for GNU patch.
      const target = line.slice(4).replace(/\t$/, '');
      current = target === '/dev/null' ? undefined : [];
      if (current) added.set(stripPrefix(unquote(target)), current);
    } else if (current && line.startsWith('@@')) {
      const hunk = HUNK.exec(line);
      if (!hunk) continue;
      const removed = hunk[1] === undefined ? 1 : Number(hunk[1]);
      const start = Number(hunk[2]);
      const count = hunk[3] === undefined ? 1 : Number(hunk[3]);
      for (let at = start; at < start + count; at++) current.push(at);
      hunkLines = removed + count;
    }
  }
  for (const [path, lines] of added) if (lines.length === 0) added.delete(path);
  return added;
}

const stripPrefix = (target: string) => (target.startsWith('b/') ? target.slice(2) : target);

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** A path git wrote C-quoted (`"b/caf\303\251.py"`, for bytes outside printable ASCII) as its UTF-8 text. */
function unquote(target: string): string {
  if (!target.startsWith('"') || !target.endsWith('"')) return target;
  const bytes: number[] = [];
  const body = target.slice(1, -1);
  for (let at = 0; at < body.length; at++) {
    const char = body[at]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(at + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      at += 3;
    } else {
      bytes.push(ESCAPES[body[at + 1]!] ?? body.charCodeAt(at + 1));
      at += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
