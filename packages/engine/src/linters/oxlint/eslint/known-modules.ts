import eslintJs from '@eslint/js';
import globals from 'globals';
import { KnownFunction, Unresolved, type KnownModules } from './static-module.js';
import { TYPESCRIPT_ESLINT_CONFIGS } from './typescript-eslint-configs.generated.js';

/** A flat config as ESLint reads it; only the keys Plumb translates are typed. */
export interface FlatConfig {
  files?: unknown[];
  ignores?: string[];
  rules?: Record<string, unknown>;
  languageOptions?: { globals?: Record<string, unknown>; ecmaVersion?: unknown; [key: string]: unknown };
  [key: string]: unknown;
}

/** `extends: ["js/recommended"]`: a config named by the alias its object gives a plugin in `plugins`. */
function namedPluginConfig(name: string, plugins: unknown): unknown {
  const [alias = '', config = ''] = name.split('/');
  const plugin = (plugins as Record<string, { configs?: Record<string, unknown> } | undefined> | undefined)?.[alias];
  // Line 0: the name is a string inside `extends`, whose line the flattening no longer knows.
  return plugin?.configs?.[config] ?? new Unresolved(`\`${name}\`, a plugin config Plumb does not know`, 0);
}

/** `defineConfig`'s and `tseslint.config`'s flattening, with `extends` of config objects applied to the `files`. */
export function flattenConfigs(args: unknown[]): unknown[] {
  return args.flat(Infinity).flatMap((entry) => {
    if (entry === null || typeof entry !== 'object' || !('extends' in entry)) return [entry];
    const { extends: extended, ...own } = entry as FlatConfig;
    const scope = own.files === undefined ? {} : { files: own.files };
    const named = [extended]
      .flat(Infinity)
      .map((base) => (typeof base === 'string' ? namedPluginConfig(base, own['plugins']) : base));
    const bases = flattenConfigs(named).map((base) =>
      base !== null && typeof base === 'object' && !(base instanceof Unresolved)
        ? { ...(base as object), ...scope }
        : base,
    );
    return [...bases, own];
  });
}

/** ESLint's own recommended set, from the `@eslint/js` Plumb ships (pure data, no repository code). */
export const ESLINT_RECOMMENDED: FlatConfig = { rules: { ...eslintJs.configs.recommended.rules } };
export const ESLINT_ALL: FlatConfig = { rules: { ...eslintJs.configs.all.rules } };

/** Configs that only turn rules off (formatting), which oxlint does not run anyway: nothing to translate. */
const FORMATTING_ONLY: FlatConfig = {};

/** Modules a config may import whose value Plumb knows without loading anything from the repository. */
export const KNOWN_MODULES: KnownModules = {
  globals,
  '@eslint/js': { ...eslintJs, default: eslintJs, configs: { recommended: ESLINT_RECOMMENDED, all: ESLINT_ALL } },
  'eslint/config': {
    defineConfig: new KnownFunction(flattenConfigs),
    globalIgnores: new KnownFunction(([patterns]) => ({ ignores: patterns })),
  },
  'typescript-eslint': { config: new KnownFunction(flattenConfigs), configs: TYPESCRIPT_ESLINT_CONFIGS },
  'eslint-config-prettier': FORMATTING_ONLY,
  'eslint-config-prettier/flat': FORMATTING_ONLY,
  'eslint-plugin-prettier/recommended': FORMATTING_ONLY,
};

/** typescript-eslint's legacy names (`plugin:@typescript-eslint/recommended-type-checked`) for its configs. */
function typescriptEslintLegacyConfigs(): Record<string, FlatConfig[]> {
  const entries = Object.entries(TYPESCRIPT_ESLINT_CONFIGS).map(([name, config]) => {
    const kebab = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    return [`plugin:@typescript-eslint/${kebab}`, config] as const;
  });
  const recommendedTypeChecked = TYPESCRIPT_ESLINT_CONFIGS['recommendedTypeChecked'] ?? [];
  // The name typescript-eslint 5 gave `recommended-type-checked`.
  return {
    ...Object.fromEntries(entries),
    'plugin:@typescript-eslint/recommended-requiring-type-checking': recommendedTypeChecked,
  };
}

/** Legacy `extends` names Plumb can express; anything else is reported as not translated. */
export const KNOWN_LEGACY_EXTENDS: Record<string, FlatConfig[]> = {
  'eslint:recommended': [ESLINT_RECOMMENDED],
  'eslint:all': [ESLINT_ALL],
  prettier: [FORMATTING_ONLY],
  'plugin:prettier/recommended': [FORMATTING_ONLY],
  ...typescriptEslintLegacyConfigs(),
};

/** ESLint's `ecmaVersion` (6…17 or a year) as a year. */
export function ecmaYear(version: number): number {
  return version < 2015 ? version + 2009 : version;
}

/** As @oxlint/migrate spells an `ecmaVersion` it maps to oxlint's `esNNNN` env: ES2015 is `6`, later ones years. */
export function migrateEcmaVersion(version: number): number | undefined {
  if (version < 6) return undefined;
  const year = ecmaYear(version);
  return year === 2015 ? 6 : year;
}

/** Legacy `env` names as globals; `esNNNN`/`es6` set the language version (oxlint's `env`), not globals. */
export function legacyEnvToLanguageOptions(env: Record<string, unknown>): {
  languageOptions: FlatConfig['languageOptions'];
  unknown: string[];
} {
  const languageGlobals: Record<string, unknown> = {};
  const unknown: string[] = [];
  let ecmaVersion: number | undefined;
  for (const [name, enabled] of Object.entries(env)) {
    if (enabled !== true) continue;
    const version = /^es(\d+)$/.exec(name)?.[1];
    if (version) {
      ecmaVersion = Math.max(ecmaVersion ?? 0, ecmaYear(Number(version)));
      continue;
    }
    const set = (globals as Record<string, Record<string, boolean> | undefined>)[name];
    if (set) Object.assign(languageGlobals, set);
    else unknown.push(name);
  }
  const version = ecmaVersion === undefined ? undefined : migrateEcmaVersion(ecmaVersion);
  return { languageOptions: { globals: languageGlobals, ...(version ? { ecmaVersion: version } : {}) }, unknown };
}
