import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../../domain/configs/index.js';
import { findOrganizationRepository } from '../../domain/projects/repositories.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { addRepositoryOnce, openWorld, type World } from './world.case.js';

const SSH_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAsqWrC\n-----END RSA PRIVATE KEY-----\n';

describe(`scrutinizer repositories on ${TEST_DRIVER}`, () => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld();
  });
  afterAll(async () => world.testApp.close());

  /** The repositories the first two tests add, for the tests that need them, whether or not those ran. */
  const addWeb = () =>
    addRepositoryOnce(world, '/api/repositories/g', world.owner.token, {
      name: 'acme/web',
      organization: 'acme',
      config: 'build: true\n',
    });
  const addAcmeTools = () =>
    addRepositoryOnce(world, '/api/repositories/gp', world.master.token, {
      name: 'acme-tools',
      git_url: 'git@git.acme.test:acme-tools.git',
      ssh_key: SSH_KEY,
      organization: 'acme',
    });

  it('adds a GitHub repository to an organization and shows its details', async () => {
    const added = await world.call('POST', '/api/repositories/g', world.owner.token, {
      name: 'acme/web',
      organization: 'acme',
      config: 'build: true\n',
    });
    expect(added.statusCode).toBe(201);
    expect(added.headers.location).toBe('/api/repositories/g/acme/web');
    const expected = {
      type: 'g',
      private: true,
      default_branch: 'main',
      applications: {},
      development_report_settings: { enabled: true, weekday: 1, hour: 8, timezone: 'UTC' },
      branch_settings: { tracked_branches: [] },
      login: 'acme',
      name: 'web',
      _links: { self: { href: '/api/repositories/g/acme/web' } },
      _embedded: { organization: { slug: 'acme', name: 'Acme Corp' } },
    };
    expect(added.json()).toMatchObject(expected);
    expect(added.json().created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/);
    const details = await world.call('GET', '/api/repositories/g/acme/web', world.viewer.token);
    expect(details.statusCode).toBe(200);
    expect(details.json()).toEqual(added.json());
  });

  it('adds Bitbucket, GitLab and plain-git repositories, each named its own way', async () => {
    const bitbucket = await world.call('POST', '/api/repositories/b', world.master.token, {
      name: 'acme/bitbucket-private',
      organization: 'acme',
    });
    expect(bitbucket.statusCode).toBe(201);
    expect(bitbucket.json()).toMatchObject({
      type: 'b',
      username: 'acme',
      repo_slug: 'bitbucket-private',
      _links: { self: { href: '/api/repositories/b/acme/bitbucket-private' } },
    });
    const gitlab = await world.call('POST', '/api/repositories/gl', world.master.token, {
      name: 'group/sub/api',
      organization: 'acme',
    });
    expect(gitlab.statusCode).toBe(201);
    expect(gitlab.json()).toMatchObject({
      type: 'gl',
      instance_slug: 'gitlab-com',
      namespace: 'group/sub',
      name: 'api',
      _links: { self: { href: '/api/repositories/gl/gitlab-com/group%2Fsub/api' } },
    });
    const selfManaged = await world.call('POST', '/api/repositories/gl', world.master.token, {
      name: 'team/app',
      instance_slug: 'corp',
      git_url: 'https://git.corp.test/team/app.git',
      organization: 'acme',
    });
    expect(selfManaged.statusCode).toBe(201);
    const plain = await world.call('POST', '/api/repositories/gp', world.master.token, {
      name: 'acme-tools',
      git_url: 'git@git.acme.test:acme-tools.git',
      ssh_key: SSH_KEY,
      organization: 'acme',
    });
    expect(plain.statusCode).toBe(201);
    expect(plain.json()).toMatchObject({
      type: 'gp',
      name: 'acme-tools',
      _links: { self: { href: '/api/repositories/gp/acme-tools' } },
    });
    for (const path of [
      'b/acme/bitbucket-private',
      'gl/gitlab-com/group%2Fsub/api',
      'gl/corp/team/app',
      'gp/acme-tools',
    ]) {
      const details = await world.call('GET', `/api/repositories/${path}`, world.owner.token);
      expect(details.statusCode, path).toBe(200);
    }
  });

  it('keeps the SSH key sealed at rest and never returns it', async () => {
    await addAcmeTools();
    const row = await findOrganizationRepository(world.testApp.store.db, world.acme.id, {
      provider: 'gp',
      instance: '',
      owner: '',
      name: 'acme-tools',
    });
    expect(row.sshKeySealed).toMatch(/^v1\./);
    expect(row.sshKeySealed).not.toContain('PRIVATE KEY');
    for (const url of [
      '/api/repositories/gp/acme-tools',
      '/api/organizations/acme/repositories?per_page=100',
      '/api/user/repositories?per_page=100',
    ]) {
      const response = await world.call('GET', url, world.owner.token);
      expect(response.body).not.toContain('PRIVATE KEY');
      expect(response.body).not.toMatch(/ssh_key/);
    }
  });

  it('refuses a plain-git repository without git_url, or an SSH one without ssh_key, naming the field', async () => {
    const noUrl = await world.call('POST', '/api/repositories/gp', world.owner.token, { name: 'x', ssh_key: SSH_KEY });
    expect(noUrl.statusCode).toBe(400);
    expect(noUrl.json()).toEqual({ message: 'git_url: is required' });
    const noKey = await world.call('POST', '/api/repositories/gp', world.owner.token, {
      name: 'x',
      git_url: 'git@host.test:x.git',
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json()).toEqual({ message: 'ssh_key: is required to clone an SSH git_url' });
    for (const git_url of ['--upload-pack=touch /tmp/pwned', 'ext::sh -c touch% /tmp/pwned', 'ftp://host/x.git']) {
      const bad = await world.call('POST', '/api/repositories/gp', world.owner.token, {
        name: 'x',
        git_url,
        ssh_key: SSH_KEY,
      });
      expect(bad.statusCode, git_url).toBe(400);
      expect(bad.json().message).toMatch(/^git_url: expected a git URL/);
    }
  });

  it('refuses other bad input with 400 naming the field', async () => {
    await addWeb();
    const cases: [string, object, RegExp][] = [
      ['/api/repositories/g', { name: 'no-slash' }, /^name: expected owner\/name/],
      ['/api/repositories/b', { name: 'a/b/c' }, /^name: expected owner\/name/],
      ['/api/repositories/g', {}, /^name: is required$/],
      ['/api/repositories/gl', { name: 'team/app', instance_slug: 'corp' }, /^git_url: is required for a self-managed/],
      [
        '/api/repositories/g',
        { name: 'acme/broken', organization: 'acme', config: 'a: [' },
        /^config: expected valid YAML/,
      ],
      [
        '/api/repositories/g',
        { name: 'acme/other', organization: 'acme', global_config: '00000000-0000-4000-8000-000000000000' },
        /^global_config: expected the uuid of one of the organization's configurations$/,
      ],
      ['/api/repositories/g', { name: 'acme/web', organization: 'acme' }, /already exists/],
    ];
    for (const [url, payload, message] of cases) {
      const response = await world.call('POST', url, world.owner.token, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().message).toMatch(message);
    }
  });

  it('refuses a build failure condition that does not parse, naming it, and keeps the ones that do', async () => {
    const conditions = ['issues.new.exists', "issues.label('security').new.exists", 'elements.ratin(<= D).exists'];
    const config = `build_failure_conditions:\n${conditions.map((condition) => `  - "${condition}"\n`).join('')}`;
    const refused = await world.call('POST', '/api/repositories/g', world.owner.token, {
      name: 'acme/conditioned',
      organization: 'acme',
      config,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toEqual({
      message: 'build_failure_conditions[2]: unknown filter "ratin" (expected new, rating, metric, exists or count)',
    });
    const missing = await world.call('GET', '/api/repositories/g/acme/conditioned', world.owner.token);
    expect(missing.statusCode).toBe(404);

    const accepted = await world.call('POST', '/api/repositories/g', world.owner.token, {
      name: 'acme/conditioned',
      organization: 'acme',
      config: config.replace('ratin(', 'rating('),
    });
    expect(accepted.statusCode).toBe(201);
  });

  it('lays the repository configuration over a global configuration', async () => {
    const shared = await createConfig(world.testApp.store.db, await world.accessOf(world.owner, world.acme), {
      name: 'Shared',
      yaml: 'build:\n  nodes: 2\nchecks:\n  php: true\n',
    });
    const added = await world.call('POST', '/api/repositories/g', world.owner.token, {
      name: 'acme/layered',
      organization: 'acme',
      global_config: shared.uuid,
      config: 'build:\n  nodes: 4\n',
    });
    expect(added.statusCode).toBe(201);
    const row = await findOrganizationRepository(world.testApp.store.db, world.acme.id, {
      provider: 'g',
      instance: '',
      owner: 'acme',
      name: 'layered',
    });
    expect(row.configYaml).toBe('build:\n  nodes: 4\nchecks:\n  php: true\n');
  });

  it('lets only admin and master add repositories to the organization; others get 403, outsiders 404', async () => {
    const viewer = await world.call('POST', '/api/repositories/g', world.viewer.token, {
      name: 'acme/viewer-repo',
      organization: 'acme',
    });
    expect(viewer.statusCode).toBe(403);
    const outsider = await world.call('POST', '/api/repositories/g', world.globexOwner.token, {
      name: 'acme/globex-repo',
      organization: 'acme',
    });
    expect(outsider.statusCode).toBe(404);
    expect(outsider.json()).toEqual({ message: 'organization not found' });
  });

  it(
    'hides a repository from those who may not read it: ' + "another organization's users and billing members",
    async () => {
      await addWeb();
      for (const token of [world.globexOwner.token, world.billing.token, world.loner.token]) {
        const response = await world.call('GET', '/api/repositories/g/acme/web', token);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toEqual({ message: 'repository not found' });
      }
    },
  );

  it("adds a user's own repository and lists the user's repositories", async () => {
    await addWeb();
    const own = await world.call('POST', '/api/repositories/g', world.loner.token, { name: 'loner/dotfiles' });
    expect(own.statusCode).toBe(201);
    expect(own.json()._embedded).toBeUndefined();
    const list = await world.call('GET', '/api/user/repositories', world.loner.token);
    expect(list.statusCode).toBe(200);
    expect(
      list.json()._embedded.repositories.map((r: { _links: { self: { href: string } } }) => r._links.self.href),
    ).toEqual(['/api/repositories/g/loner/dotfiles']);
    expect((await world.call('GET', '/api/repositories/g/loner/dotfiles', world.owner.token)).statusCode).toBe(404);
    const mine = await createConfig(world.testApp.store.db, await world.personalAccessOf(world.loner), {
      name: 'Mine',
      yaml: 'a: 1\n',
    });
    expect(
      (
        await world.call('POST', '/api/repositories/b', world.loner.token, {
          name: 'loner/configured',
          global_config: mine.uuid,
        })
      ).statusCode,
    ).toBe(201);
    const foreign = await world.call('POST', '/api/repositories/b', world.owner.token, {
      name: 'owner/configured',
      global_config: mine.uuid,
    });
    expect(foreign.json()).toEqual({ message: 'global_config: expected the uuid of one of your configurations' });
    const viewerList = await world.call('GET', '/api/user/repositories?per_page=100', world.viewer.token);
    const hrefs = viewerList
      .json()
      ._embedded.repositories.map((r: { _links: { self: { href: string } } }) => r._links.self.href);
    expect(hrefs).toContain('/api/repositories/g/acme/web');
    expect(hrefs).not.toContain('/api/repositories/g/loner/dotfiles');
    expect([...hrefs].sort()).toEqual(hrefs);
  });
});
