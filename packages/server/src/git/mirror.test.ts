import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, initRepository, type TestRepository } from '../../test/support/git-repos.js';
import { checkout, commitSubject, fetchMirror, GitError, resolveBranch, resolveRevision } from './index.js';

const KEY = '0b6f7c8e-1d2a-4b5c-9e8f-123456789abc';

let root: string;
let repo: TestRepository;
let dataDir: string;
const shas: Record<string, string> = {};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'plumb-git-'));
  dataDir = path.join(root, 'data');
  repo = initRepository(path.join(root, 'repos', 'web'));
  shas.first = repo.commit('First commit', { 'README.md': '# web\n', 'src/a.ts': 'export const a = 1;\n' });
  git(repo.dir, 'tag', 'v1.0');
  git(repo.dir, 'checkout', '--quiet', '-b', 'feature');
  shas.feature = repo.commit('Add b on feature', { 'src/b.ts': 'export const b = 2;\n' });
  git(repo.dir, 'checkout', '--quiet', 'main');
  shas.second = repo.commit('Second commit on main', { 'src/a.ts': 'export const a = 3;\n' });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const options = (key = KEY) => ({ dataDir, key, timeoutMs: 30_000, localRoots: [path.join(root, 'repos')] });

describe('fetchMirror', () => {
  it('mirrors a file:// repository into <dataDir>/mirrors/<key>.git with its branches and tags', async () => {
    const lines: string[] = [];
    const { mirrorPath, knownHosts, defaultBranch } = await fetchMirror(
      { url: `file://${repo.dir}` },
      { ...options(), log: (line) => lines.push(line) },
    );
    expect(mirrorPath).toBe(path.join(dataDir, 'mirrors', `${KEY}.git`));
    expect(knownHosts).toBeUndefined();
    // The remote's HEAD names main: so does the mirror's.
    expect(defaultBranch).toBe('main');
    expect(await resolveRevision(mirrorPath, 'HEAD')).toBe(shas.second);
    expect(lines[0]).toMatch(/creating the mirror/);
    expect(await resolveBranch(mirrorPath, 'main')).toBe(shas.second);
    expect(await resolveBranch(mirrorPath, 'feature')).toBe(shas.feature);
    expect(await resolveRevision(mirrorPath, 'v1.0')).toBe(shas.first);
    expect(await resolveRevision(mirrorPath, shas.first!.slice(0, 10))).toBe(shas.first);
    expect(await commitSubject(mirrorPath, shas.feature!)).toBe('Add b on feature');
    // Nothing but the mirror is left in the mirrors folder.
    expect(readdirSync(path.join(dataDir, 'mirrors'))).toEqual([`${KEY}.git`]);
  });

  it('fetches incrementally: a new commit resolves, a deleted branch is pruned', async () => {
    const third = repo.commit('Third commit', { 'src/c.ts': 'export const c = 4;\n' });
    git(repo.dir, 'branch', '-D', 'feature');
    const lines: string[] = [];
    const { mirrorPath } = await fetchMirror(
      { url: `file://${repo.dir}` },
      { ...options(), log: (l) => lines.push(l) },
    );
    expect(lines[0]).toMatch(/existing mirror/);
    expect(await resolveBranch(mirrorPath, 'main')).toBe(third);
    expect(await commitSubject(mirrorPath, third)).toBe('Third commit');
    await expect(resolveBranch(mirrorPath, 'feature')).rejects.toThrow(/branch "feature" not found/);
    // The commit of the pruned branch stays readable by sha until git collects it.
    expect(await resolveRevision(mirrorPath, 'v1.0')).toBe(shas.first);
    shas.third = third;
  });

  it('mirrors a local path (relative or absolute) under the roots', async () => {
    const relative = path.relative(process.cwd(), repo.dir);
    const { mirrorPath } = await fetchMirror({ url: relative }, options('local-path'));
    expect(await resolveBranch(mirrorPath, 'main')).toBe(shas.third);
  });

  it('two first fetches of one project at once leave one complete mirror', async () => {
    const both = await Promise.all([
      fetchMirror({ url: `file://${repo.dir}` }, options('raced')),
      fetchMirror({ url: repo.dir }, options('raced')),
    ]);
    expect(both.map((fetched) => fetched.mirrorPath)).toEqual([
      path.join(dataDir, 'mirrors', 'raced.git'),
      path.join(dataDir, 'mirrors', 'raced.git'),
    ]);
    expect(await resolveBranch(both[0].mirrorPath, 'main')).toBe(shas.third);
    expect(readdirSync(path.join(dataDir, 'mirrors')).filter((name) => name.includes('raced'))).toEqual(['raced.git']);
  });

  it('refuses a local repository outside the roots, and any refused URL, before running git', async () => {
    const outside = initRepository(path.join(root, 'elsewhere'));
    outside.commit('x', { x: 'x' });
    for (const url of [outside.dir, `file://${outside.dir}`, 'ext::sh -c touch% /tmp/pwned', '--upload-pack=touch']) {
      const error = await fetchMirror({ url }, options('refused')).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GitError);
      expect((error as GitError).code).toBe('refused_url');
      expect((error as GitError).message).toMatch(/^git fetch refused: /);
    }
    expect(existsSync(path.join(dataDir, 'mirrors', 'refused.git'))).toBe(false);
  });

  it('a missing repository is a readable GitError and leaves no mirror behind', async () => {
    const missing = path.join(root, 'repos', 'missing');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(missing);
    const error = await fetchMirror({ url: `file://${missing}` }, options('missing')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).code).toBe('not_found');
    expect((error as GitError).message).toBe(
      'git fetch failed: repository not found (or not readable with these credentials)',
    );
    expect(readdirSync(path.join(dataDir, 'mirrors')).filter((name) => name.includes('missing'))).toEqual([]);
  });

  it('redacts credentials of an https URL in what it reports', async () => {
    // Nothing listens on port 9 of the loopback: the connection is refused at once.
    const url = 'https://user:s3cret-token@127.0.0.1:9/team/web.git';
    const lines: string[] = [];
    const error = await fetchMirror({ url }, { ...options('redact'), log: (l) => lines.push(l) }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GitError);
    const text = `${(error as GitError).message}\n${(error as GitError).detail}\n${lines.join('\n')}`;
    expect(text).not.toMatch(/s3cret-token|user:/);
    expect((error as GitError).code).toBe('unreachable');
    expect((error as GitError).message).toMatch(/^git fetch failed: 127\.0\.0\.1:9 could not be reached \(/);
  });

  describe('a server that never answers', () => {
    let server: Server;
    const sockets: Socket[] = [];
    const closed = new Set<Socket>();
    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.push(socket);
        socket.on('close', () => closed.add(socket));
        socket.resume();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });
    const url = () => `git://127.0.0.1:${(server.address() as { port: number }).port}/web.git`;

    it('a timeout kills git and raises a typed error', async () => {
      const started = Date.now();
      const error = await fetchMirror({ url: url() }, { ...options('slow'), timeoutMs: 500 }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(GitError);
      expect((error as GitError).code).toBe('timeout');
      expect((error as GitError).message).toMatch(/timed out after 500 ms/);
      expect(Date.now() - started).toBeLessThan(5_000);
      // The connection git held is closed: the child is gone.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(sockets.length).toBeGreaterThan(0);
      expect(sockets.every((socket) => closed.has(socket))).toBe(true);
      expect(readdirSync(path.join(dataDir, 'mirrors')).filter((name) => name.includes('slow'))).toEqual([]);
    });

    it('an abort kills git and raises a typed error', async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      const error = await fetchMirror({ url: url() }, { ...options('aborted'), signal: controller.signal }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(GitError);
      expect((error as GitError).code).toBe('aborted');
    });
  });
});

