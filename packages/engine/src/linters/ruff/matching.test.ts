import { describe, expect, it } from 'vitest';
import { matchesRuffPattern, ruffFilePattern } from './matching.js';

describe('ruffFilePattern', () => {
  it.each([
    ['tests/*', '', 'tests/unit/test_a.py', true],
    ['tests/*', 'sub', 'sub/tests/test_a.py', true],
    ['tests/*', 'sub', 'tests/test_a.py', false],
    ['generated', '', 'pkg/generated', true],
    ['*.pyi', 'sub', 'other/stubs.pyi', true],
    ['./scripts/{a,b}.py', '', 'scripts/b.py', true],
    ['../shared/*.py', 'project', 'shared/x.py', true],
    ['test_[ab].py', '', 'test_c.py', false],
  ])('%s written in %j matches %s: %s', (pattern, dir, file, expected) => {
    expect(matchesRuffPattern(ruffFilePattern(pattern, dir), file)).toBe(expected);
  });
});
