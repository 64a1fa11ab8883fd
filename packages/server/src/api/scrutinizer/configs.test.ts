import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig, type NamedConfig } from '../../domain/configs/index.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openWorld, type World } from './world.case.js';

describe(`scrutinizer organization and user configs on ${TEST_DRIVER}`, () => {
  let world: World;
  let testConfig: NamedConfig;
  let userConfig: NamedConfig;
  let globexConfig: NamedConfig;
  beforeAll(async () => {
    world = await openWorld();
    const db = world.testApp.store.db;
    const acme = await world.accessOf(world.owner, world.acme);
    testConfig = await createConfig(db, acme, { name: 'Test Config', yaml: 'build: true\n' });
    await createConfig(db, acme, { name: 'Foo', yaml: 'checks: {}\n' });
    const globex = await world.accessOf(world.globexOwner, world.globex);
    globexConfig = await createConfig(db, globex, { name: 'Globex', yaml: 'a: 1\n' });
    userConfig = await createConfig(db, await world.personalAccessOf(world.viewer), {
      name: 'Mine',
      yaml: 'mine: true\n',
    });
  });
  afterAll(async () => world.testApp.close());

  it('lists organization configs by name with links to each', async () => {
    const response = await world.call('GET', '/api/organizations/acme/configs', world.viewer.token);
    expect(response.statusCode).toBe(200);
    const configs = response.json()._embedded.configs;
    expect(configs.map((c: { name: string }) => c.name)).toEqual(['Foo', 'Test Config']);
    expect(configs[1]).toEqual({
      created_at: expect.stringMatching(/\+0000$/),
      modified_at: configs[1].created_at,
      name: 'Test Config',
      uuid: testConfig.uuid,
      _links: { self: { href: `/api/organizations/acme/configs/${testConfig.uuid}` } },
    });
    const details = await world.call('GET', configs[1]._links.self.href, world.viewer.token);
    expect(details.statusCode).toBe(200);
    expect(details.json()).toMatchObject({ name: 'Test Config', config: 'build: true\n' });
  });

  it("answers 404 for another organization's config, or a config id that is not a uuid", async () => {
    for (const id of [globexConfig.uuid, 'nope']) {
      const response = await world.call('GET', `/api/organizations/acme/configs/${id}`, world.owner.token);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ message: 'configuration not found' });
    }
  });

  it("lists the user's own configs, and only theirs", async () => {
    const mine = await world.call('GET', '/api/user/configs', world.viewer.token);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()._embedded.configs).toEqual([
      expect.objectContaining({
        name: 'Mine',
        uuid: userConfig.uuid,
        _links: { self: { href: `/api/user/configs/${userConfig.uuid}` } },
      }),
    ]);
    expect((await world.call('GET', `/api/user/configs/${userConfig.uuid}`, world.viewer.token)).json().config).toBe(
      'mine: true\n',
    );
    expect((await world.call('GET', '/api/user/configs', world.owner.token)).json().total).toBe(0);
    expect((await world.call('GET', `/api/user/configs/${userConfig.uuid}`, world.owner.token)).statusCode).toBe(404);
  });
});
