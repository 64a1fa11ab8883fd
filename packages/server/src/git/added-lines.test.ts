import { writeFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, initRepository, type TestRepository } from '../../test/support/git-repos.js';
import { addedLines } from './index.js';

let root: string;
let repo: TestRepository;
const shas: Record<string, string> = {};
const gitDir = () => path.join(repo.dir, '.git');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'plumb-added-'));
  repo = initRepository(path.join(root, 'web'));
  shas.base = repo.commit('Base', {
    'src/a.py': 'a = 1\nb = 2\nc = 3\n',
    'gone.py': 'x = 1\n',
    'logo.bin': '\u0000\u0001',
  });
  git(repo.dir, 'checkout', '--quiet', '-b', 'feature');
  rmSync(path.join(repo.dir, 'gone.py'));
  writeFileSync(path.join(repo.dir, 'logo.bin'), '\u0000\u0002');
  shas.feature = repo.commit('Change, add, delete', {
    'src/a.py': 'a = 1\nb = 20\nc = 3\n++ d\n',
    'with space.py': 'y = 1\n',
    'café/é.py': 'z = 1\n\nw = 2\n',
  });
  git(repo.dir, 'checkout', '--quiet', 'main');
  shas.main = repo.commit('Main moves on', { 'src/a.py': 'a = 10\nb = 2\nc = 3\n' });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('addedLines', () => {
  it('answers the added and changed lines of each file since the merge base, by its path as git names it', async () => {
    const added = await addedLines(gitDir(), shas.main!, shas.feature!);
    expect(Object.fromEntries(added!)).toEqual({
      // Line 1 changed on main only: not the branch's. `++ d` is a line, not a file header.
      'src/a.py': [2, 4],
      'with space.py': [1],
      'café/é.py': [1, 2, 3],
    });
  });

  it('answers no lines between a commit and itself, and undefined for a commit git does not have', async () => {
    expect(await addedLines(gitDir(), shas.feature!, shas.feature!)).toEqual(new Map());
    expect(await addedLines(gitDir(), 'f'.repeat(40), shas.feature!)).toBeUndefined();
    expect(await addedLines(gitDir(), '--output=x', shas.feature!)).toBeUndefined();
  });
});
