import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruff } from './index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');

/** Every Python file of a fixture, as the walker would give them (Ruff's own exclusions are the linter's to apply). */
function pythonFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return pythonFiles(dir, relative);
    return entry.name.endsWith('.py') ? [relative] : [];
  });
}

async function lint(fixture: string, configFile?: string) {
  const root = path.join(fixtures, fixture);
  const raw = await ruff.run({
    root,
    files: pythonFiles(root).sort(),
    ...(configFile ? { config: { configFile } } : {}),
  });
  const findings = ruff.toFindings(raw).map((finding) => `${finding.filename}:${finding.line} ${finding.rule}`);
  return { raw, findings: findings.sort(), errors: raw.errors.map((error) => error.message) };
}

describe("ruff: the project's configuration, read as the Ruff CLI reads it", () => {
  it('checks each file with the nearest configuration; a pyproject.toml without [tool.ruff] is none', async () => {
    const { raw, findings, errors } = await lint('hierarchical');
    expect(raw.configs).toEqual(['ruff.toml', 'service/pyproject.toml']);
    // A pyproject.toml that does not parse is named, and its directory falls under the configuration above.
    expect(errors).toEqual([expect.stringMatching(/^Ruff configuration not used: broken-pyproject\/pyproject.toml: /)]);
    // service/ selects nothing, so Ruff's own default applies there: C408 yes, E711 (Plumb's default) no.
    expect(findings).toEqual([
      'app.py:1 F401',
      'broken-pyproject/mod.py:1 F401',
      'plain-pyproject/mod.py:1 F401',
      'service/app.py:1 F401',
      'service/app.py:6 C408',
    ]);
  });

  it('checks every file with the configuration file given in .plumb.yml, as `ruff --config` does', async () => {
    const { raw, findings } = await lint('hierarchical', 'ruff.toml');
    expect(raw.configs).toEqual(['ruff.toml']);
    // service/pyproject.toml is not read: its C408 (Ruff's default selection) is gone.
    expect(findings).toEqual([
      'app.py:1 F401',
      'broken-pyproject/mod.py:1 F401',
      'plain-pyproject/mod.py:1 F401',
      'service/app.py:1 F401',
    ]);
  });

  it('follows a chain of `extend`, paths relative to their own file, later selections over earlier', async () => {
    const { raw, findings, errors } = await lint('extend');
    expect(errors).toEqual([]);
    expect(raw.configs).toEqual(['project/ruff.toml']);
    // base.toml's "scripts/*" is relative to shared/, so scripts/tool.py keeps its F401; E711 is ignored there.
    expect(findings).toEqual([
      'project/app.py:1 F401',
      'project/app.py:4 B006',
      'project/app.py:5 E501',
      'project/scripts/tool.py:1 F401',
    ]);
  });

  it('refuses a circular `extend`, naming the chain, and checks with the default', async () => {
    const { raw, findings, errors } = await lint('extend-cycle');
    expect(raw.configs).toEqual(['default']);
    expect(errors).toEqual([
      'Ruff configuration not used: circular `extend`: ruff.toml extends other.toml extends ruff.toml',
    ]);
    expect(findings).toEqual(['app.py:1 F401', 'app.py:5 E711']);
  });

  it('names a missing `extend` target, and a missing configFile, and checks with the default', async () => {
    const missingExtend = await lint('extend-missing');
    expect(missingExtend.errors).toEqual([
      'Ruff configuration not used: ruff.toml: `extend` names shared/nowhere.toml, which does not exist',
    ]);
    expect(missingExtend.findings).toEqual(['app.py:1 F401']);
    const missingFile = await lint('extend-missing', 'tools/ruff.toml');
    expect(missingFile.errors).toEqual(['Ruff configuration not used: tools/ruff.toml: not found']);
    expect(missingFile.raw.configs).toEqual(['default']);
  });

  it('takes target-version from requires-python when no configuration in the chain sets it', async () => {
    const { findings } = await lint('requires-python');
    // >=3.10: only the 3.9 check is outdated and datetime.UTC does not exist yet; newer/ sets py311 itself.
    expect(findings).toEqual([
      'app.py:14 UP036',
      'fallback/app.py:14 UP036',
      'newer/app.py:14 UP036',
      'newer/app.py:6 UP017',
      'newer/app.py:9 UP036',
    ]);
  });

  it("classifies the modules under `src` and a file's own package as first-party, with the isort options", async () => {
    const { findings } = await lint('first-party');
    // Sorted once first-party: mypkg (src/), betapkg (packages/*/src, a glob), cli (tools/cli/main.py's own package),
    // plugins (plugins/extra/run.py's own package, under namespace-packages).
    expect(findings).toEqual(['tests/test_mixed.py:1 I001']);
  });

  it('leaves out exclude, extend-exclude and lint.exclude, and applies per-file-ignores with negation', async () => {
    const { findings } = await lint('excludes');
    // .venv is in Ruff's default exclude, which extend-exclude keeps; "!src/*" ignores F841 outside src/.
    expect(findings).toEqual(['src/mod.py:1 F401', 'src/mod.py:5 F841']);
  });
});
