// Codiga's group mutations (a group is a Plumb organization) and its `authentication` login, over HTTP against the
// real app: each refused for a bad argument (BAD_USER_INPUT naming it), to a VIEWER (FORBIDDEN) and to another
// organization (NOT_FOUND); the login answers a session token this API then takes, and only a login goes without one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateUser, putMembership } from '../../domain/provisioning.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';

const PASSWORD = 'correct horse battery';

describe(`Codiga's groups and login on ${TEST_DRIVER}`, () => {
  let testApp: TestApp;
  let acme: Tenant;
  let globex: Tenant;
  let viewer: string;

  beforeAll(async () => {
    testApp = await openTestApp();
    acme = await createTenant(testApp.store, 'acme');
    globex = await createTenant(testApp.store, 'globex');
    viewer = await acme.memberUserToken('viewer@acme.example', 'VIEWER');
    const { user } = await findOrCreateUser(testApp.store.db, { email: 'dev@acme.example', password: PASSWORD });
    await putMembership(testApp.store.db, acme.organization.id, user.id, 'EDITOR');
  });
  afterAll(() => testApp.close());

  const post = async (query: string, token: string | null = acme.ownerUserToken) => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: token ? { 'x-api-token': token } : {},
      payload: { query },
    });
    return { status: response.statusCode, body: response.json(), text: response.body };
  };
  const codeOf = (body: { errors?: { extensions: { code: string } }[] }) => body.errors?.[0]?.extensions.code;
  const membersOf = async (groupId: number) =>
    (await post(`{ group(id: ${groupId}) { members { identifier level } } }`)).body.data.group.members;

  it('creates a group whose creator is its owner, refusing another kind, an empty name and a taken one', async () => {
    const created = await post(`mutation { createGroup(groupType: Regular, name: "Acme Labs") { id name } }`);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createGroup.name).toBe('Acme Labs');
    const id = created.body.data.createGroup.id;
    expect(await membersOf(id)).toEqual([{ identifier: 'owner@acme.example', level: 'Admin' }]);
    const groups = (await post(`{ groups(howmany: 10, skip: 0) { name } }`)).body.data.groups;
    expect(groups.map((group: { name: string }) => group.name)).toContain('Acme Labs');
    // Another user does not see it.
    expect(codeOf((await post(`{ group(id: ${id}) { id } }`, globex.ownerUserToken)).body)).toBe('NOT_FOUND');

    const github = await post(`mutation { createGroup(groupType: Github, name: "Gh") { id } }`);
    expect(github.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(github.body.errors[0].message).toMatch(/^groupType: /);
    const empty = await post(`mutation { createGroup(groupType: Regular, name: "!!!") { id } }`);
    expect(empty.body.errors[0].message).toMatch(/^name: /);
    expect(codeOf(empty.body)).toBe('BAD_USER_INPUT');
    const taken = await post(`mutation { createGroup(groupType: Regular, name: "acme") { id } }`, viewer);
    expect(codeOf(taken.body)).toBe('CONFLICT');
  });

  it('adds a member by email with a level, and removes them', async () => {
    const add = (email: string, level: string, token?: string) =>
      post(
        `mutation { groupAddUser(accountType: Regular, groupId: ${acme.organization.id}, level: ${level},
          userIdentifier: "${email}") }`,
        token,
      );
    expect((await add('new@acme.example', 'Read')).body).toEqual({ data: { groupAddUser: 'ok' } });
    expect(await membersOf(acme.organization.id)).toContainEqual({ identifier: 'new@acme.example', level: 'Read' });
    expect((await add('new@acme.example', 'Admin')).body.errors).toBeUndefined();
    expect(await membersOf(acme.organization.id)).toContainEqual({ identifier: 'new@acme.example', level: 'Admin' });
    const remove = (email: string, token?: string) =>
      post(
        `mutation { groupDeleteUser(accountType: Regular, groupId: ${acme.organization.id},
          userIdentifier: "${email}") }`,
        token,
      );
    expect((await remove('new@acme.example')).body).toEqual({ data: { groupDeleteUser: 'ok' } });
    const identifiers = (await membersOf(acme.organization.id)).map((m: { identifier: string }) => m.identifier);
    expect(identifiers).not.toContain('new@acme.example');
    expect(codeOf((await remove('new@acme.example')).body)).toBe('NOT_FOUND');
  });

  it('refuses member changes for a bad argument, to a VIEWER and in another organization', async () => {
    const group = acme.organization.id;
    const refusals: [string, string | undefined, string, string | null][] = [
      [
        `groupAddUser(accountType: Regular, groupId: ${group}, level: Read, userIdentifier: "no-at")`,
        undefined,
        'BAD_USER_INPUT',
        'userIdentifier',
      ],
      [
        `groupAddUser(accountType: Github, groupId: ${group}, level: Read, userIdentifier: "a@b.example")`,
        undefined,
        'BAD_USER_INPUT',
        'accountType',
      ],
      [
        `groupDeleteUser(accountType: Google, groupId: ${group}, userIdentifier: "a@b.example")`,
        undefined,
        'BAD_USER_INPUT',
        'accountType',
      ],
      [
        `groupAddUser(accountType: Regular, groupId: ${group}, level: Read, userIdentifier: "a@b.example")`,
        viewer,
        'FORBIDDEN',
        null,
      ],
      [
        `groupDeleteUser(accountType: Regular, groupId: ${group}, userIdentifier: "dev@acme.example")`,
        viewer,
        'FORBIDDEN',
        null,
      ],
      [
        `groupAddUser(accountType: Regular, groupId: ${group}, level: Admin, userIdentifier: "a@b.example")`,
        globex.ownerUserToken,
        'NOT_FOUND',
        null,
      ],
      [
        `groupDeleteUser(accountType: Regular, groupId: ${group}, userIdentifier: "dev@acme.example")`,
        globex.ownerUserToken,
        'NOT_FOUND',
        null,
      ],
    ];
    for (const [mutation, token, code, field] of refusals) {
      const { body, text } = await post(`mutation { ${mutation} }`, token);
      expect(codeOf(body), mutation).toBe(code);
      if (field) expect(body.errors[0].message, mutation).toMatch(new RegExp(`^${field}: `));
      if (code === 'NOT_FOUND') expect(text).not.toContain('acme');
    }
    const identifiers = (await membersOf(group)).map((m: { identifier: string }) => m.identifier);
    expect(identifiers).toContain('dev@acme.example');
    expect(identifiers).not.toContain('a@b.example');
  });

  it('logs in without a credential for a session token this API takes, refusing a wrong password', async () => {
    const login = (password: string) =>
      post(
        `mutation { authentication(identifier: "DEV@acme.example", password: "${password}") { token error } }`,
        null,
      );
    const granted = await login(PASSWORD);
    expect(granted.status).toBe(200);
    expect(granted.body.data.authentication.error).toBeNull();
    const token = granted.body.data.authentication.token;
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const me = await post(`{ user { email } groups(howmany: 5, skip: 0) { name } }`, token);
    expect(me.body).toEqual({ data: { user: { email: 'dev@acme.example' }, groups: [{ name: 'acme' }] } });

    const refused = await login('wrong password');
    expect(refused.body).toEqual({
      data: { authentication: { token: null, error: 'Incorrect identifier or password' } },
    });
    expect(refused.text).not.toContain('wrong password');
  });

  it('takes no credential for anything but the login', async () => {
    const others = [
      `{ user { email } }`,
      `mutation { authentication(identifier: "dev@acme.example", password: "${PASSWORD}") { token } createGroup(
        groupType: Regular, name: "sneaky") { id } }`,
      `mutation { ...f } fragment f on Mutation { createGroup(groupType: Regular, name: "sneaky") { id } }`,
      `mutation { authentication(identifier: "x", password: "y") { token } } query { user { email } }`,
    ];
    for (const query of others) {
      const { status, body } = await post(query, null);
      expect(status, query).toBe(401);
      expect(codeOf(body), query).toBe('UNAUTHENTICATED');
    }
    const groups = (await post(`{ groups(howmany: 100, skip: 0) { name } }`)).body.data.groups;
    expect(groups.map((group: { name: string }) => group.name)).not.toContain('sneaky');
  });
});
