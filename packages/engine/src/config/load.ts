import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { isOffByDefault, linterRuleSettings } from './linter-settings.js';
import { CONFIG_FILE_NAMES, ConfigError, DEFAULT_CONFIG, type PlumbConfig, type RuleSetting } from './schema.js';
import { validateConfig } from './validate.js';

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(`${file}: cannot read: ${(error as Error).message}`);
  }
}

/** Parses and validates the text of a configuration file; `label` names it in error messages. */
export function parseConfig(text: string, label: string): PlumbConfig {
  const document = parseDocument(text, { prettyErrors: false });
  const [syntaxError] = document.errors;
  if (syntaxError) throw new ConfigError(`${label}: invalid YAML: ${syntaxError.message.split('\n')[0]}`);
  return validateConfig(document.toJS(), label);
}

/**
 * Loads the configuration for an analysis of `dir`: `configFile` when given (it must exist), else the first
 * of `.plumb.yml` / `.plumb.yaml` found in `dir`, else the defaults; then the rule settings of `dir`'s
 * `.rubocop.yml` and `.shellcheckrc` for the rules that mirror their checks.
 */
export async function loadConfig(dir: string, configFile?: string): Promise<PlumbConfig> {
  const config = await loadPlumbConfig(dir, configFile);
  return { ...config, rules: mergeRuleSettings(await linterRuleSettings(dir), config.rules) };
}

/**
 * `.plumb.yml` speaks last: its `off`, `on` or severity for a rule overrides
 * what a linter configuration says of it, keeping that one's paths. A linter's paths alone (`AllCops: Exclude`)
 * scope a rule; they do not switch on one that is off by default.
 */
function mergeRuleSettings(
  linter: Record<string, RuleSetting>,
  plumb: Record<string, RuleSetting>,
): Record<string, RuleSetting> {
  const merged = { ...linter, ...plumb };
  for (const [id, setting] of Object.entries(linter))
    if (typeof setting === 'object' && !(id in plumb) && isOffByDefault(id)) delete merged[id];
  for (const [id, setting] of Object.entries(plumb)) {
    const fromLinter = linter[id];
    if (typeof fromLinter === 'object' && typeof setting === 'string' && setting !== 'off')
      merged[id] = setting === 'on' ? fromLinter : { ...fromLinter, severity: setting };
  }
  return merged;
}

async function loadPlumbConfig(dir: string, configFile?: string): Promise<PlumbConfig> {
  if (configFile !== undefined) {
    const text = await readIfPresent(configFile);
    if (text === undefined) throw new ConfigError(`${configFile}: configuration file not found`);
    return parseConfig(text, configFile);
  }
  for (const name of CONFIG_FILE_NAMES) {
    const text = await readIfPresent(path.join(dir, name));
    if (text !== undefined) return parseConfig(text, name);
  }
  return structuredClone(DEFAULT_CONFIG);
}
