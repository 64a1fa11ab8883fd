import type { FlatConfig } from './known-modules.js';

/** An ESLint configuration read from a repository, as flat configs in ESLint's order, ready to translate. */
export interface EslintConfigRead {
  /** The file that decided the configuration, relative to the root (`eslint.config.js`, `.eslintrc.yml`). */
  origin: string;
  configs: FlatConfig[];
  /** Whether `eslint .` would leave a file alone: ignored, or not a file it lints (relative, POSIX separators). */
  ignores: (file: string) => boolean;
  /** What could not be read or translated, each `file[:line]: what and why`. */
  notes: string[];
  /** The file that first configured each rule, to name it when a rule cannot be translated. */
  ruleSources: Map<string, string>;
}

/** An ESLint configuration Plumb cannot read at all (a computed export), with the reason. */
export interface EslintConfigRefused {
  origin: string;
  refused: string;
}
