import picomatch from 'picomatch';
import type { FlatConfig } from './known-modules.js';

// minimatch options ESLint gives flat `files` and `ignores`.
const GLOB_OPTIONS = { dot: true };

/** A flat `files` entry: a glob, or a list of globs that must all match. */
function entryMatcher(entry: unknown): (file: string) => boolean {
  const globs = (Array.isArray(entry) ? entry : [entry]).filter((glob): glob is string => typeof glob === 'string');
  const matchers = globs.map((glob) => picomatch(glob.replace(/^\.\//, ''), GLOB_OPTIONS));
  return (file) => matchers.length > 0 && matchers.every((match) => match(file));
}

/** The file as a glob that matches only itself (a glob character stands for any one character). */
function literalGlob(file: string): string {
  return file.replace(/[*?[\]{}()!+@\\]/g, '?');
}

/**
 * oxlint's overrides have no `ignores` (nor legacy `excludedFiles`): such a config object is scoped instead to the
 * files it applies to, listed one by one from the analyzed files.
 */
export function listFilesOfExcludingConfigs(configs: FlatConfig[], files: readonly string[]): FlatConfig[] {
  return configs.map((config) => {
    if (config.ignores === undefined) return config;
    const { ignores, ...rest } = config;
    const included = rest.files === undefined ? () => true : anyOf(rest.files.map(entryMatcher));
    const excluded = anyOf(ignores.map(entryMatcher));
    const scoped = files.filter((file) => included(file) && !excluded(file));
    return { ...rest, files: scoped.map(literalGlob) };
  });
}

function anyOf(matchers: ((file: string) => boolean)[]): (file: string) => boolean {
  return (file) => matchers.some((match) => match(file));
}
