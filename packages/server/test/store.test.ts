import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/crypto/password.js';
import { personalAccess, type OrganizationAccess, type PersonalAccess } from '../src/domain/access/index.js';
import { createConfig } from '../src/domain/configs/index.js';
import { Conflict, Invalid, LimitReached } from '../src/domain/errors.js';
import { addRepository, createProject, listProjects } from '../src/domain/projects/index.js';
import {
  bootstrapOrganization,
  createOrganization,
  findOrCreateUser,
  issueUserToken,
  updateOrganizationSettings,
} from '../src/domain/provisioning.js';
import { addTeamMemberByEmail, createTeam, findTeam, listTeams, putTeamPermission } from '../src/domain/teams/index.js';
import { resolveCredential } from '../src/domain/tokens/index.js';
import {
  applyMigrations,
  inTransaction,
  listMigrations,
  pendingMigrations,
  rowsOf,
  schema,
  type Store,
} from '../src/store/index.js';
import { accessOf } from './support/tenant-fixture.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

// The store conformance suite: the same cases on PGlite (npm test) and on PostgreSQL (npm run test:pg).
describe(`store on ${TEST_DRIVER}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store.close());

  /** A new organization with an owner, and the owner's access to it, resolved from their token. */
  async function ownedOrganization(slug: string): Promise<OrganizationAccess> {
    const { userToken } = await bootstrapOrganization(store.db, { slug, email: `owner@${slug}.test` });
    return accessOf(store.db, userToken, slug);
  }

  /** The user's own scope (their repositories and configurations), resolved from a token of theirs. */
  async function personalAccessOf(userId: number): Promise<PersonalAccess> {
    const principal = await resolveCredential(store.db, { secret: (await issueUserToken(store.db, userId)).secret });
    return personalAccess(principal!);
  }

  it('applies every committed migration once, and again is a no-op', async () => {
    expect(await pendingMigrations(store.db)).toEqual([]);
    expect(await applyMigrations(store.db)).toEqual([]);
    const applied = rowsOf<{ tag: string }>(await store.db.execute(sql`select tag from plumb_migrations order by tag`));
    expect(applied.map((row) => row.tag)).toEqual(await listMigrations());
  });

  it('rolls a transaction back entirely when its work throws', async () => {
    await expect(
      inTransaction(store.db, async (tx) => {
        await createOrganization(tx, { slug: 'rolled-back' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await store.db
      .select()
      .from(schema.organizations)
      .where(sql`slug = 'rolled-back'`);
    expect(rows).toEqual([]);
  });

  it('commits a transaction as a whole', async () => {
    await inTransaction(store.db, async (tx) => {
      await createOrganization(tx, { slug: 'committed' });
      await findOrCreateUser(tx, { email: 'committed@example.com' });
    });
    expect(
      await store.db
        .select()
        .from(schema.organizations)
        .where(sql`slug = 'committed'`),
    ).toHaveLength(1);
  });

  it('keeps emails unique regardless of case', async () => {
    const first = await findOrCreateUser(store.db, { email: 'Case@Example.com', displayName: 'Case' });
    const second = await findOrCreateUser(store.db, { email: 'case@EXAMPLE.com' });
    expect(first.created).toBe(true);
    expect(second).toEqual({ user: first.user, created: false });
    await expect(
      store.db
        .insert(schema.users)
        .values({ email: 'CASE@example.com', emailKey: 'case@example.com', displayName: 'x' }),
    ).rejects.toThrow();
  });

  it('gives invited users an invitation id', async () => {
    const { user } = await findOrCreateUser(store.db, { email: 'invitee@example.com', status: 'invited' });
    expect(user.status).toBe('invited');
    expect(user.invitationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the field of bad input', async () => {
    await expect(createOrganization(store.db, { slug: 'Not A Slug' })).rejects.toMatchObject({ field: 'slug' });
    await expect(findOrCreateUser(store.db, { email: 'nope' })).rejects.toBeInstanceOf(Invalid);
    await createOrganization(store.db, { slug: 'taken' });
    await expect(createOrganization(store.db, { slug: 'taken' })).rejects.toBeInstanceOf(Conflict);
  });

  it('refuses a project past the organization limit and keeps the ones it has', async () => {
    const access = await ownedOrganization('limited');
    const owner = {
      ...access,
      organization: await updateOrganizationSettings(store.db, access.organization.id, { projectLimit: 1 }),
    };
    await createProject(store.db, owner, { provider: 'g', owner: 'acme', name: 'one' });
    await expect(createProject(store.db, owner, { provider: 'g', owner: 'acme', name: 'two' })).rejects.toBeInstanceOf(
      LimitReached,
    );
    const { items } = await listProjects(store.db, owner, {}, { limit: 1000 });
    expect(items.map((project) => project.name)).toEqual(['one']);
  });

  it('treats the same repository identity twice in one organization as a conflict', async () => {
    const owner = await ownedOrganization('dupes');
    await createProject(store.db, owner, { provider: 'gp', name: 'plain' });
    await expect(createProject(store.db, owner, { provider: 'gp', name: 'plain' })).rejects.toBeInstanceOf(Conflict);
    await expect(createProject(store.db, owner, { provider: 'svn', name: 'x' })).rejects.toMatchObject({
      field: 'provider',
    });
  });

  it('stores named YAML configs for an organization or a user, never both', async () => {
    const owner = await ownedOrganization('configured');
    const config = await createConfig(store.db, owner, { name: 'default', yaml: 'exclude:\n  - vendor/**\n' });
    expect(config.yaml).toContain('vendor/**');
    await expect(createConfig(store.db, owner, { name: 'bad', yaml: 'a: [' })).rejects.toMatchObject({
      field: 'yaml',
    });
    await expect(
      store.db
        .insert(schema.configs)
        .values({ organizationId: owner.organization.id, userId: null, name: 'default', yaml: '' }),
    ).rejects.toThrow();
  });

  it('enforces the role vocabulary in the database itself', async () => {
    const organization = await createOrganization(store.db, { slug: 'roles' });
    const { user } = await findOrCreateUser(store.db, { email: 'roles@example.com' });
    await expect(
      store.db.execute(
        sql`insert into memberships (organization_id, user_id, role) values (${organization.id}, ${user.id}, 'GOD')`,
      ),
    ).rejects.toThrow();
  });

  it('keeps teams with their members and per-project access, scoped to their organization', async () => {
    const owner = await ownedOrganization('teamed');
    const other = await ownedOrganization('other-teamed');
    const project = await createProject(store.db, owner, { provider: 'g', owner: 'teamed', name: 'api' });
    const foreignProject = await createProject(store.db, other, { provider: 'g', owner: 'other', name: 'api' });
    const team = await createTeam(store.db, owner, { name: 'Backend' });
    await createTeam(store.db, owner, { name: 'Alpha' });
    await addTeamMemberByEmail(store.db, owner, team, 'dev@teamed.test');
    await addTeamMemberByEmail(store.db, owner, team, 'dev@teamed.test');
    await putTeamPermission(store.db, owner, team, project, 'developer');
    await putTeamPermission(store.db, owner, team, project, 'admin');
    expect((await listTeams(store.db, owner, { limit: 100 })).items.map((row) => row.name)).toEqual([
      'Alpha',
      'Backend',
    ]);
    expect(
      await store.db
        .select()
        .from(schema.teamMembers)
        .where(sql`team_id = ${team.id}`),
    ).toHaveLength(1);
    const access = await store.db
      .select()
      .from(schema.teamProjects)
      .where(sql`team_id = ${team.id}`);
    expect(access.map((row) => row.access)).toEqual(['admin']);
    await expect(putTeamPermission(store.db, owner, team, project, 'owner')).rejects.toMatchObject({
      field: 'access',
    });
    await expect(putTeamPermission(store.db, owner, team, foreignProject, 'view')).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(findTeam(store.db, other, team.uuid)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('hashes passwords with scrypt and verifies them', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('wrong', stored)).toBe(false);
    const { user } = await findOrCreateUser(store.db, { email: 'login@example.com', password: 'secret-pass' });
    expect(await verifyPassword('secret-pass', user.passwordHash!)).toBe(true);
  });

  it("keeps users' own repositories apart: two users may each add the same one, one user not twice", async () => {
    const identity = { provider: 'g' as const, instance: '', owner: 'shared', name: 'web' };
    const alice = (await findOrCreateUser(store.db, { email: 'alice@personal.test' })).user;
    const bob = (await findOrCreateUser(store.db, { email: 'bob@personal.test' })).user;
    const asAlice = await personalAccessOf(alice.id);
    const first = await addRepository(store.db, asAlice, {
      identity,
      gitUrl: 'https://github.com/shared/web.git',
    });
    const second = await addRepository(store.db, await personalAccessOf(bob.id), {
      identity,
      gitUrl: 'https://github.com/shared/web.git',
    });
    expect(first.id).not.toBe(second.id);
    await expect(
      addRepository(store.db, asAlice, { identity, gitUrl: 'https://github.com/shared/web.git' }),
    ).rejects.toBeInstanceOf(Conflict);
  });
});
