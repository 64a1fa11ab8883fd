import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EnginePool, EngineStopped, runEngine } from './engine-process.js';

let root: string;
let dir: string;
const pool = new EnginePool(1);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'plumb-engine-pool-'));
  dir = path.join(root, 'code');
  await mkdir(dir);
  await writeFile(path.join(dir, 'app.py'), 'import os\n\ndef f(x=[]):\n    return x == None\n');
});

afterAll(async () => {
  pool.stop();
  await rm(root, { recursive: true, force: true });
});

const analyze = (options: { signal?: AbortSignal; log?: string[]; in?: string } = {}) =>
  runEngine(options.in ?? dir, {
    engines: pool,
    signal: options.signal ?? new AbortController().signal,
    log: (line) => options.log?.push(line),
    fileResultsOut: path.join(root, 'file-results.json.gz'),
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('EnginePool', () => {
  it('keeps its process warm: a second analysis runs in the same process, with the same result', async () => {
    const log: string[] = [];
    const first = await analyze({ log });
    expect(first.violations.map((violation) => violation.rule)).toEqual(['F401', 'E711']);
    expect(log.at(-1)).toMatch(/^engine finished in .* 1 files/);
    expect(existsSync(path.join(root, 'file-results.json.gz'))).toBe(true);
    const [pid] = pool.idlePids();
    expect(pid).toBeDefined();
    expect(log[0]).toBe('engine process started');
    const secondLog: string[] = [];
    const second = await analyze({ log: secondLog });
    expect(secondLog[0]).toBe('engine process warm (its analysis 2)');
    expect(pool.idlePids()).toEqual([pid]);
    expect(second.violations).toEqual(first.violations);
  });

  it('replaces a process that died while idle', async () => {
    const [pid] = pool.idlePids();
    process.kill(pid!, 'SIGKILL');
    await vi.waitFor(() => expect(pool.idlePids()).toEqual([]));
    const result = await analyze();
    expect(result.files).toHaveLength(1);
    expect(pool.idlePids()).toHaveLength(1);
    expect(pool.idlePids()[0]).not.toBe(pid);
  });

  it('runs the analysis in a fresh process when the warm one died just before, unnoticed yet', async () => {
    const [pid] = pool.idlePids();
    process.kill(pid!, 'SIGKILL');
    const log: string[] = [];
    const result = await analyze({ log });
    expect(result.files).toHaveLength(1);
    expect(log.slice(0, 2)).toEqual([
      'engine process warm (its analysis 2)',
      'the warm engine process had ended: starting another',
    ]);
    expect(pool.idlePids()).toHaveLength(1);
    expect(pool.idlePids()[0]).not.toBe(pid);
  });

  it('does not keep a process whose analysis failed, nor one stopped by its signal', async () => {
    const [pid] = pool.idlePids();
    const log: string[] = [];
    await expect(analyze({ in: path.join(root, 'missing'), log })).rejects.toThrow(/the engine ended with exit code 1/);
    expect(log.join('\n')).toMatch(/missing/);
    expect(pool.idlePids()).toEqual([]);
    expect(alive(pid!)).toBe(false);

    const stop = new AbortController();
    const stopped = analyze({ signal: stop.signal });
    stop.abort('canceled');
    await expect(stopped).rejects.toBeInstanceOf(EngineStopped);
    expect(pool.idlePids()).toEqual([]);
    const result = await analyze();
    expect(result.files).toHaveLength(1);
  });

  it('kills its processes on stop; a run without a pool ends its own process', async () => {
    const [pid] = pool.idlePids();
    const other = new EnginePool(1);
    await runEngine(dir, {
      engines: other,
      signal: new AbortController().signal,
      log: () => {},
      fileResultsOut: path.join(root, 'other.json.gz'),
    });
    const [otherPid] = other.idlePids();
    other.stop();
    await vi.waitFor(() => expect(alive(otherPid!)).toBe(false));
    expect(alive(pid!)).toBe(true);
    const result = await runEngine(dir, {
      signal: new AbortController().signal,
      log: () => {},
      fileResultsOut: path.join(root, 'own.json.gz'),
    });
    expect(existsSync(path.join(root, 'own.json.gz'))).toBe(true);
    expect(result.files).toHaveLength(1);
  });
});
