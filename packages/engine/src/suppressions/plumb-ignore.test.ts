import { describe, expect, it } from 'vitest';
import type { UntrackedFinding } from '../findings/types.js';
import { untracked } from '../tracking/fixtures.case.js';
import { dropPlumbIgnored } from './plumb-ignore.js';

const finding = (filename: string, line: number, tool: string, rule: string): UntrackedFinding =>
  untracked(filename, line, { tool, rule });

const FILES: Record<string, string[]> = {
  'a.py': [
    'import os  # plumb-ignore[ruff/F401]',
    'import sys',
    '# plumb-ignore[F401, E711]',
    'import re',
    'x == None',
  ],
  'b.yml': ['# plumb-ignore-file[plumb/secrets/generic-secret]', 'password: a', 'token: b'],
  'c.go': ['/* plumb-ignore[go/error-string-style] */', '', 'return errors.New("Failed")'],
};

const cases: { name: string; found: UntrackedFinding; dropped: boolean }[] = [
  { name: 'same line, by tool and rule', found: finding('a.py', 1, 'ruff', 'F401'), dropped: true },
  { name: 'a line with no comment', found: finding('a.py', 2, 'ruff', 'F401'), dropped: false },
  { name: 'the line before, by rule alone, in a list', found: finding('a.py', 4, 'ruff', 'F401'), dropped: true },
  { name: 'two lines below is out of reach', found: finding('a.py', 5, 'ruff', 'E711'), dropped: false },
  { name: 'another rule on an ignored line', found: finding('a.py', 1, 'ruff', 'I001'), dropped: false },
  {
    name: 'plumb-ignore-file covers the whole file',
    found: finding('b.yml', 3, 'plumb', 'secrets/generic-secret'),
    dropped: true,
  },
  {
    name: 'plumb-ignore-file names its rules only',
    found: finding('b.yml', 3, 'plumb', 'secrets/jwt'),
    dropped: false,
  },
  {
    name: 'a comment two lines above does not reach',
    found: finding('c.go', 3, 'plumb', 'go/error-string-style'),
    dropped: false,
  },
];

describe('dropPlumbIgnored: plumb-ignore[rule] and plumb-ignore-file[rule] in any comment syntax', () => {
  for (const { name, found, dropped } of cases) {
    it(name, () => {
      const kept = dropPlumbIgnored([found], (filename) => FILES[filename] ?? []);
      expect(kept).toHaveLength(dropped ? 0 : 1);
    });
  }
});
