import { SEVERITIES } from '../findings/types.js';
import { isSpdxId } from '../licenses/spdx.js';
import type { LicensePolicy } from '../licenses/types.js';
import {
  ConfigError,
  DEFAULT_CONFIG,
  RESERVED_SECTIONS,
  type PlumbConfig,
  type RuleSetting,
  type TestCodeSettings,
} from './schema.js';

type Fields = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isMapping(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Validator {
  constructor(private readonly file: string) {}

  fail(field: string, expected: string, value: unknown): never {
    throw new ConfigError(
      `${this.file}: ${field === '' ? 'the document' : field} must be ${expected}, got ${describe(value)}`,
    );
  }

  mapping(field: string, value: unknown, known: readonly string[]): Fields {
    if (value === undefined || value === null) return {};
    if (!isMapping(value)) this.fail(field, 'a mapping', value);
    const unknown = Object.keys(value).find((key) => !known.includes(key));
    if (unknown !== undefined) {
      const where = field === '' ? unknown : `${field}.${unknown}`;
      throw new ConfigError(`${this.file}: unknown field "${where}" (expected one of: ${known.join(', ')})`);
    }
    return value;
  }

  positiveInteger(field: string, value: unknown, fallback: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
      this.fail(field, 'a positive integer', value);
    return value;
  }

  ruleSettings(field: string, value: unknown): Record<string, RuleSetting> {
    if (value === undefined || value === null) return {};
    if (!isMapping(value)) this.fail(field, 'a mapping of rule ids to off, on or a severity', value);
    const allowed: readonly unknown[] = ['off', 'on', ...SEVERITIES];
    // YAML 1.1 readers take a bare `off` and `on` for booleans.
    const settings = Object.entries(value).map(
      ([rule, setting]) => [rule, setting === false ? 'off' : setting === true ? 'on' : setting] as const,
    );
    for (const [rule, setting] of settings) {
      if (!allowed.includes(setting)) this.fail(`${field}.${rule}`, `one of ${allowed.join(', ')}`, setting);
    }
    return Object.fromEntries(settings) as Record<string, RuleSetting>;
  }

  boolean(field: string, value: unknown, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') this.fail(field, 'true or false', value);
    return value;
  }

  /** `tests:` as a mapping, or a list of globs that is its `include`. */
  tests(field: string, value: unknown): TestCodeSettings {
    if (Array.isArray(value) || typeof value === 'string')
      return { ...DEFAULT_CONFIG.tests, include: this.globs(field, value) };
    const tests = this.mapping(field, value, ['include', 'exclude', 'conventions']);
    return {
      include: this.globs(`${field}.include`, tests.include),
      exclude: this.globs(`${field}.exclude`, tests.exclude),
      conventions: this.boolean(`${field}.conventions`, tests.conventions, DEFAULT_CONFIG.tests.conventions),
    };
  }

  /** `licenses:` `allowed` and `denied`, each a list of SPDX license ids. */
  licenses(field: string, value: unknown): LicensePolicy {
    const policy = this.mapping(field, value, ['allowed', 'denied']);
    const ids = (name: string, list: unknown): string[] => {
      if (list === undefined || list === null) return [];
      if (!Array.isArray(list)) this.fail(`${field}.${name}`, 'a list of SPDX license ids', list);
      return list.map((id: unknown, index) => {
        if (typeof id !== 'string' || !isSpdxId(id))
          this.fail(`${field}.${name}[${index}]`, 'an SPDX license id such as MIT or GPL-3.0-only', id);
        return id;
      });
    };
    return { allowed: ids('allowed', policy.allowed), denied: ids('denied', policy.denied) };
  }

  globs(field: string, value: unknown): string[] {
    if (value === undefined || value === null) return [];
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list)) this.fail(field, 'a list of globs', value);
    return list.map((glob: unknown, index) => {
      if (typeof glob !== 'string' || glob.trim() === '')
        this.fail(`${field}[${index}]`, 'a non-empty glob string', glob);
      return glob;
    });
  }
}

/** Checks a parsed `.plumb.yml` document and fills in defaults; throws ConfigError naming the bad field. */
export function validateConfig(document: unknown, file: string): PlumbConfig {
  const check = new Validator(file);
  const root = check.mapping('', document, [
    'exclude',
    'thresholds',
    'duplication',
    'rules',
    'tests',
    'licenses',
    ...RESERVED_SECTIONS,
  ]);
  const thresholds = check.mapping('thresholds', root.thresholds, ['complexity', 'length', 'parameters', 'nesting']);
  const duplication = check.mapping('duplication', root.duplication, ['minTokens', 'minLines']);
  const defaults = DEFAULT_CONFIG;
  return {
    exclude: check.globs('exclude', root.exclude),
    thresholds: {
      complexity: check.positiveInteger('thresholds.complexity', thresholds.complexity, defaults.thresholds.complexity),
      length: check.positiveInteger('thresholds.length', thresholds.length, defaults.thresholds.length),
      parameters: check.positiveInteger('thresholds.parameters', thresholds.parameters, defaults.thresholds.parameters),
      nesting: check.positiveInteger('thresholds.nesting', thresholds.nesting, defaults.thresholds.nesting),
    },
    rules: check.ruleSettings('rules', root.rules),
    duplication: {
      minTokens: check.positiveInteger('duplication.minTokens', duplication.minTokens, defaults.duplication.minTokens),
      minLines: check.positiveInteger('duplication.minLines', duplication.minLines, defaults.duplication.minLines),
    },
    tests: check.tests('tests', root.tests),
    licenses: check.licenses('licenses', root.licenses),
  };
}
