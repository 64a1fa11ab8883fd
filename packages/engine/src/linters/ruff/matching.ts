import path from 'node:path';

/**
 * A pattern of `exclude` or `per-file-ignores` as Ruff keeps it: the glob normalized to the directory of the
 * configuration that wrote it (here relative to the analyzed root), and the pattern as written, which Ruff also
 * matches against a file's name alone when it has no `/`.
 */
export interface RuffFilePattern {
  /** Relative to the analyzed root, POSIX separators, `.` and `..` resolved. */
  glob: string;
  /** The pattern as written, matched against the file's or directory's name. */
  basename: string;
  /** `!pattern` in `per-file-ignores`: applies to the files it does not match. */
  negated?: boolean;
}

const GLOB_SPECIAL = /[*?[\]{}]/g;

/** A pattern written in the configuration file at `dir` (relative to root, `''` for the root itself). */
export function ruffFilePattern(written: string, dir: string, options: { negatable?: boolean } = {}): RuffFilePattern {
  const negated = options.negatable === true && written.startsWith('!');
  const pattern = negated ? written.slice(1) : written;
  const base = dir.replace(GLOB_SPECIAL, '\\$&');
  const glob = path.posix.normalize(pattern.startsWith('/') ? pattern : path.posix.join(base || '.', pattern));
  // A pattern with a `/` never matches a name alone, so keeping it as the basename pattern too changes nothing.
  return { glob: glob.replace(/\/$/, ''), basename: pattern, ...(negated ? { negated } : {}) };
}

/** Ruff's built-in `exclude` patterns, matched against names (globset without a path). */
export const RUFF_DEFAULT_EXCLUDE: readonly RuffFilePattern[] = [
  '.bzr',
  '.direnv',
  '.eggs',
  '.git',
  '.git-rewrite',
  '.hg',
  '.ipynb_checkpoints',
  '.mypy_cache',
  '.nox',
  '.pants.d',
  '.pyenv',
  '.pytest_cache',
  '.pytype',
  '.ruff_cache',
  '.svn',
  '.tox',
  '.venv',
  '.vscode',
  '__pypackages__',
  '_build',
  'buck-out',
  'dist',
  'node_modules',
  'site-packages',
  'venv',
].map((name) => ({ glob: name, basename: name }));

const compiled = new Map<string, RegExp>();

/** globset's syntax with its defaults: `*` and `**` may cross `/`, `?`, `[...]`, `[!...]`, `{a,b}`, `\` escapes. */
export function compileGlob(glob: string): RegExp {
  const cached = compiled.get(glob);
  if (cached) return cached;
  let regex = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index] ?? '';
    if (char === '\\') regex += (glob[++index] ?? '').replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    else if (char === '*') {
      regex += '.*';
      while (glob[index + 1] === '*') index++;
    } else if (char === '?') regex += '.';
    else if (char === '[' && glob.indexOf(']', index + 2) > 0) {
      const close = glob.indexOf(']', index + 2);
      regex += `[${glob
        .slice(index + 1, close)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\')}]`;
      index = close;
    } else if (char === '{') {
      regex += '(?:';
      braces++;
    } else if (char === '}' && braces > 0) {
      regex += ')';
      braces--;
    } else if (char === ',' && braces > 0) regex += '|';
    else regex += char.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
  }
  const result = new RegExp(`^${regex}${')'.repeat(braces)}$`);
  compiled.set(glob, result);
  return result;
}

/** Whether a path (relative to root) matches a pattern by its normalized glob or, for a name pattern, its name. */
export function matchesRuffPattern(pattern: RuffFilePattern, file: string): boolean {
  if (compileGlob(pattern.glob).test(file)) return true;
  return compileGlob(pattern.basename).test(path.posix.basename(file));
}

/** Whether a rule selector (`E`, `F4`, `PLR`, `ALL`) covers a code: `E` covers `E501` but not `ERA001`. */
export function selectorCovers(selector: string, code: string): boolean {
  if (selector === 'ALL') return true;
  if (!code.startsWith(selector)) return false;
  const letters = (text: string) => /^[A-Z]*/.exec(text)?.[0] ?? '';
  return letters(selector) === letters(code) || selector === 'PL' || /\d/.test(selector);
}
