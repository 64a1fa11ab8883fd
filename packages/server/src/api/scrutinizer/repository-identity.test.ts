import { mkdirSync, symlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openWorld, type World } from './world.case.js';

const SSH_KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n';

// Names and git URLs that could escape a directory, break a URL or run a command are refused with the surface's 400.
describe(`scrutinizer repository names and git URLs on ${TEST_DRIVER}`, () => {
  let world: World;
  let root: string;
  let roots: string;
  const previousRoots = process.env.PLUMB_LOCAL_GIT_ROOTS;

  beforeAll(async () => {
    world = await openWorld();
    root = await mkdtemp(path.join(tmpdir(), 'plumb-repo-identity-'));
    roots = path.join(root, 'roots');
    mkdirSync(path.join(roots, 'web.git'), { recursive: true });
    mkdirSync(path.join(root, 'outside.git'));
    symlinkSync(path.join(root, 'outside.git'), path.join(roots, 'escape.git'));
    process.env.PLUMB_LOCAL_GIT_ROOTS = roots;
  });
  afterAll(async () => {
    if (previousRoots === undefined) delete process.env.PLUMB_LOCAL_GIT_ROOTS;
    else process.env.PLUMB_LOCAL_GIT_ROOTS = previousRoots;
    await world.testApp.close();
    await rm(root, { recursive: true, force: true });
  });

  const addPlain = (name: string, git_url: string) =>
    world.call('POST', '/api/repositories/gp', world.owner.token, { name, git_url, ssh_key: SSH_KEY });

  it.each([
    ['../../../tmp/x', /^name: expected a repository name such as scrutinizer-ci-web; each part of a name holds/],
    ['has space & <script>', /^name: expected a repository name .*letters, digits/],
    ['..', /^name: expected a repository name .*"\.\." is not a name/],
    ['.', /"\." is not a name/],
    ['-rf', /may not start with "-"/],
    ['a\\b', /each part of a name holds/],
    ['tab\there', /each part of a name holds/],
    ['quote"d', /each part of a name holds/],
    ['x'.repeat(101), /at most 100 characters/],
  ])('refuses the plain-git name %j', async (name, message) => {
    const response = await addPlain(name, 'git@git.acme.test:team/web.git');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(message);
  });

  it.each([
    ['/api/repositories/g', { name: '../web' }],
    ['/api/repositories/g', { name: 'acme/..' }],
    ['/api/repositories/b', { name: '-acme/web' }],
    ['/api/repositories/g', { name: 'ac me/web' }],
    ['/api/repositories/gl', { name: 'group/../web' }],
    ['/api/repositories/gl', { name: 'group/sub group/web' }],
  ])('refuses the hosted name %s %j', async (url, payload) => {
    const response = await world.call('POST', url, world.owner.token, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^name: expected (owner|namespace)\/name .*; /);
  });

  it('refuses a GitLab instance slug that is not a name', async () => {
    const response = await world.call('POST', '/api/repositories/gl', world.owner.token, {
      name: 'group/web',
      instance_slug: '../corp',
      git_url: 'https://git.corp.test/group/web.git',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^instance_slug: expected a repository name .*"\.\.\/corp": /);
  });

  it('accepts the names hosting services allow', async () => {
    for (const name of ['web', 'Web_App-2.0', '.github', 'a..b']) {
      const response = await addPlain(name, 'https://git.acme.test/team/web.git');
      expect(response.statusCode, name).toBe(201);
    }
    const nested = await world.call('POST', '/api/repositories/gl', world.owner.token, {
      name: 'group/sub-group/web.site',
    });
    expect(nested.statusCode).toBe(201);
  });

  it.each([
    ['file:///etc/passwd', /^git_url: file:\/\/ URLs and local paths are accepted only under PLUMB_LOCAL_GIT_ROOTS/],
    ['/etc', /^git_url: file:\/\/ URLs and local paths are accepted only under PLUMB_LOCAL_GIT_ROOTS/],
    ['ext::sh -c touch% /tmp/pwned', /^git_url: expected a git URL .*remote helpers/],
    ['fd::3', /^git_url: expected a git URL .*remote helpers/],
    ['-oProxyCommand=touch /tmp/pwned', /^git_url: expected a git URL .*option/],
    ['https://git.acme.test/web.git\nssh://evil/x', /^git_url: expected a git URL .*, on one line/],
    ['gopher://git.acme.test/web.git', /^git_url: expected a git URL .*gopher/],
  ])('refuses the git_url %j', async (git_url, message) => {
    const response = await addPlain('refused', git_url);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(message);
  });

  it('accepts file:// URLs and local paths under PLUMB_LOCAL_GIT_ROOTS only, symbolic links resolved', async () => {
    expect((await addPlain('local-url', `file://${roots}/web.git`)).statusCode).toBe(201);
    expect((await addPlain('local-path', `${roots}/web.git`)).statusCode).toBe(201);
    for (const git_url of [`${roots}/escape.git`, `${roots}/../outside.git`, `file://${root}/outside.git`]) {
      const response = await addPlain('escaped', git_url);
      expect(response.statusCode, git_url).toBe(400);
      expect(response.json().message).toMatch(/^git_url: .*PLUMB_LOCAL_GIT_ROOTS; this path is not under any of them/);
    }
  });

  it('needs ssh_key only for an SSH git_url: a local or https one is added without it', async () => {
    const local = await world.call('POST', '/api/repositories/gp', world.owner.token, {
      name: 'keyless',
      git_url: `file://${roots}/web.git`,
    });
    expect(local.statusCode).toBe(201);
    const https = await world.call('POST', '/api/repositories/gp', world.owner.token, {
      name: 'keyless-https',
      git_url: 'https://git.example.com/keyless.git',
    });
    expect(https.statusCode).toBe(201);
    const ssh = await world.call('POST', '/api/repositories/gp', world.owner.token, {
      name: 'keyless-ssh',
      git_url: 'git@git.example.com:keyless.git',
    });
    expect(ssh.statusCode).toBe(400);
    expect(ssh.json()).toEqual({ message: 'ssh_key: is required to clone an SSH git_url' });
  });

  it('refuses a self-managed GitLab git_url the same way', async () => {
    const response = await world.call('POST', '/api/repositories/gl', world.owner.token, {
      name: 'group/app',
      instance_slug: 'corp',
      git_url: 'file:///etc',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^git_url: file:\/\/ URLs/);
  });

  it('refuses a qualified name that is not made of names when associating a repository', async () => {
    const response = await world.call('PUT', '/api/organizations/acme/repositories', world.owner.token, {
      repository: 'gp/../../etc',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^repository: expected a qualified repository name/);
  });
});
