import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganizationBySlug, unsafeRepositories, bootstrapOrganization } from '../src/domain/provisioning.js';
import { insertProject } from '../src/domain/projects/projects.js';
import { startServer } from '../src/serve.js';
import { openStore, type Store } from '../src/store/index.js';

// Rows stored before the rules for names and git URLs existed: listed for the operator, and warned about on start.
describe('repositories the rules now refuse', () => {
  let root: string;
  let store: Store;
  const uuids: Record<string, string> = {};

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'plumb-unsafe-'));
    store = await openStore({ driver: 'pglite', dataDir: path.join(root, 'db') });
    await bootstrapOrganization(store.db, { slug: 'acme', email: 'owner@acme.test' });
    const acme = (await findOrganizationBySlug(store.db, 'acme'))!;
    // insertProject checks neither: it is how such rows came to be.
    const add = async (label: string, name: string, gitUrl: string | null) => {
      const project = await insertProject(store.db, acme, { provider: 'gp', name, gitUrl });
      uuids[label] = project.uuid;
    };
    await add('traversal', '../../../tmp/x', 'git@git.acme.test:x.git');
    await add('passwd', 'passwd', 'file:///etc/passwd');
    await add('fine', 'web', 'https://git.acme.test/web.git');
    await add('qodana', 'My Qodana Project', null);
  });

  afterAll(async () => {
    await store?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('lists each repository whose name or git URL is refused, with why', async () => {
    expect(await unsafeRepositories(store.db, [])).toEqual([
      {
        uuid: uuids.traversal,
        qualifiedName: 'gp/../../../tmp/x',
        reason: expect.stringMatching(/^name: "\.\.\/\.\.\/\.\.\/tmp\/x": each part of a name holds letters/),
      },
      {
        uuid: uuids.passwd,
        qualifiedName: 'gp/passwd',
        reason: expect.stringMatching(/^git_url: file:\/\/ URLs and local paths are accepted only under PLUMB_LOCAL/),
      },
    ]);
    // Under a root that holds it, a local repository is no longer refused.
    expect((await unsafeRepositories(store.db, ['/etc'])).map((row) => row.uuid)).toEqual([uuids.traversal]);
  });

  it('startServer logs one warning line naming each', async () => {
    await store.close();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const previousRoots = process.env.PLUMB_LOCAL_GIT_ROOTS;
    delete process.env.PLUMB_LOCAL_GIT_ROOTS;
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      store: { driver: 'pglite', dataDir: path.join(root, 'db') },
      dataDir: root,
      logger: { level: 'warn', stream },
    });
    try {
      const warnings = lines.map((line) => JSON.parse(line) as { level: number; msg: string; project?: string });
      expect(warnings.filter((line) => line.level === 40).map((line) => line.project)).toEqual([
        uuids.traversal,
        uuids.passwd,
      ]);
      expect(warnings[0]!.msg).toMatch(
        new RegExp(`^repository ${uuids.traversal} \\("gp/\\.\\./\\.\\./\\.\\./tmp/x"\\) is refused .*: name: `),
      );
      expect(warnings[1]!.msg).toMatch(/will not be fetched: git_url: file:\/\/ URLs and local paths/);
    } finally {
      await server.stop();
      if (previousRoots !== undefined) process.env.PLUMB_LOCAL_GIT_ROOTS = previousRoots;
      store = await openStore({ driver: 'pglite', dataDir: path.join(root, 'db') });
    }
  });
});
