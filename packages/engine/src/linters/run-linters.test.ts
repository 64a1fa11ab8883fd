import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_LINTERS, bundledLinterRules, runLinters } from './index.js';
import type { Linter } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('runLinters', () => {
  it('gives each linter the files of its languages and gathers findings, errors and timings', async () => {
    const root = path.join(here, 'ruff', '__fixtures__', 'default');
    const result = await runLinters(BUNDLED_LINTERS, root, [
      { filename: 'app.py', language: 'python' },
      { filename: 'broken.py', language: 'python' },
    ]);
    expect(result.findings.map((finding) => `${finding.tool} ${finding.rule}`)).toEqual([
      'ruff F401',
      'ruff E711',
      'ruff F821',
    ]);
    expect(result.errors.map((error) => `${error.linter} ${error.filename}`)).toEqual(['ruff broken.py']);
    expect(Object.keys(result.timings)).toEqual(['ruff']);
  });

  it('turns a linter that throws into an error and keeps the others', async () => {
    const failing: Linter = {
      id: 'failing',
      languages: ['python'],
      detect: async () => true,
      run: () => Promise.reject(new Error('no binary')),
      toFindings: () => [],
      catalog: () => [],
    };
    const root = path.join(here, 'ruff', '__fixtures__', 'default');
    const result = await runLinters([failing, ...BUNDLED_LINTERS], root, [{ filename: 'app.py', language: 'python' }]);
    expect(result.errors).toEqual([
      { filename: '', language: null, message: 'failing failed: no binary', linter: 'failing' },
    ]);
    expect(result.findings).toHaveLength(3);
  });

  it('lists the rules of every bundled linter once', () => {
    const rules = bundledLinterRules();
    const keys = rules.map((rule) => `${rule.tool}:${rule.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rules.filter((rule) => rule.tool === 'oxlint').length).toBe(oxlintCount());
  });
});

const oxlintCount = () => BUNDLED_LINTERS.find((linter) => linter.id === 'oxlint')?.catalog?.().length;
