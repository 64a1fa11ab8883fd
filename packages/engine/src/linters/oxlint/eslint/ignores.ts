import ignoreModule from 'ignore';
import picomatch from 'picomatch';

// ignore 5 is CommonJS typed as an ES default export: under NodeNext the factory sits on `.default`.
const ignore = ignoreModule.default;

/** A file's folders (`a/`, `a/b/`), then the file itself: ESLint ignores a file in an ignored folder. */
function candidates(file: string): string[] {
  const parts = file.split('/');
  return [...parts.slice(0, -1).map((_, index) => `${parts.slice(0, index + 1).join('/')}/`), file];
}

/** Flat config global `ignores`: minimatch globs relative to the root, `!` re-includes, the last match decides. */
export function flatIgnoreMatcher(patterns: readonly string[]): (file: string) => boolean {
  const matchers = patterns.map((pattern) => {
    const negated = pattern.startsWith('!');
    const glob = (negated ? pattern.slice(1) : pattern).replace(/^\.\//, '');
    return { negated, match: picomatch(glob.replace(/\/$/, ''), { dot: true }) };
  });
  return (file) => {
    let ignored = false;
    for (const candidate of candidates(file)) {
      const bare = candidate.replace(/\/$/, '');
      for (const { negated, match } of matchers) if (match(bare)) ignored = !negated;
      if (ignored) return true;
    }
    return ignored;
  };
}

/** `.eslintignore` and legacy `ignorePatterns`: gitignore syntax relative to the root. */
export function gitignoreMatcher(patterns: readonly string[]): (file: string) => boolean {
  const matcher = ignore().add([...patterns]);
  return (file) => matcher.ignores(file);
}
