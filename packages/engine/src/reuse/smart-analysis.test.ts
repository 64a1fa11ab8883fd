import { cp, mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeDirectory } from '../analyze.js';
import type { Analysis } from '../model.js';
import { parseFileResults, serializeFileResults, type FileResults } from './file-results.js';

const fixture = fileURLToPath(new URL('../../test-fixtures/multi-language', import.meta.url));
const stable = (analysis: Analysis): Analysis => ({ ...analysis, startTimestamp: 0, runningTimeSeconds: 0 });

describe('a smart analysis (earlier per-file results taken over)', () => {
  let dir: string;
  let previous: FileResults;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-smart-'));
    await cp(fixture, dir, { recursive: true });
    let captured: FileResults | undefined;
    await analyzeDirectory(dir, { threads: 0, onFileResults: (results) => (captured = results) });
    // Through its stored form, as the worker keeps it between analyses.
    previous = parseFileResults(serializeFileResults(captured!));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('equals a full analysis when files changed, a clone across files appeared and a file went', async () => {
    // headers.js now repeats parse.js (kept): the clone is only found from parse.js's earlier tokens.
    await appendFile(path.join(dir, 'src/headers.js'), `\n${await readFile(path.join(dir, 'src/parse.js'), 'utf8')}`);
    await writeFile(
      path.join(dir, 'lib/tool.py'),
      `import os\n${await readFile(path.join(dir, 'lib/tool.py'), 'utf8')}`,
    );
    await rm(path.join(dir, 'go/main.go'));
    const changed = new Set(['src/headers.js', 'lib/tool.py', 'go/main.go']);
    const analyzed: string[] = [];
    const smart = await analyzeDirectory(dir, {
      threads: 0,
      reuse: { previous, changed },
      onProgress: (done) => analyzed.push(String(done)),
    });
    const full = await analyzeDirectory(dir, { threads: 0 });
    expect(stable(smart)).toEqual(stable(full));
    expect(analyzed).toHaveLength(2);
    expect(smart.duplicates.some((clone) => clone.occurrences.some((at) => at.filename === 'src/parse.js'))).toBe(true);
    expect(smart.files.map((file) => file.filename)).not.toContain('go/main.go');
  });

  it('analyzes nothing again when nothing changed, and still gives the full result', async () => {
    let progress = 0;
    const smart = await analyzeDirectory(dir, {
      threads: 0,
      reuse: { previous, changed: new Set() },
      onProgress: () => (progress += 1),
    });
    expect(progress).toBe(0);
    expect(stable(smart)).toEqual(stable(await analyzeDirectory(dir, { threads: 0 })));
  });
});
