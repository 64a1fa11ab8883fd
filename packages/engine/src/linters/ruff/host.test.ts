import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { checkPythonFiles } from './check.js';
import { planRuffRun } from './config.js';
import { checkInRuffProcess, idleRuffPid, prestartRuffProcess } from './host.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'pyproject');

describe('checkInRuffProcess', () => {
  it('replies in the child process exactly as Ruff on this thread does', async () => {
    const { groups } = planRuffRun(root, ['app.py', 'tests/test_app.py', 'generated/models.py']);
    const request = { root, groups };
    const reply = await checkInRuffProcess(request);
    expect(reply).toEqual(checkPythonFiles(request));
    expect(
      reply.diagnostics.map((diagnostic) => `${diagnostic.filename}:${diagnostic.line} ${diagnostic.code}`),
    ).toEqual(['app.py:1 F401', 'app.py:5 B006', 'app.py:6 E711']);
  });

  it('adopts a process started before the request, and replies the same', async () => {
    const request = { root, groups: planRuffRun(root, ['app.py']).groups };
    prestartRuffProcess();
    prestartRuffProcess();
    expect(await checkInRuffProcess(request)).toEqual(checkPythonFiles(request));
    expect(await checkInRuffProcess(request)).toEqual(checkPythonFiles(request));
  });

  it('keeps its process warm for the next check, and replaces it once it died', async () => {
    const request = { root, groups: planRuffRun(root, ['app.py']).groups };
    const first = await checkInRuffProcess(request);
    const pid = idleRuffPid();
    expect(pid).toBeDefined();
    expect(await checkInRuffProcess(request)).toEqual(first);
    expect(idleRuffPid()).toBe(pid);
    process.kill(pid!, 'SIGKILL');
    await vi.waitFor(() => expect(idleRuffPid()).toBeUndefined());
    expect(await checkInRuffProcess(request)).toEqual(first);
    expect(idleRuffPid()).not.toBe(pid);
  });
});
