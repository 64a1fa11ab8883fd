import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as engine from '@plumb/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, initRepository, type TestRepository } from '../../../server/test/support/git-repos.js';
import { measureNewLines } from './scan-new-lines.js';

let scratch: string;
let repo: TestRepository;
let base: string;
let head: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'plumb-new-lines-'));
  repo = initRepository(path.join(scratch, 'repo'));
  base = repo.commit('Base', { 'a.py': 'a = 1\nb = 2\nc = 3\n', 'b.py': 'x = 1\n' });
  git(repo.dir, 'checkout', '--quiet', '-b', 'feature');
  head = repo.commit('Change', { 'a.py': 'a = 1\nb = 20\nc = 3\nd = 4\ne = 5\n\nf = 6\n', 'notes.txt': 'n\n' });
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('measureNewLines', () => {
  it('answers the lines added or changed since the merge base as ranges, of the analyzed files only', async () => {
    const analyzed = [{ filename: 'a.py' }, { filename: 'b.py' }];
    expect(await measureNewLines(engine, repo.dir, base, head, analyzed)).toEqual({
      newLines: {
        referenceRevision: base,
        files: {
          'a.py': [
            [2, 2],
            [4, 7],
          ],
        },
      },
    });
  });

  it('never hands git a reference that is not a commit sha, such as an option a server could send', async () => {
    const written = path.join(scratch, 'written');
    for (const reference of [`--output=${written}`, 'HEAD~1', `${base}..${head}`])
      expect(await measureNewLines(engine, repo.dir, reference, head, [])).toEqual({
        notMeasured: `"${reference}" is not a commit sha`,
      });
    expect(existsSync(written)).toBe(false);
  });

  it('says what is missing: a commit the checkout lacks, or no git repository at all', async () => {
    const absent = 'f'.repeat(40);
    expect(await measureNewLines(engine, repo.dir, absent, head, [])).toEqual({
      notMeasured: expect.stringContaining(`the checkout lacks commit ${absent}, the revision of the analysis`),
    });
    expect(await measureNewLines(engine, scratch, base, head, [])).toEqual({
      notMeasured: `${scratch} is not in a git repository`,
    });
  });
});
