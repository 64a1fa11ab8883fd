import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { addRepositoryOnce, openWorld, type World } from './world.case.js';

/** The master's own repositories, of every provider: the POST that adds each, its qualified name and its path. */
const OWN = [
  ['/api/repositories/g', { name: 'master/tool' }, 'g/master/tool', 'g/master/tool'],
  ['/api/repositories/b', { name: 'master/bucket' }, 'b/master/bucket', 'b/master/bucket'],
  ['/api/repositories/gl', { name: 'ns/deep/lab' }, 'gl/gitlab-com/ns/deep/lab', 'gl/gitlab-com/ns%2Fdeep/lab'],
  [
    '/api/repositories/gp',
    { name: 'plain', git_url: 'ssh://git@host.test/plain.git', ssh_key: 'key' },
    'gp/plain',
    'gp/plain',
  ],
] as const;

const hrefsOf = (body: { _embedded: { repositories: { _links: { self: { href: string } } }[] } }) =>
  body._embedded.repositories.map((r) => r._links.self.href);

describe(`scrutinizer organization repositories on ${TEST_DRIVER}`, () => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld();
  });
  afterAll(async () => world.testApp.close());

  /** acme's two repositories, which the first test adds, for the tests that need them whether or not it ran. */
  async function addAcmeRepositories() {
    for (const name of ['acme/zeta', 'acme/alpha'])
      await addRepositoryOnce(world, '/api/repositories/g', world.owner.token, { name, organization: 'acme' });
  }

  it('lists the organization repositories in order, empty at first', async () => {
    const empty = await world.call('GET', '/api/organizations/acme/repositories', world.viewer.token);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({
      page: 1,
      limit: 20,
      pages: 1,
      total: 0,
      _links: {
        self: { href: '/api/organizations/acme/repositories?page=1&per_page=20' },
        first: { href: '/api/organizations/acme/repositories?page=1&per_page=20' },
        last: { href: '/api/organizations/acme/repositories?page=1&per_page=20' },
      },
      _embedded: { repositories: [] },
    });
    await world.call('POST', '/api/repositories/g', world.owner.token, { name: 'acme/zeta', organization: 'acme' });
    await world.call('POST', '/api/repositories/g', world.owner.token, { name: 'acme/alpha', organization: 'acme' });
    const list = await world.call('GET', '/api/organizations/acme/repositories', world.viewer.token);
    expect(hrefsOf(list.json())).toEqual(['/api/repositories/g/acme/alpha', '/api/repositories/g/acme/zeta']);
  });

  it("associates the caller's own repository with the organization, of every provider", async () => {
    await addAcmeRepositories();
    for (const [url, payload, qualified] of OWN) {
      expect((await world.call('POST', url, world.master.token, payload)).statusCode).toBe(201);
      const response = await world.call('PUT', '/api/organizations/acme/repositories', world.master.token, {
        repository: qualified,
      });
      expect(response.statusCode, qualified).toBe(200);
      expect(response.json()._embedded).toEqual({ organization: { slug: 'acme', name: 'Acme Corp' } });
      const again = await world.call('PUT', '/api/organizations/acme/repositories', world.master.token, {
        repository: qualified,
      });
      expect(again.statusCode, 'associating twice changes nothing').toBe(200);
    }
    const list = await world.call('GET', '/api/organizations/acme/repositories', world.viewer.token);
    expect(list.json().total).toBe(6);
    expect(
      (await world.call('GET', '/api/repositories/gl/gitlab-com/ns%2Fdeep/lab', world.viewer.token)).statusCode,
    ).toBe(200);
  });

  it('disassociates through every provider path form without deleting the repository', async () => {
    // acme's two repositories and the master's four associated with acme, as the tests before leave them.
    await addAcmeRepositories();
    for (const [url, payload, qualified, path] of OWN) {
      if ((await world.call('GET', `/api/repositories/${path}`, world.viewer.token)).statusCode === 200) continue;
      expect((await world.call('POST', url, world.master.token, payload)).statusCode, qualified).toBe(201);
      const associated = await world.call('PUT', '/api/organizations/acme/repositories', world.master.token, {
        repository: qualified,
      });
      expect(associated.statusCode, qualified).toBe(200);
    }
    for (const path of ['g/master/tool', 'b/master/bucket', 'gl/gitlab-com/ns%2Fdeep/lab', 'gp/plain']) {
      const response = await world.call('DELETE', `/api/organizations/acme/repositories/${path}`, world.master.token);
      expect(response.statusCode, path).toBe(200);
      expect(
        (await world.call('GET', `/api/repositories/${path}`, world.viewer.token)).statusCode,
        'no longer visible to the organization',
      ).toBe(404);
      expect(
        (await world.call('GET', `/api/repositories/${path}`, world.master.token)).statusCode,
        'still there for its owner',
      ).toBe(200);
      expect(
        (await world.call('DELETE', `/api/organizations/acme/repositories/${path}`, world.master.token)).statusCode,
      ).toBe(404);
    }
    expect((await world.call('GET', '/api/organizations/acme/repositories', world.viewer.token)).json().total).toBe(2);
  });

  it('refuses a malformed qualified name with 400 and an unknown or foreign repository with 404', async () => {
    for (const repository of ['web', 'x/scrutinizer-ci/web', 'g/only-login', 'g//web']) {
      const response = await world.call('PUT', '/api/organizations/acme/repositories', world.owner.token, {
        repository,
      });
      expect(response.statusCode, repository).toBe(400);
      expect(response.json().message).toMatch(/^repository: expected a qualified repository name/);
    }
    const missing = await world.call('PUT', '/api/organizations/acme/repositories', world.owner.token, {});
    expect(missing.json()).toEqual({ message: 'repository: is required' });
    await world.call('POST', '/api/repositories/g', world.globexOwner.token, {
      name: 'globex/site',
      organization: 'globex',
    });
    await world.call('POST', '/api/repositories/g', world.loner.token, { name: 'loner/mine' });
    for (const repository of ['g/globex/site', 'g/loner/mine', 'g/nobody/nothing']) {
      const response = await world.call('PUT', '/api/organizations/acme/repositories', world.owner.token, {
        repository,
      });
      expect(response.statusCode, repository).toBe(404);
      expect(response.json()).toEqual({ message: 'repository not found' });
    }
  });

  it('lets only admin and master associate and disassociate', async () => {
    await addAcmeRepositories();
    await world.call('POST', '/api/repositories/g', world.viewer.token, { name: 'viewer/own' });
    const associate = await world.call('PUT', '/api/organizations/acme/repositories', world.viewer.token, {
      repository: 'g/viewer/own',
    });
    expect(associate.statusCode).toBe(403);
    const disassociate = await world.call(
      'DELETE',
      '/api/organizations/acme/repositories/g/acme/alpha',
      world.viewer.token,
    );
    expect(disassociate.statusCode).toBe(403);
  });
});
