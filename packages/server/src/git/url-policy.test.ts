import { mkdirSync, symlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGitUrl, localGitRoots, redactUrl } from './url-policy.js';

let root: string;
let allowed: string;
let outside: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'plumb-url-policy-'));
  allowed = path.join(root, 'allowed');
  outside = path.join(root, 'outside');
  mkdirSync(path.join(allowed, 'web.git'), { recursive: true });
  mkdirSync(path.join(outside, 'secret.git'), { recursive: true });
  // A link inside the root that points out of it, and one outside that points in.
  symlinkSync(path.join(outside, 'secret.git'), path.join(allowed, 'escape.git'));
  symlinkSync(path.join(allowed, 'web.git'), path.join(outside, 'inward.git'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('localGitRoots', () => {
  it('reads PLUMB_LOCAL_GIT_ROOTS like PATH: empty entries ignored, resolved absolute, none by default', () => {
    expect(localGitRoots({})).toEqual([]);
    expect(localGitRoots({ PLUMB_LOCAL_GIT_ROOTS: '' })).toEqual([]);
    expect(localGitRoots({ PLUMB_LOCAL_GIT_ROOTS: '/srv/git::relative/repos:/srv/git:' })).toEqual([
      '/srv/git',
      path.resolve('relative/repos'),
    ]);
  });
});

describe('checkGitUrl', () => {
  const accepted = () => [
    'https://github.com/acme/web.git',
    'http://git.internal:8080/acme/web',
    'ssh://git@github.com/acme/web.git',
    'ssh://git@[::1]:2222/acme/web.git',
    'git://git.kernel.org/pub/scm/git/git.git',
    'git@github.com:acme/web.git',
    'deploy@git.internal:/srv/web.git',
    'github.com:acme/web.git',
    `file://${allowed}/web.git`,
    `file://localhost${allowed}/web.git`,
    `${allowed}/web.git`,
    allowed,
    `${outside}/inward.git`,
    path.relative(process.cwd(), path.join(allowed, 'web.git')),
  ];
  it('accepts network URLs, scp-like addresses, and local repositories under a root', () => {
    for (const url of accepted()) expect([url, checkGitUrl(url, [allowed])]).toEqual([url, undefined]);
  });

  it.each([
    ['file:///etc/passwd', /only under PLUMB_LOCAL_GIT_ROOTS; this path is not under any of them/],
    ['/etc', /only under PLUMB_LOCAL_GIT_ROOTS/],
    ['../../../../etc', /only under PLUMB_LOCAL_GIT_ROOTS/],
    ['ext::sh -c touch% /tmp/pwned', /remote helpers are not accepted/],
    ['fd::17', /remote helpers are not accepted/],
    ['--upload-pack=touch /tmp/pwned', /would be read as an option/],
    ['-oProxyCommand=touch', /would be read as an option/],
    ['https://github.com/acme/web.git\nssh://evil', /on one line/],
    ['https://github.com/acme/web\u0000.git', /on one line/],
    ['ftp://example.com/web.git', /the ftp:\/\/ scheme is not accepted/],
    ['javascript://alert(1)', /the javascript:\/\/ scheme is not accepted/],
    ['ssh://-oProxyCommand=touch/web', /names no host/],
    ['file://evil.example.com/srv/web.git', /a file:\/\/ URL names a local path/],
    ['', /expected a git URL/],
    [' https://github.com/acme/web.git', /without leading or trailing spaces/],
  ])('refuses %j', (url, reason) => {
    expect(checkGitUrl(url, [allowed])).toMatch(reason);
  });

  it('refuses local repositories outside the roots, through .. or a symbolic link', () => {
    expect(checkGitUrl(`${allowed}/../outside/secret.git`, [allowed])).toMatch(/not under any of them/);
    expect(checkGitUrl(`file://${allowed}/../outside/secret.git`, [allowed])).toMatch(/not under any of them/);
    expect(checkGitUrl(`${allowed}/escape.git`, [allowed])).toMatch(/not under any of them/);
    expect(checkGitUrl(`file://${allowed}/escape.git`, [allowed])).toMatch(/not under any of them/);
    expect(checkGitUrl(`${allowed}-sibling`, [allowed])).toMatch(/only under PLUMB_LOCAL_GIT_ROOTS/);
    expect(checkGitUrl(`${allowed}/missing.git`, [allowed])).toMatch(/does not exist/);
  });

  it('refuses every local repository when no root is configured', () => {
    expect(checkGitUrl(`${allowed}/web.git`, [])).toBe(
      'file:// URLs and local paths are accepted only under PLUMB_LOCAL_GIT_ROOTS',
    );
    expect(checkGitUrl(`file://${allowed}/web.git`, [])).toMatch(/only under PLUMB_LOCAL_GIT_ROOTS/);
    expect(checkGitUrl('https://github.com/acme/web.git', [])).toBeUndefined();
  });
});

describe('redactUrl', () => {
  it.each([
    ['fatal: unable to access https://user:tok3n@github.com/a/b.git/', 'https://***@github.com/a/b.git/'],
    ['https://ghp_tok3n@github.com/a/b.git', 'https://***@github.com/a/b.git'],
    ['ssh://git:pa55@host/a.git', 'ssh://git:***@host/a.git'],
    ['ssh://git@host/a.git', 'ssh://git@host/a.git'],
  ])('%s', (text, redacted) => {
    expect(redactUrl(text)).toContain(redacted);
    expect(redactUrl(text)).not.toMatch(/tok3n|pa55/);
  });
});
