import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/crypto/password.js';
import {
  addRepository,
  addTeamMember,
  Conflict,
  createTeam,
  getTeam,
  listTeams,
  putTeamProjectAccess,
  createConfig,
  createOrganization,
  createProject,
  findOrCreateUser,
  Invalid,
  LimitReached,
  listOrganizationProjects,
  updateOrganizationSettings,
} from '../src/domain/index.js';
import {
  applyMigrations,
  inTransaction,
  listMigrations,
  pendingMigrations,
  rowsOf,
  schema,
  type Store,
} from '../src/store/index.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

// The store conformance suite: the same cases on PGlite (npm test) and on PostgreSQL (npm run test:pg).
describe(`store on ${TEST_DRIVER}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store.close());

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
    await expect(createOrganization(store.db, { slug: 'committed' })).rejects.toBeInstanceOf(Conflict);
  });

  it('refuses a project past the organization limit and keeps the ones it has', async () => {
    const organization = await updateOrganizationSettings(
      store.db,
      (await createOrganization(store.db, { slug: 'limited' })).id,
      { projectLimit: 1 },
    );
    await createProject(store.db, organization, { provider: 'g', owner: 'acme', name: 'one' });
    await expect(
      createProject(store.db, organization, { provider: 'g', owner: 'acme', name: 'two' }),
    ).rejects.toBeInstanceOf(LimitReached);
    expect((await listOrganizationProjects(store.db, organization.id)).map((project) => project.name)).toEqual(['one']);
  });

  it('treats the same repository identity twice in one organization as a conflict', async () => {
    const organization = await createOrganization(store.db, { slug: 'dupes' });
    await createProject(store.db, organization, { provider: 'gp', name: 'plain' });
    await expect(createProject(store.db, organization, { provider: 'gp', name: 'plain' })).rejects.toBeInstanceOf(
      Conflict,
    );
    await expect(createProject(store.db, organization, { provider: 'svn', name: 'x' })).rejects.toMatchObject({
      field: 'provider',
    });
  });

  it('stores named YAML configs for an organization or a user, never both', async () => {
    const organization = await createOrganization(store.db, { slug: 'configured' });
    const config = await createConfig(
      store.db,
      { organizationId: organization.id },
      { name: 'default', yaml: 'exclude:\n  - vendor/**\n' },
    );
    expect(config.yaml).toContain('vendor/**');
    await expect(
      createConfig(store.db, { organizationId: organization.id }, { name: 'bad', yaml: 'a: [' }),
    ).rejects.toMatchObject({ field: 'yaml' });
    await expect(
      store.db
        .insert(schema.configs)
        .values({ organizationId: organization.id, userId: null, name: 'default', yaml: '' }),
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
    const organization = await createOrganization(store.db, { slug: 'teamed' });
    const other = await createOrganization(store.db, { slug: 'other-teamed' });
    const project = await createProject(store.db, organization, { provider: 'g', owner: 'teamed', name: 'api' });
    const foreignProject = await createProject(store.db, other, { provider: 'g', owner: 'other', name: 'api' });
    const team = await createTeam(store.db, organization.id, { name: 'Backend' });
    await createTeam(store.db, organization.id, { name: 'Alpha' });
    const { user } = await findOrCreateUser(store.db, { email: 'dev@teamed.test' });
    await addTeamMember(store.db, team, user.id);
    await addTeamMember(store.db, team, user.id);
    await putTeamProjectAccess(store.db, team, project, 'developer');
    await putTeamProjectAccess(store.db, team, project, 'admin');
    expect((await listTeams(store.db, organization.id)).map((row) => row.name)).toEqual(['Alpha', 'Backend']);
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
    await expect(putTeamProjectAccess(store.db, team, project, 'owner')).rejects.toMatchObject({ field: 'access' });
    await expect(putTeamProjectAccess(store.db, team, foreignProject, 'view')).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(getTeam(store.db, other.id, team.uuid)).rejects.toMatchObject({ kind: 'not_found' });
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
    const first = await addRepository(store.db, null, alice.id, {
      identity,
      gitUrl: 'https://github.com/shared/web.git',
    });
    const second = await addRepository(store.db, null, bob.id, {
      identity,
      gitUrl: 'https://github.com/shared/web.git',
    });
    expect(first.id).not.toBe(second.id);
    await expect(
      addRepository(store.db, null, alice.id, { identity, gitUrl: 'https://github.com/shared/web.git' }),
    ).rejects.toBeInstanceOf(Conflict);
  });
});
