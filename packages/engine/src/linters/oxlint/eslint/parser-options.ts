import type { FlatConfig } from './known-modules.js';

/** A rule whose ESLint version reads a parser option that oxlint's version does not. */
interface ParserOptionEffect {
  option: string;
  rule: string;
  /** Whether, with the option set, ESLint's version reports nothing under these rule options. */
  silences: (options: unknown[]) => boolean;
  why: string;
}

const EFFECTS: ParserOptionEffect[] = [
  {
    option: 'isolatedDeclarations',
    rule: '@typescript-eslint/consistent-generic-constructors',
    // Its default `constructor` style is the check typescript-eslint skips under isolated declarations.
    silences: (options) => options[0] !== 'type-annotation',
    why: 'with `parserOptions.isolatedDeclarations` its ESLint version skips the `constructor` style check',
  },
];

function parserOptionsOf(config: FlatConfig): Record<string, unknown> | undefined {
  return (config.languageOptions?.['parserOptions'] ?? config['parserOptions']) as Record<string, unknown> | undefined;
}

/** The options a rule was last given (after its severity), in configs applying to every file. */
function lastOptions(rule: string, configs: FlatConfig[]): unknown[] {
  let options: unknown[] = [];
  for (const config of configs) {
    const setting = config.files === undefined ? config.rules?.[rule] : undefined;
    if (Array.isArray(setting)) options = setting.slice(1);
  }
  return options;
}

/**
 * Where a config sets a parser option that makes ESLint's version of a rule report nothing, the rule is turned
 * off for the same files, so that oxlint's version (which does not read the option) does not report either.
 */
export function applyParserOptionEffects(configs: FlatConfig[], origin: string, notes: string[]): FlatConfig[] {
  const added: FlatConfig[] = [];
  for (const effect of EFFECTS) {
    if (!effect.silences(lastOptions(effect.rule, configs))) continue;
    for (const config of configs) {
      if (parserOptionsOf(config)?.[effect.option] !== true) continue;
      added.push({ ...(config.files ? { files: config.files } : {}), rules: { [effect.rule]: 'off' } });
      notes.push(`${origin}: rule \`${effect.rule}\` turned off: ${effect.why}, which oxlint does not read`);
    }
  }
  return [...configs, ...added];
}
