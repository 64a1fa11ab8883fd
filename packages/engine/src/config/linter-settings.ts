import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { BUILT_IN_RULES } from '../rules/index.js';
import type { Rule, RuleEquivalents } from '../rules/types.js';
import type { RuleSetting } from './schema.js';
import { golangciLintersOff } from './golangci-linters.js';
import { golangciSettings, staticcheckConfSettings } from './staticcheck-settings.js';
import { isRecord } from './is-record.js';
import { shellcheckInvocationText } from './shellcheck-invocations.js';

/** The linters whose configuration file Plumb reads (the others' names serve suppressions only). */
type Linter = keyof Pick<RuleEquivalents, 'rubocop' | 'shellcheck' | 'staticcheck' | 'golangci'>;

/** What a project's linter configuration says of one check: switched off, or off under some paths. */
type CheckSetting = 'off' | { exclude: string[] };

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

const globs = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((glob): glob is string => typeof glob === 'string') : [];

/**
 * `.rubocop.yml`, by cop: `Enabled: false` on the cop or its department (`Metrics:`), `AllCops: DisabledByDefault`,
 * and `Exclude:` globs of `AllCops` and the cop. Only the file's own settings: `inherit_from` is not followed.
 */
export function rubocopSettings(text: string, cops: readonly string[]): Map<string, CheckSetting> {
  const config: unknown = parse(text);
  const settings = new Map<string, CheckSetting>();
  if (!isRecord(config)) return settings;
  const all = isRecord(config.AllCops) ? config.AllCops : {};
  for (const cop of cops) {
    const own = isRecord(config[cop]) ? config[cop] : {};
    const department = config[cop.split('/')[0] ?? ''];
    const enabled =
      own.Enabled ??
      (isRecord(department) ? department.Enabled : undefined) ??
      (all.DisabledByDefault === true ? false : undefined);
    const exclude = [...globs(all.Exclude), ...globs(own.Exclude)];
    if (enabled === false) settings.set(cop, 'off');
    else if (exclude.length > 0) settings.set(cop, { exclude });
  }
  return settings;
}

/**
 * Standard's `.standard.yml` (standardrb, RuboCop underneath), by cop: `ignore:` lists paths (every cop off there)
 * and `{glob: [cops]}` entries (those cops off there); `'**\/*'` switches a cop off everywhere.
 */
export function standardSettings(text: string, cops: readonly string[]): Map<string, CheckSetting> {
  const config: unknown = parse(text);
  const settings = new Map<string, CheckSetting>();
  const ignore: unknown[] = isRecord(config) && Array.isArray(config.ignore) ? config.ignore : [];
  const exclude = (cop: string, glob: string) => {
    const current = settings.get(cop);
    if (current === 'off') return;
    if (glob === '**/*' || glob === '**') settings.set(cop, 'off');
    else settings.set(cop, { exclude: [...(current?.exclude ?? []), glob] });
  };
  for (const entry of ignore) {
    if (typeof entry === 'string') for (const cop of cops) exclude(cop, entry);
    else if (isRecord(entry))
      for (const [glob, listed] of Object.entries(entry))
        for (const cop of globs(listed)) if (cops.includes(cop)) exclude(cop, glob);
  }
  return settings;
}

/** Two configurations of one linter together: a check off in either is off; their excluded paths add up. */
function mergeSetting(left: CheckSetting | undefined, right: CheckSetting): CheckSetting {
  if (left === undefined) return right;
  if (left === 'off' || right === 'off') return 'off';
  return { exclude: [...left.exclude, ...right.exclude] };
}

const codeNumber = (code: string) => Number(code.replace(/^SC/i, ''));

/** `.shellcheckrc`'s `disable=SC2006,SC2086`, `disable=SC1000-SC1099` and `disable=all`, by code. */
export function shellcheckSettings(text: string, codes: readonly string[]): Map<string, CheckSetting> {
  const settings = new Map<string, CheckSetting>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*disable\s*=\s*([^#]*)/.exec(line);
    for (const item of match?.[1]?.split(',') ?? []) {
      const [from = '', to = from] = item.trim().split('-');
      for (const code of codes) {
        const number = codeNumber(code);
        if (item.trim() === 'all' || (number >= codeNumber(from) && number <= codeNumber(to)))
          settings.set(code, 'off');
      }
    }
  }
  return settings;
}

const rules = Object.values(BUILT_IN_RULES).flatMap((list) => list ?? []);

/** Whether a built-in rule is off unless configured on (the threshold rules). */
export function isOffByDefault(id: string): boolean {
  return rules.some((rule) => rule.meta.id === id && rule.meta.enabledByDefault === false);
}

const readFileIn = (file: string) => (dir: string) => readText(path.join(dir, file));

const READERS: {
  linter: Linter;
  text: (dir: string) => Promise<string | undefined>;
  read: (text: string, checks: readonly string[]) => Map<string, CheckSetting>;
  /** The rule goes off only when every one of its names is off (any of golangci-lint's linters would report it). */
  everyName?: boolean;
}[] = [
  { linter: 'rubocop', text: readFileIn('.rubocop.yml'), read: rubocopSettings },
  { linter: 'rubocop', text: readFileIn('.standard.yml'), read: standardSettings },
  { linter: 'shellcheck', text: readFileIn('.shellcheckrc'), read: shellcheckSettings },
  // The exclusions of the project's own ShellCheck runs (Makefile, CI), read as a `.shellcheckrc` would be.
  { linter: 'shellcheck', text: shellcheckInvocationText, read: shellcheckSettings },
  { linter: 'staticcheck', text: readFileIn('.golangci.yml'), read: golangciSettings },
  { linter: 'staticcheck', text: readFileIn('.golangci.yaml'), read: golangciSettings },
  { linter: 'staticcheck', text: readFileIn('staticcheck.conf'), read: staticcheckConfSettings },
  { linter: 'golangci', text: readFileIn('.golangci.yml'), read: golangciLintersOff, everyName: true },
  { linter: 'golangci', text: readFileIn('.golangci.yaml'), read: golangciLintersOff, everyName: true },
];

/** The names a rule's equivalent check goes by in one linter (Staticcheck's are a list). */
const checkNames = (rule: Rule, linter: Linter): string[] => [rule.meta.equivalents?.[linter] ?? []].flat();

/**
 * The rule settings a project's own linter configuration implies for the built-in rules that mirror its checks,
 * read once per analysis from `dir`. A file that cannot be read or parsed is ignored: it is the linter's to report.
 */
export async function linterRuleSettings(dir: string): Promise<Record<string, RuleSetting>> {
  const result: Record<string, CheckSetting> = {};
  for (const { linter, ...reader } of READERS) {
    const mirroring = rules.filter((rule) => rule.meta.equivalents?.[linter]);
    const text = mirroring.length > 0 ? await reader.text(dir) : undefined;
    if (text === undefined) continue;
    let settings: Map<string, CheckSetting>;
    try {
      settings = reader.read(
        text,
        mirroring.flatMap((rule) => checkNames(rule, linter)),
      );
    } catch {
      continue;
    }
    for (const rule of mirroring) {
      const names = checkNames(rule, linter);
      if (reader.everyName) {
        if (names.every((name) => settings.get(name) === 'off')) result[rule.meta.id] = 'off';
        continue;
      }
      for (const name of names) {
        const setting = settings.get(name);
        if (setting) result[rule.meta.id] = mergeSetting(result[rule.meta.id], setting);
      }
    }
  }
  return result satisfies Record<string, RuleSetting>;
}
