import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruffRuleMeta } from './describe-rule.js';
import { ruff } from './index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');

async function lint(fixture: string, files: string[]) {
  const raw = await ruff.run({ root: path.join(fixtures, fixture), files });
  const findings = ruff
    .toFindings(raw)
    .map((finding) => `${finding.filename}:${finding.line}:${finding.column} ${finding.rule}`);
  return { raw, findings };
}

describe('ruff', () => {
  it("reports Plumb's default (E4, E7, E9, F) with no configuration, honors noqa, names a broken file", async () => {
    const { raw, findings } = await lint('default', ['app.py', 'broken.py']);
    expect(raw.configs).toEqual(['default']);
    expect(findings).toEqual(['app.py:1:8 F401', 'app.py:6:17 E711', 'app.py:7:16 F821']);
    expect(raw.errors).toEqual([
      { filename: 'broken.py', language: 'python', message: expect.stringMatching(/^line 1: /) as string },
    ]);
  });

  it('maps a diagnostic to a finding rated by its rule family, with SonarQube severity', async () => {
    const { raw } = await lint('default', ['app.py']);
    expect(ruff.toFindings(raw)[0]).toEqual({
      rule: 'F401',
      tool: 'ruff',
      category: 'Error_Prone',
      // SonarQube's S1128 (Minor): unnecessary imports.
      severity: 'low',
      filename: 'app.py',
      line: 1,
      lineEnd: 1,
      column: 8,
      description: '`os` imported but unused',
      help: 'Remove unused import: `os`',
      language: 'Python',
      remediationMinutes: 10,
    });
  });

  it("honors [tool.ruff]: Ruff's default, an extra family, an ignored rule, per-file-ignores, exclude", async () => {
    const { raw, findings } = await lint('pyproject', ['app.py', 'tests/test_app.py', 'generated/models.py']);
    expect(raw.configs).toEqual(['pyproject.toml']);
    expect(findings).toEqual(['app.py:1:8 F401', 'app.py:5:26 B006', 'app.py:6:17 E711']);
  });

  it('honors ruff.toml: its selection and its line length', async () => {
    const { raw, findings } = await lint('ruff-toml', ['app.py']);
    expect(raw.configs).toEqual(['ruff.toml']);
    expect(findings).toEqual(['app.py:2:41 E501']);
  });

  it("says why it could not use the repository's configuration and checks with Plumb's default", async () => {
    // pkg/mod.py is checked by a Workspace of its own (its package is first-party there): the refusal is said once.
    const { raw, findings } = await lint('bad-config', ['app.py', 'pkg/mod.py']);
    expect(raw.configs).toEqual(['default']);
    expect(findings).toEqual(['app.py:1:8 F401', 'app.py:6:17 E711', 'app.py:7:16 F821', 'pkg/mod.py:1:8 F401']);
    expect(raw.errors).toEqual([
      {
        filename: '',
        language: null,
        message: expect.stringMatching(/^Ruff configuration not used: ruff.toml: .*NOPE999/) as string,
      },
    ]);
  });

  it("describes each Ruff code it reports, rated by the code's linter prefix", () => {
    expect(ruff.describeRule).toBe(ruffRuleMeta);
    expect(ruffRuleMeta('S101', 'Use of `assert` detected')).toMatchObject({
      id: 'S101',
      tool: 'ruff',
      language: 'python',
      category: 'Security',
    });
    expect(ruffRuleMeta('ERA001', 'Found commented-out code')).toMatchObject({ category: 'Best_Practice' });
    expect(ruffRuleMeta('E501', 'Line too long (99 > 88)')).toMatchObject({
      category: 'Code_Style',
      docs: { whatItFinds: "Ruff's rule E501, which reported: Line too long (99 > 88)" },
    });
  });
});
