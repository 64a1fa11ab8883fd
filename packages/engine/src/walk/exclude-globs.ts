import picomatch from 'picomatch';

export type PathMatcher = (relativePath: string) => boolean;

/**
 * Matches `.plumb.yml` `exclude:` globs against POSIX paths relative to the analyzed root. A glob without
 * a slash matches a name at any depth (as in .gitignore); a trailing slash is dropped (`gen/` = `gen`).
 */
export function compileExcludeGlobs(globs: readonly string[]): PathMatcher {
  const matchers = globs.map((glob) => {
    const pattern = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    return picomatch(pattern, { dot: true, basename: !pattern.includes('/') });
  });
  return (relativePath) => matchers.some((matches) => matches(relativePath));
}
