import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServe } from './run-cli.js';

describe('plumb serve', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'plumb-serve-'));
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'serves, then on %s closes the store cleanly and exits 0 with the data intact',
    async (signal) => {
      const bootstrap = JSON.parse(
        (await runCli(['admin', 'bootstrap', '--org', 'acme', '--email', 'o@acme.test', '--data', dataDir, '--json']))
          .stdout,
      );
      const server = await startServe(['--port', '0', '--data', dataDir]);
      expect(existsSync(path.join(dataDir, 'plumb.pid'))).toBe(true);
      expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ status: 'ready', store: 'pglite' });
      const second = await runCli(['serve', '--port', '0', '--data', dataDir]);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/is in use by process \d+/);
      server.child.kill(signal);
      expect(await server.exited).toBe(0);
      expect(server.logs()).toContain('shutting down');
      expect(existsSync(path.join(dataDir, 'plumb.pid'))).toBe(false);
      // The data dir opens again and holds what was written before the signal.
      const again = JSON.parse(
        (await runCli(['admin', 'bootstrap', '--org', 'acme', '--email', 'o@acme.test', '--data', dataDir, '--json']))
          .stdout,
      );
      expect(again.organization).toEqual(bootstrap.organization);
    },
  );

  it('exits 2 for a bad port', async () => {
    const result = await runCli(['serve', '--port', 'eighty', '--data', dataDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/expected a port number/);
  });
});
