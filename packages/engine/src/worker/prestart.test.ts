import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { languageFromExtension } from '../walk/detect-language.js';
import { analyzeFiles } from './pool.js';
import { adoptPrestartedThread, prestartAnalysisThreads } from './prestart.js';
import type { FileTask } from './task.js';
import { workerScript } from './worker-script.js';

const slocDir = fileURLToPath(new URL('../../test-fixtures/sloc/', import.meta.url));
const tasks: FileTask[] = readdirSync(slocDir)
  .sort()
  .map((name) => ({ filename: name, absolutePath: path.join(slocDir, name), language: languageFromExtension(name)! }));

describe.runIf(workerScript())('prestartAnalysisThreads', () => {
  it('starts threads that the next pool adopts and runs as its own', async () => {
    expect(prestartAnalysisThreads(2)).toBe(2);
    const threaded = await analyzeFiles(tasks, { threads: 2 });
    const inProcess = await analyzeFiles(tasks, { threads: 0 });
    expect(threaded.mode).toBe('threads');
    expect(adoptPrestartedThread()).toBeUndefined();
    expect(threaded.outcomes).toEqual(inProcess.outcomes);
  });

  it('does not keep the process alive when no pool adopts its threads', async () => {
    const prestart = fileURLToPath(new URL('../../dist/worker/prestart.js', import.meta.url));
    const script =
      `import { prestartAnalysisThreads } from ${JSON.stringify(prestart)}; ` +
      'if (prestartAnalysisThreads(2) !== 2) process.exit(3);';
    const run = promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { timeout: 20_000 });
    await expect(run).resolves.toMatchObject({ stderr: '' });
  });
});
