import migrate from '@oxlint/migrate';
import type { EslintConfigRead } from './types.js';

type MigrateOptions = NonNullable<Parameters<typeof migrate>[2]>;
type Reporter = NonNullable<MigrateOptions['reporter']>;
type SkipCategory = Parameters<Reporter['markSkipped']>[1];
type SkippedRules = ReturnType<Reporter['getSkippedRulesByCategory']>;

/** Why @oxlint/migrate left a rule out, in a user's words. */
const SKIP_REASONS: Record<SkipCategory, string> = {
  nursery: 'its oxlint version is still in the nursery',
  'type-aware': 'its oxlint version needs type information, which Plumb does not run',
  'not-implemented': 'oxlint does not implement it',
  unsupported: 'oxlint will not implement it',
  'js-plugins': 'it comes from a plugin oxlint does not have, and Plumb runs no JS plugins',
};

function collectingReporter(): Reporter {
  const warnings: string[] = [];
  const skipped: SkippedRules = {
    nursery: [],
    'type-aware': [],
    'not-implemented': [],
    unsupported: [],
    'js-plugins': [],
  };
  return {
    addWarning: (message) => warnings.push(message),
    getWarnings: () => warnings,
    markSkipped: (rule, category) => {
      if (!skipped[category].includes(rule)) skipped[category].push(rule);
    },
    removeSkipped: (rule, category) => {
      skipped[category] = skipped[category].filter((entry) => entry !== rule);
    },
    getSkippedRulesByCategory: () => skipped,
  };
}

/** oxlint matches override globs against paths relative to the config's folder; the config lives in a temp folder. */
function anchorGlob(pattern: string, root: string): string {
  const negated = pattern.startsWith('!');
  const glob = negated ? pattern.slice(1) : pattern;
  // A glob character in the root's own path (`/src/app[1]`) stands for any one character, as in `literalGlob`.
  const base = root
    .split('\\')
    .join('/')
    .replace(/\/$/, '')
    .replace(/[*?[\]{}()!+@]/g, '?');
  const anchored = `${base}/${glob.replace(/^\.\//, '')}`;
  return negated ? `!${anchored}` : anchored;
}

/** ESLint's deprecated option spellings, rewritten to the equivalent ESLint documents (oxlint knows only that). */
const DEPRECATED_OPTIONS: Record<string, (options: unknown[]) => unknown[]> = {
  eqeqeq: (options) => (options[0] === 'allow-null' ? ['always', { null: 'ignore' }] : options),
};

function withCurrentOptions(rules: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!rules) return rules;
  const current = { ...rules };
  for (const [rule, rewrite] of Object.entries(DEPRECATED_OPTIONS)) {
    const entry = current[rule];
    if (Array.isArray(entry) && entry.length > 1) current[rule] = [entry[0], ...rewrite(entry.slice(1))];
  }
  return current;
}

function isActive(setting: unknown): boolean {
  const severity = Array.isArray(setting) ? (setting[0] as unknown) : setting;
  return severity !== 'off' && severity !== 0;
}

/** Whether the rule is still on for some files once every config has had its say (a later `off` wins). */
function onSomewhere(rule: string, configs: EslintConfigRead['configs']): boolean {
  const lastByScope = new Map<string, unknown>();
  for (const config of configs)
    if (config.rules && rule in config.rules) lastByScope.set(JSON.stringify(config.files ?? null), config.rules[rule]);
  return [...lastByScope.values()].some(isActive);
}

export interface OxlintTranslation {
  config: Record<string, unknown>;
  notes: string[];
}

/**
 * An ESLint configuration as oxlint's, through @oxlint/migrate (in-process, on the values Plumb read, never the
 * repository's code): rules, severities, options, overrides, globals and env; every rule left out is named.
 */
export async function translateToOxlint(read: EslintConfigRead, root: string): Promise<OxlintTranslation> {
  const reporter = collectingReporter();
  const options: MigrateOptions = { reporter, merge: false, withNursery: false, typeAware: false, jsPlugins: false };
  const configs = read.configs.map((entry) => ({ ...entry, rules: withCurrentOptions(entry.rules) }));
  const config = (await migrate(configs, undefined, options)) as Record<string, unknown>;
  delete config['$schema'];
  delete config['ignorePatterns'];
  const overrides = (config['overrides'] ?? []) as { files: string[] }[];
  for (const override of overrides) override.files = override.files.map((pattern) => anchorGlob(pattern, root));
  const notes = [...read.notes];
  for (const [category, rules] of Object.entries(reporter.getSkippedRulesByCategory()) as [SkipCategory, string[]][])
    for (const rule of rules.filter((name) => onSomewhere(name, read.configs)))
      notes.push(
        `${read.ruleSources.get(rule) ?? read.origin}: rule \`${rule}\` not translated: ${SKIP_REASONS[category]}`,
      );
  for (const warning of reporter.getWarnings()) notes.push(`${read.origin}: ${warning.replace(/\s*\n\s*/g, ' ')}`);
  return { config, notes };
}
