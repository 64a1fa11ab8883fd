import { describe, expect, it } from 'vitest';
import { repositoryPath } from './report.js';

describe('plumb report --repo', () => {
  it('names the repository as the API paths do, a nested GitLab namespace as one encoded segment', () => {
    expect(repositoryPath('g/acme/web')).toBe('g/acme/web');
    expect(repositoryPath('b/acme/my repo')).toBe('b/acme/my%20repo');
    expect(repositoryPath('gl/gitlab-com/group/sub/app')).toBe('gl/gitlab-com/group%2Fsub/app');
    expect(repositoryPath('gp/plain')).toBe('gp/plain');
  });

  it('refuses any other form, saying which forms it takes', () => {
    for (const bad of ['x/acme/web', 'g/acme', 'g/acme/web/more', 'gp/', 'gl/inst/app', 'g//web'])
      expect(() => repositoryPath(bad), bad).toThrow(/expected g\/LOGIN\/NAME/);
  });
});
