import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../../domain/provisioning.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openWorld, type World } from './world.case.js';

describe(`scrutinizer organization members on ${TEST_DRIVER}`, () => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld();
  });
  afterAll(async () => world.testApp.close());

  it('lists members by email with their Scrutinizer roles', async () => {
    const response = await world.call('GET', '/api/organizations/acme/members', world.viewer.token);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ page: 1, limit: 20, pages: 1, total: 4 });
    expect(body._links).toEqual({
      self: { href: '/api/organizations/acme/members?page=1&per_page=20' },
      first: { href: '/api/organizations/acme/members?page=1&per_page=20' },
      last: { href: '/api/organizations/acme/members?page=1&per_page=20' },
    });
    expect(
      body._embedded.memberships.map((m: { user: { email: string }; role: string }) => [m.user.email, m.role]),
    ).toEqual([
      ['billing@acme.test', 'billing'],
      ['master@acme.test', 'master'],
      ['owner@acme.test', 'admin'],
      ['viewer@acme.test', 'member'],
    ]);
    const [first] = body._embedded.memberships;
    expect(first.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/);
    expect(first.user).toEqual({ display_name: 'billing', uuid: world.billing.uuid, email: 'billing@acme.test' });
  });

  it('adds an unknown email as an invited member (role member by default), then updates its role', async () => {
    const added = await world.call('PUT', '/api/organizations/acme/members', world.master.token, {
      email: 'New.Person@acme.test',
    });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({
      role: 'member',
      user: { email: 'New.Person@acme.test', display_name: 'New.Person' },
    });
    expect((await findUserByEmail(world.testApp.store.db, 'new.person@acme.test'))?.status).toBe('invited');
    const updated = await world.call('PUT', '/api/organizations/acme/members', world.master.token, {
      email: 'new.person@acme.test',
      role: 'billing',
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ role: 'billing', user: { uuid: added.json().user.uuid } });
    const removed = await world.call(
      'DELETE',
      `/api/organizations/acme/members/${added.json().user.uuid}`,
      world.master.token,
    );
    expect(removed.statusCode).toBe(200);
    const list = await world.call('GET', '/api/organizations/acme/members', world.owner.token);
    expect(list.json().total).toBe(4);
  });

  it('lets only admin and master manage members', async () => {
    for (const token of [world.viewer.token, world.billing.token]) {
      const put = await world.call('PUT', '/api/organizations/acme/members', token, {
        email: 'x@acme.test',
        role: 'member',
      });
      expect(put.statusCode).toBe(403);
      expect(put.json().message).toMatch(/roles OWNER, ADMIN/);
      const removed = await world.call('DELETE', `/api/organizations/acme/members/${world.billing.uuid}`, token);
      expect(removed.statusCode).toBe(403);
    }
  });

  it('lets only an admin grant or take away admin', async () => {
    const grant = await world.call('PUT', '/api/organizations/acme/members', world.master.token, {
      email: world.viewer.email,
      role: 'admin',
    });
    expect(grant.statusCode).toBe(403);
    const demote = await world.call('PUT', '/api/organizations/acme/members', world.master.token, {
      email: world.owner.email,
      role: 'member',
    });
    expect(demote.statusCode).toBe(403);
    const remove = await world.call(
      'DELETE',
      `/api/organizations/acme/members/${world.owner.uuid}`,
      world.master.token,
    );
    expect(remove.statusCode).toBe(403);
  });

  it('never leaves an organization without an admin', async () => {
    const demote = await world.call('PUT', '/api/organizations/acme/members', world.owner.token, {
      email: world.owner.email,
      role: 'master',
    });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().message).toMatch(/^role: expected another owner/);
    const remove = await world.call('DELETE', `/api/organizations/acme/members/${world.owner.uuid}`, world.owner.token);
    expect(remove.statusCode).toBe(400);
  });

  it('rejects bad input with 400 naming the field', async () => {
    const noEmail = await world.call('PUT', '/api/organizations/acme/members', world.owner.token, { role: 'admin' });
    expect(noEmail.statusCode).toBe(400);
    expect(noEmail.json()).toEqual({ message: 'email: is required' });
    const badRole = await world.call('PUT', '/api/organizations/acme/members', world.owner.token, {
      email: 'a@acme.test',
      role: 'boss',
    });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json()).toEqual({ message: 'role: expected one of admin, master, billing, member' });
    const badEmail = await world.call('PUT', '/api/organizations/acme/members', world.owner.token, {
      email: 'not-an-email',
    });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().message).toMatch(/^email: expected an email address/);
  });

  it('answers 404 for a user who is not a member, or not a uuid', async () => {
    for (const id of [world.globexOwner.uuid, 'not-a-uuid']) {
      const response = await world.call('DELETE', `/api/organizations/acme/members/${id}`, world.owner.token);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ message: 'member not found' });
    }
  });
});
