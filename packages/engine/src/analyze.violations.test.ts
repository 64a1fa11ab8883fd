import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDirectory, AnalysisInputError } from './analyze.js';
import type { Analysis } from './model.js';
import { fakeSecret } from './secrets/secret-tester.case.js';

// One repository with something for every source of findings: built-in rules, secrets, oxlint, Ruff, SARIF, metrics.
const FILES: Record<string, string> = {
  'A.java': 'class A {\n  boolean f(String s) {\n    return s == "quit";\n  }\n}\n',
  'app.js': 'export function f(a) {\n  debugger;\n  return a;\n}\n',
  'tool.py': 'import os\n\n\ndef g(x):\n    return x == None\n',
  '.env': `GITHUB_TOKEN=${fakeSecret('ghp_', 36)}\n`,
  'app/views.py': 'def view(cursor, name):\n    pass\n' + '\n'.repeat(9) + '    cursor.execute(name)\n',
};
const semgrepLog = fileURLToPath(new URL('./linters/sarif/__fixtures__/semgrep.sarif', import.meta.url));

const where = (analysis: Analysis) =>
  analysis.violations.map((v) => `${v.filename}:${v.line} ${v.tool}/${v.rule} ${v.level}`);

describe('analyzeDirectory: violations', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-violations-'));
    for (const [name, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('reports built-in rules, secrets, oxlint and Ruff findings, tracked, in a fixed order', async () => {
    const analysis = await analyzeDirectory(dir, { threads: 0 });
    expect(where(analysis)).toEqual([
      '.env:1 plumb/secrets/github-token critical',
      'A.java:3 plumb/java/string-reference-comparison moderate',
      'app.js:2 oxlint/eslint/no-debugger low',
      'tool.py:1 ruff/F401 low',
      'tool.py:5 ruff/E711 low',
    ]);
    const secret = analysis.violations[0]!;
    expect(secret.description).not.toContain(FILES['.env']!.slice('GITHUB_TOKEN='.length, -1));
    expect(secret).toMatchObject({
      severity: 1,
      category: 'Security',
      lineCount: 1,
      codeHash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(secret.uniqueIdentifier).toBe(`.env:plumb/secrets/github-token:${secret.codeHash}:0`);
    expect(analysis.summary).toMatchObject({
      violations: 5,
      violationsSecurity: 1,
      violationsError_prone: 3,
      violationsSeverity1: 1,
      violationsSeverity2: 0,
      // Codiga's 3 is moderate and low.
      violationsSeverity3: 4,
      violationsSeverity4: 0,
    });
    expect(analysis.ratings).toMatchObject({ security: 'E', reliability: 'C' });
    expect(analysis.rules.map((rule) => `${rule.tool}/${rule.id}`)).toEqual([
      'oxlint/eslint/no-debugger',
      'plumb/java/string-reference-comparison',
      'plumb/secrets/github-token',
      'ruff/E711',
      'ruff/F401',
    ]);
    expect(analysis.tree.find((node) => node.fullPath === 'tool.py')).toMatchObject({
      violations: 2,
      violationsPerLanguage: [{ language: 'Python', violations: 2 }],
    });
  });

  it("keeps a finding's identity when lines are added above it", async () => {
    const before = await analyzeDirectory(dir, { threads: 0, linters: false });
    const shifted = await mkdtemp(path.join(tmpdir(), 'plumb-shifted-'));
    try {
      await writeFile(path.join(shifted, 'A.java'), `// a comment\n\n${FILES['A.java']}`);
      const after = await analyzeDirectory(shifted, { threads: 0, linters: false });
      const id = (analysis: Analysis) =>
        analysis.violations.find((v) => v.rule === 'java/string-reference-comparison')?.uniqueIdentifier;
      expect(after.violations.find((v) => v.rule === 'java/string-reference-comparison')?.line).toBe(5);
      expect(id(after)).toBe(id(before));
    } finally {
      await rm(shifted, { recursive: true, force: true });
    }
  });

  it('merges imported SARIF results with their rules', async () => {
    const analysis = await analyzeDirectory(dir, { threads: 0, linters: false, sarifFiles: [semgrepLog] });
    const imported = analysis.violations.filter((v) => v.tool !== 'plumb');
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.some((v) => v.filename === 'app/views.py' && v.line === 12)).toBe(true);
    expect(analysis.rules.some((rule) => rule.tool === imported[0]!.tool && rule.id === imported[0]!.rule)).toBe(true);
  });

  it('refuses an unreadable or malformed SARIF log before doing any work', async () => {
    const bad = path.join(dir, 'bad.sarif');
    await writeFile(bad, '{"version": "2.1.0", "runs": {}}');
    await expect(analyzeDirectory(dir, { sarifFiles: [bad] })).rejects.toThrow(AnalysisInputError);
    await expect(analyzeDirectory(dir, { sarifFiles: [bad] })).rejects.toThrow(/bad\.sarif: runs/);
    await expect(analyzeDirectory(dir, { sarifFiles: [path.join(dir, 'missing.sarif')] })).rejects.toThrow(
      /missing\.sarif: cannot read/,
    );
  });

  it('switches rules off and re-rates them as .plumb.yml says', async () => {
    const configured = await mkdtemp(path.join(tmpdir(), 'plumb-configured-'));
    try {
      for (const name of ['A.java', 'tool.py']) await copyFile(path.join(dir, name), path.join(configured, name));
      await writeFile(
        path.join(configured, '.plumb.yml'),
        'rules:\n  java/string-reference-comparison: off\n  ruff/F401: critical\n',
      );
      const analysis = await analyzeDirectory(configured, { threads: 0 });
      expect(where(analysis)).toEqual(['tool.py:1 ruff/F401 critical', 'tool.py:5 ruff/E711 low']);
    } finally {
      await rm(configured, { recursive: true, force: true });
    }
  });

  it('reports a rule that is off by default only where .plumb.yml switches it on', async () => {
    const configured = await mkdtemp(path.join(tmpdir(), 'plumb-off-by-default-'));
    const deep = `class D {
  void f(int[] a) {
    for (int x : a) {
      if (x > 0) {
        while (x > 1) {
          if (x % 2 == 0) {
            for (int i = 0; i < x; i++) {
              if (i == 3) {
                g(i);
              }
            }
          }
          x--;
        }
      }
    }
  }
}
`;
    try {
      await writeFile(path.join(configured, 'D.java'), deep);
      expect(where(await analyzeDirectory(configured, { threads: 0, linters: false }))).toEqual([]);
      await writeFile(path.join(configured, '.plumb.yml'), 'rules:\n  java/deep-nesting: on\n');
      expect(where(await analyzeDirectory(configured, { threads: 0, linters: false }))).toEqual([
        'D.java:8 plumb/java/deep-nesting high',
      ]);
      // A threshold rule switched on reads its limit from `thresholds`.
      await writeFile(
        path.join(configured, 'D.java'),
        'public class D {\n  public void f(int a, int b, int c) {}\n}\n',
      );
      await writeFile(path.join(configured, '.plumb.yml'), 'rules:\n  java/too-many-parameters: on\n');
      expect(where(await analyzeDirectory(configured, { threads: 0, linters: false }))).toEqual([]);
      await writeFile(
        path.join(configured, '.plumb.yml'),
        'thresholds:\n  parameters: 2\nrules:\n  java/too-many-parameters: on\n',
      );
      expect(where(await analyzeDirectory(configured, { threads: 0, linters: false }))).toEqual([
        'D.java:2 plumb/java/too-many-parameters moderate',
      ]);
    } finally {
      await rm(configured, { recursive: true, force: true });
    }
  });

  it('reports complex functions and duplicates as findings of their own rules, not counting debt twice', async () => {
    const metrics = await mkdtemp(path.join(tmpdir(), 'plumb-metrics-'));
    try {
      // One condition of 17 terms (CCN 18) over distinct statements, so the only repetition is the copy across files.
      const condition = Array.from({ length: 17 }, (_, i) => `a == ${i}`).join(' || ');
      const branchy =
        `int f(int a, int *out) {\n  int total = 0;\n  if (${condition}) {\n    total = a * 2;\n  }\n` +
        `  while (total > 100) total /= 3;\n  *out = total + 7;\n  return total;\n}\n`;
      await writeFile(path.join(metrics, 'one.c'), branchy);
      await writeFile(path.join(metrics, 'two.c'), branchy.replace('int f(', 'int g('));
      const analysis = await analyzeDirectory(metrics, { threads: 0 });
      expect(where(analysis)).toEqual([
        'one.c:1 plumb/duplication/duplicated-code moderate',
        'one.c:1 plumb/metrics/complex-function moderate',
        'two.c:1 plumb/duplication/duplicated-code moderate',
        'two.c:1 plumb/metrics/complex-function moderate',
      ]);
      expect(analysis.techdebt.fixingViolationsHours).toBe(0);
      expect(analysis.techdebt.fixingComplexityHours).toBeGreaterThan(0);
      expect(analysis.techdebt.fixingDuplicatesHours).toBeGreaterThan(0);
    } finally {
      await rm(metrics, { recursive: true, force: true });
    }
  });
});
