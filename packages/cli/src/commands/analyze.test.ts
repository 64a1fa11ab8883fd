import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
    expect(text).toMatch(/^Files: 8 analyzed, 1 with errors\. Code lines: 95\./);
    for (const section of ['Language', 'Worst files', 'Most complex functions', 'Biggest clones', 'Errors']) expect(text).toContain(`\n${section}`);
  });

  it('uses --config instead of DIR/.plumb.yml', async () => {
    const config = path.join(scratch, 'strict.yml');
    await writeFile(config, 'thresholds:\n  complexity: 1\n');
    const { stdout } = await plumb('analyze', fixture, '--format', 'json', '--config', config);
    expect(JSON.parse(stdout).thresholds).toEqual({ complexity: 1, length: 100, minTokens: 50, minLines: 6 });
  });

  it.each([
    [['analyze', '/no/such/dir'], 'plumb: directory not found: /no/such/dir'],
    [['analyze', fixture, '--format', 'xml'], `plumb: option '--format <format>' argument 'xml' is invalid. expected one of text, json, got "xml"`],
    [['analyze', fixture, '--colour'], "plumb: unknown option '--colour'"],
    [['analyze', fixture, '--config', '/no/such.yml'], 'plumb: /no/such.yml: configuration file not found'],
  ])('exits 2 with one line on stderr for %j', async (args, message) => {
    expect(await plumb(...args)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('exits 2 naming the field of an invalid configuration', async () => {
    const config = path.join(scratch, 'bad.yml');
    await writeFile(config, 'duplication:\n  minLines: many\n');
    const run = await plumb('analyze', fixture, '--config', config);
    expect(run).toMatchObject({ code: 2, stderr: `plumb: ${config}: duplication.minLines must be a positive integer, got string "many"\n` });
  });
});
