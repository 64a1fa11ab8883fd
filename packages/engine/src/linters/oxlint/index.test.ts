import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { oxlintCatalog } from './catalog.js';
import { oxlint } from './index.js';
import { batchFiles } from './run.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');

async function lint(fixture: string, files: string[]) {
  const root = path.join(fixtures, fixture);
  const raw = await oxlint.run({ root, files });
  const findings = oxlint
    .toFindings(raw)
    .map((finding) => `${finding.filename}:${finding.line}:${finding.column} ${finding.rule}`);
  return { raw, findings: findings.sort() };
}

describe('oxlint', () => {
  it('reports the correctness rules by default, with their places, and names the file it could not parse', async () => {
    const { raw, findings } = await lint('default', ['src/app.js', 'src/typed.ts', 'src/broken.js']);
    // src/.eslintrc.json alone, with no config at the root, is not how the project is linted: the default runs.
    expect(raw.config).toBe('default');
    expect(findings).toEqual([
      'src/app.js:2:3 eslint/no-debugger',
      'src/app.js:5:14 eslint/use-isnan',
      'src/typed.ts:2:21 typescript/no-non-null-asserted-optional-chain',
    ]);
    expect(raw.errors).toEqual([
      { filename: 'src/broken.js', language: 'javascript', message: expect.stringMatching(/./) as string },
    ]);
  });

  it('maps a diagnostic to a finding with the rule category on Plumb scale', async () => {
    const { raw } = await lint('default', ['src/app.js']);
    const debuggerFinding = oxlint.toFindings(raw).find((finding) => finding.rule === 'eslint/no-debugger');
    expect(debuggerFinding).toEqual({
      rule: 'eslint/no-debugger',
      tool: 'oxlint',
      category: 'Error_Prone',
      // SonarQube's S1525 (Minor), which SonarJS runs as ESLint's no-debugger.
      severity: 'low',
      filename: 'src/app.js',
      line: 2,
      lineEnd: 2,
      column: 3,
      description: '`debugger` statement is not allowed',
      help: 'Remove the debugger statement',
      language: 'Javascript',
      remediationMinutes: 10,
    });
  });

  it('prefers the .oxlintrc.json to the ESLint config: a rule turned off and a rule turned on', async () => {
    const { raw, findings } = await lint('configured', ['app.js']);
    expect(raw.config).toBe('.oxlintrc.json');
    expect(findings).toEqual(['app.js:5:11 eslint/eqeqeq', 'app.js:5:14 eslint/use-isnan']);
  });

  it('refuses a configuration that loads JS plugins, runs none of their code, and says why', async () => {
    const { raw, findings } = await lint('js-plugins', ['app.js']);
    expect(raw.config).toBe('default');
    expect(findings).toEqual(['app.js:2:3 eslint/no-debugger', 'app.js:5:14 eslint/use-isnan']);
    expect(raw.errors[0]?.message).toMatch(/jsPlugins/);
    expect(existsSync(path.join(fixtures, 'js-plugins', 'plugin-ran.txt'))).toBe(false);
  });

  it('has no work without files', async () => {
    expect(await oxlint.detect({ root: fixtures, files: [] })).toBe(false);
    expect(await oxlint.detect({ root: fixtures, files: ['a.js'] })).toBe(true);
  });

  it('lists every oxlint rule in its catalog, rated', () => {
    const catalog = oxlintCatalog();
    expect(catalog.length).toBeGreaterThan(800);
    expect(catalog.find((rule) => rule.id === 'eslint/no-debugger')).toMatchObject({
      tool: 'oxlint',
      category: 'Error_Prone',
      severity: 'low',
    });
    expect(catalog.find((rule) => rule.id === 'eslint/no-eval')).toMatchObject({ category: 'Security' });
  });
});

describe('batchFiles', () => {
  it('keeps every command line under the limit and every file in order', () => {
    const files = Array.from({ length: 10 }, (_, index) => `src/file-${index}.js`);
    const batches = batchFiles(files, 50);
    expect(batches.flat()).toEqual(files);
    expect(batches.every((batch) => batch.join('   ').length <= 50)).toBe(true);
    expect(batches.length).toBeGreaterThan(1);
  });
});

describe('oxlint with a configuration it refuses', () => {
  it('says so and lints with the default rather than reporting nothing', async () => {
    const { raw, findings } = await lint('broken-config', ['app.js']);
    expect(raw.config).toBe('default');
    expect(findings).toEqual(['app.js:2:3 eslint/no-debugger', 'app.js:5:14 eslint/use-isnan']);
    expect(raw.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^oxlint exited with 1: /),
      'oxlint configuration not used: .oxlintrc.json was refused by oxlint',
    ]);
  });
});
