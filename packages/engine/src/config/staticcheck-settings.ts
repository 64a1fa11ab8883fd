import { parse } from 'yaml';
import { isRecord } from './is-record.js';

/** What a project's linter configuration says of a check; only `off` comes from Staticcheck's lists. */
type CheckSetting = 'off';

/** Whether one entry of a `checks` list (`all`, `*`, `ST1*`, `ST1005`, each maybe `-`-prefixed) names `code`. */
function entryNames(entry: string, code: string): boolean {
  const pattern = entry.replace(/^-/, '');
  if (pattern === 'all' || pattern === '*') return true;
  return pattern.endsWith('*') ? code.startsWith(pattern.slice(0, -1)) : pattern === code;
}

/**
 * The checks a Staticcheck `checks` list leaves off, read in order as Staticcheck does (a later entry wins). A check
 * the list never names stays as it was (on): a list such as `["SA*"]` is not taken to switch the style checks off.
 */
export function checksOff(list: readonly string[], codes: readonly string[]): Map<string, CheckSetting> {
  const settings = new Map<string, CheckSetting>();
  for (const code of codes) {
    let enabled = true;
    for (const entry of list) if (entryNames(entry, code)) enabled = !entry.startsWith('-');
    if (!enabled) settings.set(code, 'off');
  }
  return settings;
}

const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * `.golangci.yml`'s Staticcheck lists: `linters.settings` (v2) or `linters-settings` (v1), under `staticcheck` or
 * `stylecheck`; a check either list switches off is off.
 */
export function golangciSettings(text: string, codes: readonly string[]): Map<string, CheckSetting> {
  const config: unknown = parse(text);
  if (!isRecord(config)) return new Map();
  const linters = isRecord(config.linters) ? config.linters : {};
  const blocks = [linters.settings, config['linters-settings']].filter(isRecord);
  const lists = blocks.flatMap((block) =>
    ['staticcheck', 'stylecheck'].map((linter) => {
      const settings = block[linter];
      return isRecord(settings) ? stringsOf(settings.checks) : [];
    }),
  );
  const settings = new Map<string, CheckSetting>();
  for (const list of lists) for (const code of checksOff(list, codes).keys()) settings.set(code, 'off');
  return settings;
}

/** `staticcheck.conf`'s `checks = ["all", "-ST1005"]`. */
export function staticcheckConfSettings(text: string, codes: readonly string[]): Map<string, CheckSetting> {
  const list = /^\s*checks\s*=\s*\[([^\]]*)\]/m.exec(text)?.[1] ?? '';
  return checksOff(
    [...list.matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? ''),
    codes,
  );
}
