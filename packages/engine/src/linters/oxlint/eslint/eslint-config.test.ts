import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { oxlint } from '../index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__');

async function lint(fixture: string, files: string[]) {
  const raw = await oxlint.run({ root: path.join(fixtures, fixture), files });
  const findings = oxlint.toFindings(raw).map((finding) => `${finding.filename}:${finding.line} ${finding.rule}`);
  return { raw, findings: findings.sort(), messages: raw.errors.map((error) => `${error.filename}|${error.message}`) };
}

describe('an ESLint configuration', () => {
  it('names every piece it could not translate, and runs the rest', async () => {
    const { raw, findings, messages } = await lint('eslint-untranslatable', ['app.js', 'dist/bundle.js']);
    expect(raw.config).toBe('eslint.config.js');
    expect(findings).toEqual(['app.js:1 eslint/no-debugger']);
    expect(messages).toEqual([
      'eslint.config.js|ESLint configuration: eslint.config.js:2: a config object not translated: ' +
        'the module `eslint-plugin-react`, which Plumb does not load',
      'eslint.config.js|ESLint configuration: eslint.config.js:5: `no-console` not translated: a ConditionalExpression',
      'eslint.config.js|ESLint configuration: eslint.config.js: rule `local-rules/no-foo` not translated: ' +
        'it comes from a plugin oxlint does not have, and Plumb runs no JS plugins',
    ]);
  });

  it('is refused, without running it, when its export is computed; oxlint runs its default and says why', async () => {
    const { raw, findings, messages } = await lint('eslint-computed', ['app.js']);
    expect(raw.config).toBe('default');
    expect(findings).toEqual([
      'app.js:1 eslint/no-debugger',
      'app.js:2 eslint/no-unused-vars',
      'app.js:2 eslint/use-isnan',
    ]);
    expect(messages).toEqual([
      '|oxlint configuration not used: eslint.config.js:3: not read without running it: a call to `neostandard`',
    ]);
  });

  it('applies its overrides in a directory whose own path has glob characters', async () => {
    const root = path.join(await mkdtemp(path.join(tmpdir(), 'plumb-eslint-')), 'app[1]');
    try {
      await cp(path.join(fixtures, 'eslint-flat'), root, { recursive: true });
      const raw = await oxlint.run({ root, files: ['test/app.test.js'] });
      expect(
        oxlint
          .toFindings(raw)
          .map((finding) => `${finding.line} ${finding.rule}`)
          .sort(),
      ).toEqual(['4 eslint/no-console', '5 eslint/eqeqeq']);
    } finally {
      await rm(path.dirname(root), { recursive: true, force: true });
    }
  });

  it('drops a rule whose options oxlint refuses, names it, and runs the others', async () => {
    const { raw, messages } = await lint('eslint-refused-options', ['app.js']);
    expect(raw.config).toBe('.eslintrc.json');
    expect(messages).toEqual([
      expect.stringMatching(
        /^\.eslintrc\.json\|.*rule `curly` not translated: oxlint refuses its options \(unknown variant `sometimes`/,
      ),
    ]);
    expect(oxlint.toFindings(raw).map((finding) => finding.rule)).toEqual(['eslint/no-debugger']);
  });
});
