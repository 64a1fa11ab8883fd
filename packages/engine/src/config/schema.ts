/** What `.plumb.yml` configures for an analysis, every field filled in. */
export interface PlumbConfig {
  /** Globs (relative to the analyzed directory) of paths to leave out, on top of the default exclusions. */
  exclude: string[];
  thresholds: {
    /** A function is complex when its cyclomatic complexity is above this. */
    complexity: number;
    /** A function is long when its length in lines is above this. */
    length: number;
  };
  duplication: {
    minTokens: number;
    minLines: number;
  };
}

export const DEFAULT_CONFIG: PlumbConfig = {
  exclude: [],
  thresholds: { complexity: 15, length: 100 },
  duplication: { minTokens: 50, minLines: 6 },
};

/** File names looked up in the analyzed directory when no `--config` is given. */
export const CONFIG_FILE_NAMES = ['.plumb.yml', '.plumb.yaml'] as const;

/** Top-level sections that later passes (rules, gates) own; accepted here, validated there. */
export const RESERVED_SECTIONS = ['rules', 'gate'] as const;

/** A configuration file that is missing, unreadable or invalid; the message names the file and the field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
