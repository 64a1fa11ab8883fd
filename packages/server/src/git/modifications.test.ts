import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, initRepository, type TestRepository } from '../../test/support/git-repos.js';
import { fileModifications } from './index.js';

let root: string;
let repo: TestRepository;
const shas: Record<string, string> = {};
const gitDir = () => path.join(repo.dir, '.git');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'plumb-modifications-'));
  repo = initRepository(path.join(root, 'web'));
  shas.base = repo.commit('Base', {
    'src/a.py': 'a = 1\nb = 2\nc = 3\n',
    'gone.py': 'x = 1\ny = 2\n',
    'old name.py': 'moved = 1\n',
    'logo.bin': '\u0000\u0001',
  });
  git(repo.dir, 'checkout', '--quiet', '-b', 'feature');
  rmSync(path.join(repo.dir, 'gone.py'));
  renameSync(path.join(repo.dir, 'old name.py'), path.join(repo.dir, 'new name.py'));
  writeFileSync(path.join(repo.dir, 'logo.bin'), '\u0000\u0002');
  shas.feature = repo.commit('Change, add, delete, move', {
    'src/a.py': 'a = 1\nb = 20\nc = 3\nd = 4\n',
    'café.py': 'z\n',
  });
  git(repo.dir, 'checkout', '--quiet', 'main');
  // main moves on after the branch: the pull request's diff starts at their merge base, so this is none of it.
  shas.main = repo.commit('Main moves on', { 'main-only.py': 'm = 1\n' });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('fileModifications', () => {
  it('lists each file the branch changed since its merge base: lines added and removed, new and gone', async () => {
    expect(await fileModifications(gitDir(), shas.main!, shas.feature!)).toEqual([
      { filename: 'café.py', linesAdded: 1, linesRemoved: 0, added: true, removed: false },
      { filename: 'gone.py', linesAdded: 0, linesRemoved: 2, added: false, removed: true },
      { filename: 'logo.bin', linesAdded: 0, linesRemoved: 0, added: false, removed: false },
      { filename: 'new name.py', linesAdded: 1, linesRemoved: 0, added: true, removed: false },
      { filename: 'old name.py', linesAdded: 0, linesRemoved: 1, added: false, removed: true },
      { filename: 'src/a.py', linesAdded: 2, linesRemoved: 1, added: false, removed: false },
    ]);
  });

  it('answers nothing for a commit the repository does not have, or a revision that is no sha', async () => {
    expect(await fileModifications(gitDir(), 'f'.repeat(40), shas.feature!)).toBeUndefined();
    expect(await fileModifications(gitDir(), 'main', shas.feature!)).toBeUndefined();
  });
});
