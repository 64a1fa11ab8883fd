import { parse } from 'yaml';
import { isRecord } from './is-record.js';

/** golangci-lint v1's default linters; `stylecheck` (Staticcheck's ST checks) and `revive` are not among them. */
const V1_DEFAULTS = new Set(['errcheck', 'gosimple', 'govet', 'ineffassign', 'staticcheck', 'unused']);
/** golangci-lint v2's `standard` set; v2 folds `stylecheck` and `gosimple` into `staticcheck`. */
const V2_STANDARD = new Set(['errcheck', 'govet', 'ineffassign', 'staticcheck', 'unused']);
const FOLDED_INTO_STATICCHECK = new Set(['stylecheck', 'gosimple']);

const namesOf = (value: unknown): Set<string> =>
  new Set(Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * Whether golangci-lint runs the linter `name` under this `.golangci.yml`: v2's `linters.default` (`standard`,
 * `all`, `none`) or v1's defaults, `enable-all` and `disable-all`, then `linters.enable` and `linters.disable`.
 * Undefined where the file does not say (v2's `fast` set).
 */
function runs(config: Record<string, unknown>, name: string): boolean | undefined {
  const v2 = String(config.version ?? '') === '2';
  const linter = v2 && FOLDED_INTO_STATICCHECK.has(name) ? 'staticcheck' : name;
  const linters = isRecord(config.linters) ? config.linters : {};
  if (namesOf(linters.disable).has(linter)) return false;
  if (namesOf(linters.enable).has(linter)) return true;
  if (v2) {
    const set = linters.default ?? 'standard';
    if (set === 'all') return true;
    if (set === 'none') return false;
    return set === 'standard' ? V2_STANDARD.has(linter) : undefined;
  }
  if (linters['enable-all'] === true) return true;
  if (linters['disable-all'] === true) return false;
  return V1_DEFAULTS.has(linter);
}

/**
 * The golangci-lint linters among `names` that a project's `.golangci.yml` does not run: a check the project's own
 * linting leaves out (validator's `disable: [revive, staticcheck]`, pgx's `default: none`) is not Plumb's to report.
 */
export function golangciLintersOff(text: string, names: readonly string[]): Map<string, 'off'> {
  const config: unknown = parse(text);
  const off = new Map<string, 'off'>();
  if (!isRecord(config)) return off;
  for (const name of names) if (runs(config, name) === false) off.set(name, 'off');
  return off;
}
