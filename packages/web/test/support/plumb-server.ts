import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServe } from '../../../cli/test/run-cli.js';
import { runAdmin } from '../../../server/test/support/test-store.js';

export interface PlumbServer {
  url: string;
  /** A scratch directory under which the server may clone local repositories (PLUMB_LOCAL_GIT_ROOTS). */
  scratch: string;
  logs(): string;
  stop(): Promise<void>;
}

/**
 * A real `plumb serve` (the built bin, its dashboard included) on a free port with its own throw-away data
 * directory, or its own throw-away database when PLUMB_TEST_PG_URL is set; its worker runs the real pipeline.
 */
export async function startPlumb(): Promise<PlumbServer> {
  if (!existsSync(fileURLToPath(new URL('../../dist/index.html', import.meta.url))))
    throw new Error('packages/web/dist is not built: run npm run build (npm install runs it) before the browser tests');
  const scratch = await mkdtemp(path.join(tmpdir(), 'plumb-dashboard-'));
  const adminUrl = process.env.PLUMB_TEST_PG_URL;
  const database = `plumb_test_web_${randomBytes(4).toString('hex')}`;
  let databaseUrl = '';
  if (adminUrl) {
    await runAdmin(adminUrl, `create database ${database}`);
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
  }
  const server = await startServe(['--port', '0', '--data', path.join(scratch, 'data')], {
    DATABASE_URL: databaseUrl,
    PLUMB_LOCAL_GIT_ROOTS: scratch,
  });
  return {
    url: server.url,
    scratch,
    logs: server.logs,
    async stop() {
      server.child.kill('SIGTERM');
      await server.exited;
      if (adminUrl) await runAdmin(adminUrl, `drop database if exists ${database} with (force)`);
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
