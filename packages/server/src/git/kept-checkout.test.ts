import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, initRepository } from '../../test/support/git-repos.js';
import { checkout, fetchMirror, keptCheckout, removeAbandonedCheckouts } from './index.js';

const KEY = '5d0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

let root: string;
let dataDir: string;
let mirrorPath: string;
const shas: Record<string, string> = {};

/** Every file and folder under `dir`: its kind, mode and content. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(path.join(dir, prefix)).sort()) {
    const relative = path.join(prefix, name);
    const info = lstatSync(path.join(dir, relative));
    if (info.isDirectory()) Object.assign(entries, { [relative]: 'dir' }, snapshot(dir, relative));
    else entries[relative] = `${(info.mode & 0o777).toString(8)} ${readFileSync(path.join(dir, relative), 'utf8')}`;
  }
  return entries;
}

/** The same commit checked out from nothing. */
async function fresh(sha: string): Promise<Record<string, string>> {
  const tree = await checkout(mirrorPath, sha, { parentDir: path.join(root, 'fresh') });
  try {
    return snapshot(tree.dir);
  } finally {
    await tree.remove();
  }
}

const take = (sha: string) => keptCheckout(mirrorPath, sha, { dataDir, key: KEY });
const checkouts = () => readdirSync(path.join(dataDir, 'checkouts'));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'plumb-kept-'));
  dataDir = path.join(root, 'data');
  const repo = initRepository(path.join(root, 'repos', 'app'));
  shas.first = repo.commit('First', {
    'README.md': '# app\n',
    'src/a.py': 'a = 1\n',
    'src/old_name.py': 'def moved():\n    return 1\n',
    'src/gone/only.py': 'x = 1\n',
    'run.sh': 'echo run\n',
  });
  mkdirSync(path.join(repo.dir, 'src', 'pkg'));
  git(repo.dir, 'mv', 'src/old_name.py', 'src/pkg/new_name.py');
  git(repo.dir, 'rm', '--quiet', '-r', 'src/gone');
  git(repo.dir, 'update-index', '--chmod=+x', 'run.sh');
  shas.second = repo.commit('Second: a rename, a deleted folder, a mode, a change, an addition', {
    'src/a.py': 'a = 2\n',
    'src/b.py': 'b = 1\n',
  });
  ({ mirrorPath } = await fetchMirror(
    { url: `file://${repo.dir}` },
    { dataDir, key: KEY, timeoutMs: 30_000, localRoots: [path.join(root, 'repos')] },
  ));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('keptCheckout', () => {
  it('starts from nothing, then from the kept tree, equal each time to a fresh checkout', async () => {
    const first = await take(shas.first!);
    expect(first.incremental).toBe(false);
    expect(snapshot(first.dir)).toEqual(await fresh(shas.first!));
    // Whatever an analysis left in the tree is undone by the next checkout.
    writeFileSync(path.join(first.dir, 'src', 'a.py'), 'edited = True\n');
    writeFileSync(path.join(first.dir, 'stray.txt'), 'left behind\n');
    rmSync(path.join(first.dir, 'README.md'));
    await first.remove();
    await first.remove();
    expect(checkouts()).toEqual([KEY]);

    const second = await take(shas.second!);
    expect(second.incremental).toBe(true);
    const expected = await fresh(shas.second!);
    expect(expected['src/pkg/new_name.py']).toBeDefined();
    expect(expected['src/gone']).toBeUndefined();
    expect(snapshot(second.dir)).toEqual(expected);
    await second.remove();

    // Back to the older commit: the renamed and deleted files come back, the added one goes.
    const again = await take(shas.first!);
    expect(again.incremental).toBe(true);
    expect(snapshot(again.dir)).toEqual(await fresh(shas.first!));
    await again.remove();
    expect(checkouts()).toEqual([KEY]);
  });

  it('gives a second analysis of the project a tree of its own, and keeps one of the two', async () => {
    const one = await take(shas.second!);
    const two = await take(shas.first!);
    expect([one.incremental, two.incremental]).toEqual([true, false]);
    expect(one.dir).not.toBe(two.dir);
    expect(snapshot(one.dir)).toEqual(await fresh(shas.second!));
    expect(snapshot(two.dir)).toEqual(await fresh(shas.first!));
    await one.remove();
    await two.remove();
    expect(checkouts()).toEqual([KEY]);
  });

  it('falls back to a fresh checkout when the kept tree is unusable', async () => {
    writeFileSync(path.join(dataDir, 'checkouts', KEY, 'index'), 'not an index');
    const tree = await take(shas.second!);
    expect(tree.incremental).toBe(false);
    expect(snapshot(tree.dir)).toEqual(await fresh(shas.second!));
    await tree.remove();
    const next = await take(shas.first!);
    expect(next.incremental).toBe(true);
    expect(snapshot(next.dir)).toEqual(await fresh(shas.first!));
    await next.remove();
  });

  it('removes the trees of analyses whose worker died, once older than an analysis may last', async () => {
    const taken = await take(shas.first!);
    await removeAbandonedCheckouts(dataDir, 60_000);
    expect(checkouts()).toEqual([path.basename(path.dirname(taken.dir))]);
    await removeAbandonedCheckouts(dataDir, -1);
    expect(checkouts()).toEqual([]);
    await taken.remove();
  });
});
