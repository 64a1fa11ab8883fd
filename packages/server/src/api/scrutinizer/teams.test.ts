import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openWorld, type World } from './world.case.js';

describe(`scrutinizer teams, team members and team permissions on ${TEST_DRIVER}`, () => {
  let world: World;
  let teamUuid: string;
  let teamPath: string;
  beforeAll(async () => {
    world = await openWorld();
    for (const [url, payload] of [
      ['/api/repositories/g', { name: 'acme/web', organization: 'acme' }],
      ['/api/repositories/b', { name: 'acme/bitbucket-private', organization: 'acme' }],
      ['/api/repositories/gl', { name: 'group/sub/api', organization: 'acme' }],
      [
        '/api/repositories/gp',
        { name: 'acme-tools', git_url: 'git@git.acme.test:acme-tools.git', ssh_key: 'key', organization: 'acme' },
      ],
      ['/api/repositories/g', { name: 'globex/site', organization: 'globex' }],
    ] as const) {
      const token = payload.organization === 'globex' ? world.globexOwner.token : world.owner.token;
      expect((await world.call('POST', url, token, payload)).statusCode).toBe(201);
    }
  });
  afterAll(async () => world.testApp.close());

  /** Creates the team the first test creates, unless it did: for the tests after it, when one runs without it. */
  async function ensureFirstTeam() {
    if (teamPath) return;
    const response = await world.call('POST', '/api/organizations/acme/teams', world.master.token, {
      name: 'My First Team',
    });
    expect(response.statusCode).toBe(201);
    teamUuid = response.json().uuid;
    teamPath = `/api/organizations/acme/teams/${teamUuid}`;
  }

  it('creates a team with 201 and links to its members and permissions', async () => {
    const response = await world.call('POST', '/api/organizations/acme/teams', world.master.token, {
      name: 'My First Team',
    });
    expect(response.statusCode).toBe(201);
    const team = response.json();
    teamUuid = team.uuid;
    teamPath = `/api/organizations/acme/teams/${teamUuid}`;
    expect(team).toEqual({
      member_count: 0,
      name: 'My First Team',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/),
      uuid: teamUuid,
      _links: {
        self: { href: teamPath },
        members: { href: `${teamPath}/members` },
        permissions: { href: `${teamPath}/permissions` },
      },
    });
    const duplicate = await world.call('POST', '/api/organizations/acme/teams', world.master.token, {
      name: 'My First Team',
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().message).toMatch(/already exists/);
    const nameless = await world.call('POST', '/api/organizations/acme/teams', world.master.token, {});
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json()).toEqual({ message: 'name: is required' });
  });

  it('lists teams by name', async () => {
    await ensureFirstTeam();
    await world.call('POST', '/api/organizations/acme/teams', world.owner.token, { name: 'Alpha' });
    const response = await world.call('GET', '/api/organizations/acme/teams', world.viewer.token);
    expect(response.statusCode).toBe(200);
    expect(response.json()._embedded.teams.map((team: { name: string }) => team.name)).toEqual([
      'Alpha',
      'My First Team',
    ]);
    expect(response.json()._embedded.teams[1]._links.self.href).toBe(teamPath);
    expect((await world.call('GET', teamPath, world.viewer.token)).json()).toMatchObject({
      name: 'My First Team',
      member_count: 0,
    });
  });

  it('adds team members by email (an outsider joins the organization as member), lists and removes them', async () => {
    await ensureFirstTeam();
    const existing = await world.call('PUT', `${teamPath}/members`, world.owner.token, { email: world.viewer.email });
    expect(existing.statusCode).toBe(200);
    expect(existing.json()).toEqual({ display_name: 'viewer', email: 'viewer@acme.test', uuid: world.viewer.uuid });
    const outsider = await world.call('PUT', `${teamPath}/members`, world.owner.token, {
      email: 'Contractor@else.test',
    });
    expect(outsider.statusCode).toBe(200);
    const members = await world.call('GET', `${teamPath}/members`, world.viewer.token);
    expect(members.json()._embedded.members.map((m: { email: string }) => m.email)).toEqual([
      'Contractor@else.test',
      'viewer@acme.test',
    ]);
    const orgMembers = await world.call('GET', '/api/organizations/acme/members', world.owner.token);
    expect(orgMembers.json()._embedded.memberships).toContainEqual(
      expect.objectContaining({ role: 'member', user: expect.objectContaining({ email: 'Contractor@else.test' }) }),
    );
    expect((await world.call('GET', teamPath, world.viewer.token)).json().member_count).toBe(2);
    const removed = await world.call('DELETE', `${teamPath}/members/${outsider.json().uuid}`, world.owner.token);
    expect(removed.statusCode).toBe(200);
    const again = await world.call('DELETE', `${teamPath}/members/${outsider.json().uuid}`, world.owner.token);
    expect(again.statusCode).toBe(404);
    expect(again.json()).toEqual({ message: 'team member not found' });
  });

  it("removing an organization member also removes them from the organization's teams", async () => {
    await ensureFirstTeam();
    const added = await world.call('PUT', `${teamPath}/members`, world.owner.token, { email: 'leaver@acme.test' });
    const uuid = added.json().uuid;
    expect((await world.call('DELETE', `/api/organizations/acme/members/${uuid}`, world.owner.token)).statusCode).toBe(
      200,
    );
    const members = await world.call('GET', `${teamPath}/members`, world.owner.token);
    expect(members.json()._embedded.members.map((m: { uuid: string }) => m.uuid)).not.toContain(uuid);
  });

  it('grants, lists, changes and removes permissions through every repository path form', async () => {
    await ensureFirstTeam();
    const paths = ['g/acme/web', 'b/acme/bitbucket-private', 'gl/gitlab-com/group%2Fsub/api', 'gp/acme-tools'];
    for (const path of paths) {
      const response = await world.call('PUT', `${teamPath}/permissions/${path}`, world.master.token, {
        access: 'developer',
      });
      expect(response.statusCode, path).toBe(200);
      expect(response.json()).toMatchObject({
        access: 'developer',
        _links: { repository: { href: `/api/repositories/${path}` } },
      });
    }
    const changed = await world.call('PUT', `${teamPath}/permissions/b/acme/bitbucket-private`, world.master.token, {
      access: 'admin',
    });
    expect(changed.json().access).toBe('admin');
    const list = await world.call('GET', `${teamPath}/permissions`, world.viewer.token);
    expect(list.statusCode).toBe(200);
    const [first] = list.json()._embedded.permissions;
    expect(first).toEqual({
      access: 'admin',
      _links: { repository: { href: '/api/repositories/b/acme/bitbucket-private' } },
      _embedded: {
        repository: expect.objectContaining({
          type: 'b',
          username: 'acme',
          repo_slug: 'bitbucket-private',
          _links: { self: { href: '/api/repositories/b/acme/bitbucket-private' } },
          _embedded: { organization: { slug: 'acme', name: 'Acme Corp' } },
        }),
      },
    });
    expect(
      list
        .json()
        ._embedded.permissions.map((p: { _links: { repository: { href: string } } }) => p._links.repository.href),
    ).toEqual([
      '/api/repositories/b/acme/bitbucket-private',
      '/api/repositories/g/acme/web',
      '/api/repositories/gl/gitlab-com/group%2Fsub/api',
      '/api/repositories/gp/acme-tools',
    ]);
    for (const path of paths) {
      const removed = await world.call('DELETE', `${teamPath}/permissions/${path}`, world.master.token);
      expect(removed.statusCode, path).toBe(200);
      const again = await world.call('DELETE', `${teamPath}/permissions/${path}`, world.master.token);
      expect(again.statusCode, path).toBe(404);
    }
    expect((await world.call('GET', `${teamPath}/permissions`, world.owner.token)).json().total).toBe(0);
  });

  it("refuses a bad access level, and another organization's or an unknown repository", async () => {
    await ensureFirstTeam();
    const bad = await world.call('PUT', `${teamPath}/permissions/g/acme/web`, world.owner.token, { access: 'write' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ message: 'access: expected one of admin, developer, view' });
    for (const path of ['g/globex/site', 'g/acme/nope']) {
      const response = await world.call('PUT', `${teamPath}/permissions/${path}`, world.owner.token, {
        access: 'view',
      });
      expect(response.statusCode, path).toBe(404);
      expect(response.json()).toEqual({ message: 'repository not found' });
    }
  });

  it('team access lets a billing member read a repository', async () => {
    await ensureFirstTeam();
    expect((await world.call('GET', '/api/repositories/g/acme/web', world.billing.token)).statusCode).toBe(404);
    await world.call('PUT', `${teamPath}/members`, world.owner.token, { email: world.billing.email });
    await world.call('PUT', `${teamPath}/permissions/g/acme/web`, world.owner.token, { access: 'view' });
    expect((await world.call('GET', '/api/repositories/g/acme/web', world.billing.token)).statusCode).toBe(200);
  });

  it('lets only admin and master manage teams, team members and permissions', async () => {
    await ensureFirstTeam();
    const attempts: [string, string, object?][] = [
      ['POST', '/api/organizations/acme/teams', { name: 'Sneaky' }],
      ['DELETE', teamPath],
      ['PUT', `${teamPath}/members`, { email: 'x@acme.test' }],
      ['DELETE', `${teamPath}/members/${world.viewer.uuid}`],
      ['PUT', `${teamPath}/permissions/g/acme/web`, { access: 'admin' }],
      ['DELETE', `${teamPath}/permissions/g/acme/web`],
    ];
    for (const token of [world.viewer.token, world.billing.token]) {
      for (const [method, url, payload] of attempts) {
        const response = await world.call(method as 'PUT', url, token, payload);
        expect(response.statusCode, `${method} ${url}`).toBe(403);
        expect(response.json().message).toMatch(/needs one of the roles OWNER, ADMIN/);
      }
    }
  });

  it('deletes a team with its permissions; then it is gone', async () => {
    await ensureFirstTeam();
    // The billing member reads acme/web through the team, as the tests before leave it.
    await world.call('PUT', `${teamPath}/members`, world.owner.token, { email: world.billing.email });
    await world.call('PUT', `${teamPath}/permissions/g/acme/web`, world.owner.token, { access: 'view' });
    expect((await world.call('GET', '/api/repositories/g/acme/web', world.billing.token)).statusCode).toBe(200);
    const response = await world.call('DELETE', teamPath, world.owner.token);
    expect(response.statusCode).toBe(200);
    expect((await world.call('GET', teamPath, world.owner.token)).statusCode).toBe(404);
    expect((await world.call('DELETE', teamPath, world.owner.token)).json()).toEqual({ message: 'team not found' });
    expect((await world.call('GET', '/api/repositories/g/acme/web', world.billing.token)).statusCode).toBe(404);
    expect(
      (await world.call('GET', '/api/organizations/acme/teams/not-a-uuid/members', world.owner.token)).statusCode,
    ).toBe(404);
  });
});
