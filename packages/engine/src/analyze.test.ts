import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDirectory, AnalysisInputError } from './analyze.js';
import { ConfigError } from './config/schema.js';
import type { Analysis } from './model.js';
import { formatJson } from './report/json.js';

const fixtures = fileURLToPath(new URL('../test-fixtures', import.meta.url));
const fixture = `${fixtures}/multi-language`;

/** The document with its clock fields zeroed: everything else must be the same on every run and machine. */
const stable = (analysis: Analysis): Analysis => ({ ...analysis, startTimestamp: 0, runningTimeSeconds: 0 });

describe('analyzeDirectory', () => {
  it('produces the JSON document of the multi-language fixture', async () => {
    const analysis = await analyzeDirectory(fixture, { threads: 2 });
    await expect(formatJson(stable(analysis))).toMatchFileSnapshot('./__snapshots__/analyze.multi-language.json');
  });

  it('leaves out ignored, generated and minified files and reports unparseable ones', async () => {
    const analysis = await analyzeDirectory(fixture, { threads: 0 });
    const names = analysis.files.map((file) => file.filename);
    expect(names).toEqual([
      'bin/deploy',
      'go/main.go',
      'java/com/example/Greeter.java',
      'lib/broken.py',
      'lib/tool.py',
      'src/app.ts',
      'src/headers.js',
      'src/parse.js',
      'src/stack.c',
    ]);
    expect(analysis.errors).toEqual([
      { type: 'PythonError', filename: 'lib/broken.py', message: expect.stringMatching(/^cannot parse:/) },
    ]);
    // The file that did not parse still has its size, and counts against the share of files parsed.
    expect(analysis.files.find((file) => file.filename === 'lib/broken.py')).toMatchObject({ code: 2 });
    expect(analysis.parsing).toMatchObject({ files: 9, parsed: 8, percent: 88.9 });
    expect(analysis.parsing.languages.find((row) => row.language === 'Python')).toEqual({
      language: 'Python',
      files: 2,
      parsed: 1,
      percent: 50,
    });
    expect(analysis.slocs).toBe(analysis.stats.reduce((total, stat) => total + stat.lines, 0));
  });

  it.each(readdirSync(fixtures))(
    'writes the same JSON, byte for byte, on threads and on this thread: %s',
    async (name) => {
      const [threaded, inProcess, byDefault] = await Promise.all([
        analyzeDirectory(`${fixtures}/${name}`, { threads: 2 }),
        analyzeDirectory(`${fixtures}/${name}`, { threads: 0 }),
        analyzeDirectory(`${fixtures}/${name}`),
      ]);
      expect(formatJson(stable(inProcess))).toBe(formatJson(stable(threaded)));
      expect(formatJson(stable(byDefault))).toBe(formatJson(stable(threaded)));
    },
  );

  it('finds the renamed clone across two files and counts its lines per file', async () => {
    const analysis = await analyzeDirectory(fixture, { threads: 0 });
    const clone = analysis.duplicates.find((duplicate) =>
      duplicate.occurrences.some((o) => o.filename === 'src/headers.js'),
    );
    expect(clone?.occurrences.map((o) => o.filename)).toEqual(['src/headers.js', 'src/parse.js']);
    expect(analysis.files.find((file) => file.filename === 'src/parse.js')?.duplicatedLines).toBeGreaterThanOrEqual(5);
  });

  it('rejects a missing directory and a bad configuration', async () => {
    await expect(analyzeDirectory(`${fixture}/nope`)).rejects.toThrow(AnalysisInputError);
    await expect(analyzeDirectory(fixture, { configFile: `${fixture}/nope.yml` })).rejects.toThrow(ConfigError);
  });
});
