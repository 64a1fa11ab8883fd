import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/plumb.js', import.meta.url));
const fixture = fileURLToPath(new URL('../../../engine/test-fixtures/multi-language', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `plumb` binary, as a user would. */
function plumb(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let scratch: string;
beforeAll(async () => {
  if (!existsSync(fileURLToPath(new URL('../../dist/commands/analyze.js', import.meta.url)))) {
    throw new Error('the CLI is not built: run `npx tsc -b packages/engine packages/cli` first');
  }
  scratch = await mkdtemp(path.join(tmpdir(), 'plumb-cli-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('plumb analyze', () => {
  it('prints the JSON document on stdout and nothing on stderr when stderr is not a TTY', async () => {
    const run = await plumb('analyze', fixture, '--format', 'json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const analysis = JSON.parse(run.stdout);
    expect(analysis.files.map((file: { filename: string }) => file.filename)).toContain('src/stack.c');
    expect(analysis.errors).toHaveLength(1);
  });

  it('prints a text summary by default, and writes to --out', async () => {
    const out = path.join(scratch, 'report.txt');
    const run = await plumb('analyze', fixture, '--out', out);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(
      /^Files: 9 analyzed \(9 main code, 0 test code\), 1 with errors\. Code lines: 97 main code, 0 test code\./,
    );
    expect(text).toContain('\nParsed: 8 of 9 source files (88.9%); Python 50.0% (1/2).\n');
    for (const section of ['Language', 'Worst files', 'Most complex functions', 'Biggest clones', 'Errors'])
      expect(text).toContain(`\n${section}`);
  });

  it('uses --config instead of DIR/.plumb.yml', async () => {
    const config = path.join(scratch, 'strict.yml');
    await writeFile(config, 'thresholds:\n  complexity: 1\n');
    const { stdout } = await plumb('analyze', fixture, '--format', 'json', '--config', config);
    expect(JSON.parse(stdout).thresholds).toEqual({
      complexity: 1,
      length: 100,
      parameters: 8,
      nesting: 5,
      minTokens: 50,
      minLines: 6,
    });
  });

  it.each([
    [['analyze', '/no/such/dir'], 'plumb: directory not found: /no/such/dir'],
    [
      ['analyze', fixture, '--format', 'xml'],
      `plumb: option '--format <format>' argument 'xml' is invalid. ` +
        `expected one of text, json, sarif, gitlab, got "xml"`,
    ],
    [['analyze', fixture, '--colour'], "plumb: unknown option '--colour'"],
    [['analyze', fixture, '--config', '/no/such.yml'], 'plumb: /no/such.yml: configuration file not found'],
  ])('exits 2 with one line on stderr for %j', async (args, message) => {
    expect(await plumb(...args)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('exits 2 naming the field of an invalid configuration', async () => {
    const config = path.join(scratch, 'bad.yml');
    await writeFile(config, 'duplication:\n  minLines: many\n');
    const run = await plumb('analyze', fixture, '--config', config);
    expect(run).toMatchObject({
      code: 2,
      stderr: `plumb: ${config}: duplication.minLines must be a positive integer, got string "many"\n`,
    });
  });

  it('exports SARIF 2.1.0 and GitLab Code Quality, and exits 1 with --fail-on once a finding reaches it', async () => {
    const project = path.join(scratch, 'findings');
    await mkdir(project, { recursive: true });
    await writeFile(
      path.join(project, 'A.java'),
      'class A {\n  void f() {\n    try { g(); } catch (Exception e) { }\n  }\n}\n',
    );
    // Off by default since the fourth precision measurement: the project switches it on.
    await writeFile(path.join(project, '.plumb.yml'), 'rules:\n  java/empty-catch-block: on\n');
    const sarif = await plumb('analyze', project, '--format', 'sarif', '--no-linters');
    expect(sarif.code).toBe(0);
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['java/empty-catch-block']);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'java/empty-catch-block',
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'A.java' }, region: { startLine: 3 } } }],
    });
    // An empty catch block is SonarQube's S108, Major: moderate.
    const gitlab = await plumb('analyze', project, '--format', 'gitlab', '--no-linters', '--fail-on', 'moderate');
    expect(gitlab.code).toBe(1);
    expect(gitlab.stderr).toBe('plumb: 1 finding at or above moderate\n');
    expect(JSON.parse(gitlab.stdout)).toEqual([
      expect.objectContaining({
        check_name: 'java/empty-catch-block',
        severity: 'major',
        location: { path: 'A.java', lines: { begin: 3, end: 3 } },
      }),
    ]);
    expect((await plumb('analyze', project, '--format', 'json', '--no-linters', '--fail-on', 'high')).code).toBe(0);
  });

  it('exits 2 for a bad --fail-on and for a malformed --import-sarif log', async () => {
    expect(await plumb('analyze', fixture, '--fail-on', 'severe')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `plumb: option '--fail-on <severity>' argument 'severe' is invalid. ` +
        `expected one of info, low, moderate, high, critical, got "severe"\n`,
    });
    const log = path.join(scratch, 'broken.sarif');
    await writeFile(log, '{"version": "2.1.0", "runs": [{"results": 3}]}');
    const run = await plumb('analyze', fixture, '--import-sarif', log);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^plumb: ${log.replaceAll('.', '\\.')}: runs\\[0\\]`));
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
