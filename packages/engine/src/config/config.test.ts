import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from './load.js';
import { ConfigError, DEFAULT_CONFIG } from './schema.js';

describe('parseConfig', () => {
  it('fills in defaults around what the file sets', () => {
    const config = parseConfig(
      'exclude:\n  - docs/**\nthresholds:\n  complexity: 10\nduplication:\n  minLines: 8\n',
      '.plumb.yml',
    );
    expect(config).toEqual({
      exclude: ['docs/**'],
      thresholds: { complexity: 10, length: 100, parameters: 8, nesting: 5 },
      duplication: { minTokens: 50, minLines: 8 },
      rules: {},
      tests: { include: [], exclude: [], conventions: true },
      licenses: { allowed: [], denied: [] },
    });
  });

  it('reads which files are test code, as a mapping or as a list of globs to include', () => {
    expect(
      parseConfig('tests:\n  include: [qa/**]\n  exclude: [examples/**]\n  conventions: false\n', '.plumb.yml').tests,
    ).toEqual({ include: ['qa/**'], exclude: ['examples/**'], conventions: false });
    expect(parseConfig('tests: [qa/**, "*.check.ts"]\n', '.plumb.yml').tests).toEqual({
      include: ['qa/**', '*.check.ts'],
      exclude: [],
      conventions: true,
    });
  });

  it('switches rules off and re-rates them, by id or tool/id', () => {
    const config = parseConfig(
      'rules:\n  java/system-out-print: off\n  ruff/E711: high\n  eslint/no-debugger: "off"\n',
      '.plumb.yml',
    );
    expect(config.rules).toEqual({ 'java/system-out-print': 'off', 'ruff/E711': 'high', 'eslint/no-debugger': 'off' });
  });

  it('switches a rule that is off by default on, with on, a YAML true or a severity', () => {
    const config = parseConfig(
      'rules:\n  java/deep-nesting: on\n  c/deep-nesting: true\n  go/deep-nesting: low\n',
      '.plumb.yml',
    );
    expect(config.rules).toEqual({ 'java/deep-nesting': 'on', 'c/deep-nesting': 'on', 'go/deep-nesting': 'low' });
  });

  it('accepts an empty file and a single exclude glob', () => {
    expect(parseConfig('', '.plumb.yml')).toEqual(DEFAULT_CONFIG);
    expect(parseConfig('exclude: gen/**\n', '.plumb.yml').exclude).toEqual(['gen/**']);
  });

  it.each([
    [
      'thresholds:\n  complexity: high\n',
      '.plumb.yml: thresholds.complexity must be a positive integer, got string "high"',
    ],
    ['thresholds:\n  length: 0\n', '.plumb.yml: thresholds.length must be a positive integer, got number 0'],
    [
      'duplication:\n  minTokens: 2.5\n',
      '.plumb.yml: duplication.minTokens must be a positive integer, got number 2.5',
    ],
    ['duplication: 5\n', '.plumb.yml: duplication must be a mapping, got number 5'],
    ['exclude:\n  - 3\n', '.plumb.yml: exclude[0] must be a non-empty glob string, got number 3'],
    [
      'thresholds:\n  cyclomatic: 3\n',
      '.plumb.yml: unknown field "thresholds.cyclomatic" (expected one of: complexity, length, parameters, nesting)',
    ],
    [
      'rules:\n  java/x: loud\n',
      '.plumb.yml: rules.java/x must be one of off, on, info, low, moderate, high, critical, got string "loud"',
    ],
    ['rules:\n  - java/x\n', '.plumb.yml: rules must be a mapping of rule ids to off, on or a severity, got a list'],
    [
      'excludes: []\n',
      '.plumb.yml: unknown field "excludes" ' +
        '(expected one of: exclude, thresholds, duplication, rules, tests, licenses, gate)',
    ],
    ['- a\n- b\n', '.plumb.yml: the document must be a mapping, got a list'],
    [
      'tests:\n  conventions: no-thanks\n',
      '.plumb.yml: tests.conventions must be true or false, got string "no-thanks"',
    ],
    ['tests:\n  exclude: [""]\n', '.plumb.yml: tests.exclude[0] must be a non-empty glob string, got string ""'],
    ['tests: 3\n', '.plumb.yml: tests must be a mapping, got number 3'],
    [
      'tests:\n  paths: [qa]\n',
      '.plumb.yml: unknown field "tests.paths" (expected one of: include, exclude, conventions)',
    ],
  ])('rejects %j naming the field', (text, message) => {
    expect(() => parseConfig(text, '.plumb.yml')).toThrow(new ConfigError(message));
  });

  it('reports YAML syntax errors with the file name', () => {
    expect(() => parseConfig('exclude: [a\n', 'conf.yml')).toThrow(/^conf\.yml: invalid YAML: /);
  });
});

describe('loadConfig', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-config-'));
    await writeFile(path.join(dir, '.plumb.yml'), 'thresholds:\n  complexity: 7\n');
    await writeFile(path.join(dir, 'other.yml'), 'thresholds:\n  complexity: 9\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads DIR/.plumb.yml, or the --config file instead', async () => {
    expect((await loadConfig(dir)).thresholds.complexity).toBe(7);
    expect((await loadConfig(dir, path.join(dir, 'other.yml'))).thresholds.complexity).toBe(9);
  });

  it('uses the defaults without a file, and fails on a missing --config file', async () => {
    expect(await loadConfig(tmpdir() + '/plumb-no-such-dir')).toEqual(DEFAULT_CONFIG);
    await expect(loadConfig(dir, path.join(dir, 'missing.yml'))).rejects.toThrow(
      /missing\.yml: configuration file not found/,
    );
  });
});
