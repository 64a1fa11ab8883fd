import { describe, expect, it } from 'vitest';
import { parseNumstatLog } from './history.js';

describe('parseNumstatLog', () => {
  it('sums each commit’s lines, counting none for a binary file, and keeps a commit that changed no file', () => {
    const log = [
      '\u001eaaaa\u001fAnn\u001fann@x.test\u001fAdd files',
      '',
      '3\t0\ta.txt',
      '-\t-\tlogo.png',
      '2\t5\tsrc/b.ts',
      '\u001ebbbb\u001fBo\u001fbo@x.test\u001fMerge branch: with a colon\u001f and a separator',
      '',
    ].join('\n');
    expect(parseNumstatLog(log)).toEqual([
      { sha: 'aaaa', authorName: 'Ann', authorEmail: 'ann@x.test', title: 'Add files', additions: 5, deletions: 5 },
      {
        sha: 'bbbb',
        authorName: 'Bo',
        authorEmail: 'bo@x.test',
        title: 'Merge branch: with a colon\u001f and a separator',
        additions: 0,
        deletions: 0,
      },
    ]);
  });
});
