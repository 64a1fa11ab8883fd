import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationAccess } from '../src/domain/access/index.js';
import { findConfigsByIds, createConfig } from '../src/domain/configs/index.js';
import { Forbidden, Invalid } from '../src/domain/errors.js';
import { findMembersByUserIds, listMembers, putMemberByEmail } from '../src/domain/orgs/index.js';
import { encodeCursor, type Page, type PageRequest } from '../src/domain/paging.js';
import { createProject, findProjectsByIds, listProjects } from '../src/domain/projects/index.js';
import { bootstrapOrganization, findOrCreateUser, issueUserToken, putMembership } from '../src/domain/provisioning.js';
import { createTeam, findTeamsByIds, listTeams } from '../src/domain/teams/index.js';
import type { Store } from '../src/store/index.js';
import { accessOf } from './support/tenant-fixture.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

// The domain's shared shapes, on PGlite (npm test) and on PostgreSQL (npm run test:pg): keyset pages, batch
// lookups by id, and the role check every operation makes itself.
describe(`domain on ${TEST_DRIVER}`, () => {
  let store: Store;
  let acme: OrganizationAccess;
  let rival: OrganizationAccess;
  let acmeViewer: OrganizationAccess;

  /** Names whose byte order differs from a natural-language collation's: case, punctuation, accents. */
  const NAMES = ['beta', 'Alpha', 'alpha', 'a-b', 'a_b', 'ab', 'Zed', 'zéta', 'zeta', 'a b', 'B', '_x', '1st'];

  async function ownedOrganization(slug: string): Promise<OrganizationAccess> {
    const { userToken } = await bootstrapOrganization(store.db, { slug, email: `owner@${slug}.test` });
    return accessOf(store.db, userToken, slug);
  }

  async function everyPage<T>(list: (page: PageRequest) => Promise<Page<T>>, limit: number): Promise<T[]> {
    const items: T[] = [];
    let after: string | undefined;
    do {
      const page = await list({ limit, ...(after ? { after } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      after = page.nextCursor;
    } while (after);
    return items;
  }

  beforeAll(async () => {
    store = await openTestStore();
    acme = await ownedOrganization('acme');
    rival = await ownedOrganization('rival');
    for (const name of NAMES) {
      await createTeam(store.db, acme, { name });
      await createProject(store.db, acme, { provider: 'g', owner: 'acme', name });
    }
    await createTeam(store.db, rival, { name: 'rival team' });
    const { user } = await findOrCreateUser(store.db, { email: 'viewer@acme.test' });
    await putMembership(store.db, acme.organization.id, user.id, 'VIEWER');
    acmeViewer = await accessOf(store.db, (await issueUserToken(store.db, user.id)).secret, 'acme');
  });
  afterAll(async () => store.close());

  const byteOrder = (names: string[]) =>
    [...names].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));

  it(
    'walks a list page by page with cursors: ' + 'every item once, in byte order, the last page without a cursor',
    async () => {
      for (const limit of [1, 2, 5, NAMES.length, 100]) {
        const teams = await everyPage((page) => listTeams(store.db, acme, page), limit);
        expect(teams.map((team) => team.name)).toEqual(byteOrder(NAMES));
      }
    },
  );

  it('gives the same order by offset as by cursor, with the total of every page', async () => {
    const whole = await listProjects(store.db, acme, {}, { limit: 100 });
    expect(whole.total).toBe(NAMES.length);
    expect(whole.nextCursor).toBeUndefined();
    const third = await listProjects(store.db, acme, {}, { limit: 4, offset: 8 });
    expect(third.items.map((project) => project.name)).toEqual(whole.items.slice(8, 12).map((project) => project.name));
    expect(third.total).toBe(NAMES.length);
  });

  it('filters before paging, and counts only what matches', async () => {
    const page = await listProjects(store.db, acme, { search: 'A_' }, { limit: 10 });
    expect(page.items.map((project) => project.name)).toEqual(['a_b']);
    expect(page.total).toBe(1);
  });

  it('pages descending when the list is asked for it', async () => {
    await putMemberByEmail(store.db, acme, { email: 'b@acme.test', chooseRole: () => 'EDITOR' });
    const members = await everyPage((page) => listMembers(store.db, acme, { order: 'desc' }, page), 1);
    const emails = members.map((member) => member.user.emailKey);
    expect(emails).toEqual(byteOrder(emails).reverse());
    expect(emails).toHaveLength(3);
  });

  it('refuses a cursor it did not make, naming the cursor', async () => {
    for (const forged of ['not-a-cursor', encodeCursor(['x']), encodeCursor(['x', -1]), encodeCursor(['a\u0000', 1])]) {
      await expect(listTeams(store.db, acme, { limit: 2, after: forged })).rejects.toThrow(Invalid);
      await expect(listTeams(store.db, acme, { limit: 2, after: forged })).rejects.toThrow(/^cursor: /);
    }
  });

  it('looks many objects up by id at once, leaving out ids of another organization', async () => {
    const acmeTeams = (await listTeams(store.db, acme, { limit: 3 })).items;
    const rivalTeam = (await listTeams(store.db, rival, { limit: 1 })).items[0]!;
    const found = await findTeamsByIds(store.db, acme, [...acmeTeams.map((team) => team.id), rivalTeam.id, 999_999]);
    expect([...found.keys()].sort()).toEqual(acmeTeams.map((team) => team.id).sort());
    const projects = (await listProjects(store.db, acme, {}, { limit: 2 })).items;
    expect(
      (
        await findProjectsByIds(
          store.db,
          rival,
          projects.map((project) => project.id),
        )
      ).size,
    ).toBe(0);
    expect(
      (
        await findProjectsByIds(
          store.db,
          acme,
          projects.map((project) => project.id),
        )
      ).size,
    ).toBe(2);
    const config = await createConfig(store.db, acme, { name: 'shared', yaml: 'a: 1\n' });
    expect([...(await findConfigsByIds(store.db, acme, [config.id])).keys()]).toEqual([config.id]);
    expect((await findConfigsByIds(store.db, rival, [config.id])).size).toBe(0);
  });

  it('shows invitation links in member lookups only to those who manage members', async () => {
    const invited = await putMemberByEmail(store.db, acme, { email: 'new@acme.test', chooseRole: () => 'VIEWER' });
    expect(invited.user.invitationId).not.toBeNull();
    const asOwner = await findMembersByUserIds(store.db, acme, [invited.user.id]);
    const asViewer = await findMembersByUserIds(store.db, acmeViewer, [invited.user.id]);
    expect(asOwner.get(invited.user.id)?.user.invitationId).toBe(invited.user.invitationId);
    expect(asViewer.get(invited.user.id)?.user.invitationId).toBeNull();
    const listed = await everyPage((page) => listMembers(store.db, acmeViewer, {}, page), 10);
    expect(listed.every((member) => member.user.invitationId === null)).toBe(true);
  });

  it('checks the role itself: a viewer reads but may not change', async () => {
    expect((await listTeams(store.db, acmeViewer, { limit: 1 })).total).toBe(NAMES.length);
    await expect(createTeam(store.db, acmeViewer, { name: 'nope' })).rejects.toThrow(Forbidden);
    await expect(createProject(store.db, acmeViewer, { provider: 'g', name: 'nope' })).rejects.toThrow(Forbidden);
    await expect(createConfig(store.db, acmeViewer, { name: 'nope', yaml: '' })).rejects.toThrow(Forbidden);
  });
});