describe('revisions', () => {
  const mirror = () => path.join(dataDir, 'mirrors', `${KEY}.git`);

  it('a missing branch or revision is a GitError naming it', async () => {
    await expect(resolveBranch(mirror(), 'nope')).rejects.toThrow(
      new GitError('branch "nope" not found in the repository', 'unknown_revision'),
    );
    await expect(resolveRevision(mirror(), 'f'.repeat(40))).rejects.toThrow(/not found in the repository/);
  });

  it('refuses option-like refs', async () => {
    for (const ref of ['--output=/tmp/x', '-h', '', 'a b', 'x\ny']) {
      const error = await resolveRevision(mirror(), ref).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GitError);
      expect((error as GitError).code).toBe('invalid_ref');
    }
    await expect(resolveBranch(mirror(), '--all')).rejects.toThrow(/not a valid git ref name/);
  });

  it('checks a commit out into a temporary folder with exactly its files, and removes it', async () => {
    const parentDir = path.join(root, 'checkouts');
    const tree = await checkout(mirror(), shas.feature!, { parentDir });
    expect(readFileSync(path.join(tree.dir, 'src', 'a.ts'), 'utf8')).toBe('export const a = 1;\n');
    expect(readFileSync(path.join(tree.dir, 'src', 'b.ts'), 'utf8')).toBe('export const b = 2;\n');
    expect(readdirSync(tree.dir).sort()).toEqual(['README.md', 'src']);
    const other = await checkout(mirror(), 'main', { parentDir });
    expect(readdirSync(path.join(other.dir, 'src')).sort()).toEqual(['a.ts', 'c.ts']);
    await tree.remove();
    await other.remove();
    await other.remove();
    expect(readdirSync(parentDir)).toEqual([]);
    // A commit the mirror does not have leaves no folder behind.
    await expect(checkout(mirror(), 'e'.repeat(40), { parentDir })).rejects.toThrow(/not found in the repository/);
    expect(readdirSync(parentDir)).toEqual([]);
    // The mirror keeps no trace of the checkouts: no index, no worktrees.
    expect(existsSync(path.join(mirror(), 'index'))).toBe(false);
    expect(existsSync(path.join(mirror(), 'worktrees'))).toBe(false);
  });
});
