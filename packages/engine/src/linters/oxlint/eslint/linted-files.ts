import picomatch from 'picomatch';
import type { FlatConfig } from './known-modules.js';

/** What `eslint .` lints without being told: `.js` in ESLint 8, `.js`/`.mjs`/`.cjs` in flat configs. */
const DEFAULT_EXTENSIONS = { flat: /\.(js|mjs|cjs)$/, legacy: /\.js$/ };

/** A `files` glob that ends in `*` or `**` scopes settings but adds no files to lint, as in ESLint. */
function addsFiles(glob: string): boolean {
  return !/\*$/.test(glob.split('/').pop() ?? '');
}

/**
 * Whether `eslint .` would lint a file: one of the default extensions, or matched by a config's `files` glob
 * (TypeScript files, for instance, only when some config names them).
 */
export function lintedByEslint(configs: FlatConfig[], style: 'flat' | 'legacy'): (file: string) => boolean {
  const globs = configs
    .flatMap((config) => (config.files ?? []).flat())
    .filter((glob): glob is string => typeof glob === 'string' && addsFiles(glob));
  const matchers = globs.map((glob) => picomatch(glob.replace(/^\.\//, ''), { dot: true }));
  return (file) => DEFAULT_EXTENSIONS[style].test(file) || matchers.some((match) => match(file));
}
