import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDirectory } from '../analyze.js';
import { DEFAULT_CONFIG } from '../config/schema.js';
import type { Analysis } from '../model.js';

const fixture = fileURLToPath(new URL('../../test-fixtures/test-code', import.meta.url));

const places = (analysis: Analysis) =>
  analysis.violations.map((violation) => `${violation.filename}:${violation.line} ${violation.rule}`);

describe('test code in the test-code fixture', () => {
  it('is found by convention, kept out of sizes and duplication, and spared the rules not meant for it', async () => {
    const analysis = await analyzeDirectory(fixture, { threads: 0 });
    expect(analysis.files.map((file) => `${file.filename} ${file.role}`)).toEqual([
      'benches/copy.rs test',
      'src/invoices.js main',
      'src/lib.rs main',
      'src/orders.js main',
      'test/orders.test.js test',
      'tests/api.rs test',
    ]);
    expect(analysis.codeByRole).toEqual({ main: { files: 3, lines: 44 }, test: { files: 3, lines: 41 } });
    expect(analysis.slocs).toBe(44);
    // src/lib.rs's #[test] function is in `functions`, not among those of main code.
    expect(analysis.functions.map((fn) => fn.functionName)).toContain('reads_first');
    // invoiceTotal, first, is_empty_flag, orderTotal and orderLabel, of the 10 in all.
    expect([analysis.functions.length, analysis.summary.totalFunctions]).toEqual([10, 5]);
    // The two alike test cases are no clone: only the copy between the two main files is.
    expect(analysis.duplicates.map((clone) => clone.occurrences.map((o) => `${o.filename}:${o.line}`))).toEqual([
      ['src/invoices.js:1', 'src/orders.js:2'],
    ]);
    expect(places(analysis)).toEqual([
      'src/invoices.js:1 duplication/duplicated-code',
      'src/lib.rs:3 rust/undocumented-unsafe-block',
      'src/lib.rs:7 rust/bool-comparison',
      'src/orders.js:2 duplication/duplicated-code',
      // Bugs are bugs in tests too; the style and unsafe-documentation findings of tests/, benches/ and of
      // src/lib.rs's #[cfg(test)] module are not reported, nor tests/api.rs's `todo!()`, which fails its own test.
      'test/orders.test.js:27 eslint/no-debugger',
    ]);
  });

  it('is main code everywhere with conventions: false', async () => {
    const config = { ...DEFAULT_CONFIG, tests: { include: [], exclude: [], conventions: false } };
    const analysis = await analyzeDirectory(fixture, { threads: 0, config });
    expect(analysis.codeByRole).toEqual({ main: { files: 6, lines: 85 }, test: { files: 0, lines: 0 } });
    expect(analysis.duplicates).toHaveLength(2);
    expect(places(analysis)).toEqual([
      'benches/copy.rs:5 rust/undocumented-unsafe-block',
      'src/invoices.js:1 duplication/duplicated-code',
      'src/lib.rs:3 rust/undocumented-unsafe-block',
      'src/lib.rs:7 rust/bool-comparison',
      'src/lib.rs:17 rust/undocumented-unsafe-block',
      'src/lib.rs:19 rust/bool-comparison',
      'src/orders.js:2 duplication/duplicated-code',
      'test/orders.test.js:4 duplication/duplicated-code',
      'test/orders.test.js:27 eslint/no-debugger',
      'tests/api.rs:4 rust/bool-comparison',
    ]);
  });

  it('takes the paths of include for test code and keeps those of exclude main', async () => {
    const config = {
      ...DEFAULT_CONFIG,
      tests: { include: ['src/invoices.js'], exclude: ['benches'], conventions: true },
    };
    const analysis = await analyzeDirectory(fixture, { threads: 0, config });
    expect(analysis.files.filter((file) => file.role === 'main').map((file) => file.filename)).toEqual([
      'benches/copy.rs',
      'src/lib.rs',
      'src/orders.js',
    ]);
    expect(analysis.duplicates).toEqual([]);
    expect(places(analysis)).toContain('benches/copy.rs:5 rust/undocumented-unsafe-block');
  });
});

describe('linter findings in test code', () => {
  const withProject = async (files: Record<string, string>) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'plumb-test-code-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    try {
      return places(await analyzeDirectory(dir, { threads: 0 }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  const testModule = { 'tests/test_paths.py': 'import os, sys\n\nprint(os.sep, sys.argv)\n' };

  it("leaves out a style finding of Plumb's default Ruff run", async () => {
    expect(await withProject({ 'src/paths.py': testModule['tests/test_paths.py'] })).toEqual(['src/paths.py:1 E401']);
    expect(await withProject(testModule)).toEqual([]);
  });

  it("keeps what the repository's own Ruff configuration selects there", async () => {
    const pyproject = '[tool.ruff.lint]\nselect = ["E4"]\n';
    expect(await withProject({ ...testModule, 'pyproject.toml': pyproject })).toEqual(['tests/test_paths.py:1 E401']);
  });
});
