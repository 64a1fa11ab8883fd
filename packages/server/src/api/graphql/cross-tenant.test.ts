// Every root field served, asked by a caller of another organization: null with a not-found error, never data; and
// the same objects asked by the members who may read them. Key pairs are held to the same scopes as user tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateUser, issueKeyPair, putMembership } from '../../domain/provisioning.js';
import { listAnalyses } from '../../domain/analyses/index.js';
import { requestCompare } from '../../domain/compares/index.js';
import { createProject } from '../../domain/projects/index.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openGraphqlWorld, SHA1, SHA2, type GraphqlWorld } from './world.case.js';

describe(`Codiga's tenancy on ${TEST_DRIVER}`, () => {
  let world: GraphqlWorld;
  /** Root fields that name one object of acme, and what each answers to acme's owner. */
  let acmeObjects: { query: string; field: string }[];

  beforeAll(async () => {
    world = await openGraphqlWorld();
    const { web, second, acme } = world;
    acmeObjects = [
      { query: `{ project(id: ${web.id}) { id name lastAnalysis { id } } }`, field: 'project' },
      { query: `{ project(name: "web") { id } }`, field: 'project' },
      {
        query: `{ analysis(id: ${second.id}) { id violations(howmany: 5, skip: 0) { filename } } }`,
        field: 'analysis',
      },
      {
        query: `{ group(id: ${acme.organization.id}) { id name projects(howmany: 5, skip: 0) { id } } }`,
        field: 'group',
      },
      { query: `{ group(name: "acme") { id } }`, field: 'group' },
      {
        query: `{ analysisDiff(source: ${world.first.id}, target: ${second.id}) { addedViolations { rule } } }`,
        field: 'analysisDiff',
      },
      {
        query: `{ project(id: ${web.id}) { codeReviews(howmany: 5, skip: 0) { id } codeReviewsCount } }`,
        field: 'project',
      },
    ];
  }, 180_000);
  afterAll(() => world.close());

  it("answers each of acme's objects to acme's owner", async () => {
    for (const { query, field } of acmeObjects) {
      const body = (await world.gql(query)).json();
      expect(body.errors, query).toBeUndefined();
      expect(body.data[field], query).not.toBeNull();
    }
  });

  it("answers each of acme's objects to globex's owner as null with NOT_FOUND, and nothing of acme", async () => {
    for (const { query, field } of acmeObjects) {
      const response = await world.gql(query, { token: world.globex.ownerUserToken });
      expect(response.statusCode, query).toBe(200);
      const body = response.json();
      expect(body.data, query).toEqual({ [field]: null });
      expect(body.errors, query).toEqual([
        expect.objectContaining({ path: [field], extensions: { code: 'NOT_FOUND' } }),
      ]);
      expect(response.body).not.toContain('acme');
    }
  });

  it("refuses a code review of acme's project to globex's owner as NOT_FOUND, queuing nothing", async () => {
    const listing = { sortField: 'created_at', sortOrder: 'asc', limit: 100, offset: 0 } as const;
    const count = async () => (await listAnalyses(world.testApp.store.db, world.web, listing)).total;
    const before = await count();
    const mutation = `mutation { createCodeReview(projectId: ${world.web.id}, pullRequest: 1, sourceBranch: "x")
      { id } }`;
    const response = await world.gql(mutation, { token: world.globex.ownerUserToken });
    expect(response.json()).toEqual({
      data: null,
      errors: [expect.objectContaining({ path: ['createCodeReview'], extensions: { code: 'NOT_FOUND' } })],
    });
    expect(response.body).not.toContain('acme');
    expect(await count()).toBe(before);
  });

  it("refuses every project and group mutation on acme's objects to globex's owner as NOT_FOUND", async () => {
    const { web, acme } = world;
    const group = acme.organization.id;
    const mutations: [string, string][] = [
      ['addBranchToProject', `addBranchToProject(id: ${web.id}, branch: "x")`],
      ['removeBranchFromProject', `removeBranchFromProject(id: ${web.id}, branch: "main")`],
      ['changeDefaultBranch', `changeDefaultBranch(id: ${web.id}, branch: "x")`],
      ['updateProjectDescription', `updateProjectDescription(projectId: ${web.id}, description: "x")`],
      ['deleteProject', `deleteProject(id: ${web.id})`],
      ['scheduleAnalysis', `scheduleAnalysis(id: ${web.id}) { id }`],
      ['scheduleAnalysis', `scheduleAnalysis(name: "web") { id }`],
      [
        'createProject',
        `createProject(groupId: ${group}, kind: Git, name: "x", url: "https://git.example.com/x.git", description: "")
          { id }`,
      ],
      ['groupAddUser', `groupAddUser(accountType: Regular, groupId: ${group}, level: Admin, userIdentifier: "e@x.io")`],
      [
        'groupDeleteUser',
        `groupDeleteUser(accountType: Regular, groupId: ${group}, userIdentifier: "owner@acme.example")`,
      ],
    ];
    const before = (await world.gql(`{ project(id: ${web.id}) { name description repository { branches } } }`)).body;
    for (const [field, mutation] of mutations) {
      const response = await world.gql(`mutation { ${mutation} }`, { token: world.globex.ownerUserToken });
      const body = response.json();
      expect(body.errors, mutation).toEqual([
        expect.objectContaining({ path: [field], extensions: { code: 'NOT_FOUND' } }),
      ]);
      expect(response.body, mutation).not.toContain('acme');
    }
    const after = (await world.gql(`{ project(id: ${web.id}) { name description repository { branches } } }`)).body;
    expect(after).toBe(before);
    const members = (await world.gql(`{ group(id: ${group}) { members { identifier } } }`)).json();
    expect(members.data.group.members).toEqual([{ identifier: 'owner@acme.example' }]);
  });

  it("answers a user's file analysis to them alone, and another organization's project as not found", async () => {
    const create = (token: string, projectId: number) =>
      world.gql(
        `mutation { createFileAnalysis(language: Python, filename: "a.py", code: "x = 1", projectId: ${projectId}) }`,
        { token },
      );
    const created = (await create(world.acme.ownerUserToken, world.web.id)).json();
    expect(created.errors).toBeUndefined();
    const read = `{ getFileAnalysis(id: ${created.data.createFileAnalysis}) { filename code } }`;
    expect((await world.gql(read)).json().data.getFileAnalysis).toEqual({ filename: 'a.py', code: 'x = 1' });
    // Another organization's owner, and a colleague of the same organization: the analysis is its author's.
    const colleague = await world.acme.memberUserToken('colleague@acme.example', 'ADMIN');
    for (const token of [world.globex.ownerUserToken, colleague]) {
      const response = await world.gql(read, { token });
      expect(response.json()).toMatchObject({ data: null, errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      expect(response.body).not.toContain('x = 1');
    }
    const foreign = (await create(world.globex.ownerUserToken, world.web.id)).json();
    expect(foreign).toMatchObject({ data: null, errors: [{ message: 'project not found' }] });
  });

  it("lists only the caller's own groups and projects, and the caller as user", async () => {
    const query = `{ user { email ownedProjects { name } numberOfOwnedProjects }
      projects(howmany: 100, skip: 0) { name } groups(howmany: 100, skip: 0) { name members { identifier } } }`;
    const globex = (await world.gql(query, { token: world.globex.ownerUserToken })).json();
    expect(globex.data).toEqual({
      user: { email: 'owner@globex.example', ownedProjects: [{ name: 'site' }], numberOfOwnedProjects: 1 },
      projects: [{ name: 'site' }],
      groups: [{ name: world.globex.organization.name, members: [{ identifier: 'owner@globex.example' }] }],
    });
  });

  it('gives a member of both organizations both, and a billing member none of the projects', async () => {
    const db = world.testApp.store.db;
    const consultant = await world.acme.memberUserToken('consultant@example.com', 'VIEWER');
    const { user } = await findOrCreateUser(db, { email: 'consultant@example.com' });
    await putMembership(db, world.globex.organization.id, user.id, 'VIEWER');
    const both = (await world.gql('{ projects(howmany: 10, skip: 0) { name } }', { token: consultant })).json();
    expect(both.data.projects).toEqual([{ name: 'web' }, { name: 'site' }]);
    const billing = await world.acme.memberUserToken('billing@acme.example', 'BILLING');
    const none = await world.gql(`{ project(id: ${world.web.id}) { name } }`, { token: billing });
    expect(none.json().errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('takes a key pair as its user, and refuses a secret key with another access key or alone', async () => {
    const db = world.testApp.store.db;
    const { user } = await findOrCreateUser(db, { email: 'owner@acme.example' });
    const pair = await issueKeyPair(db, user.id);
    const other = await issueKeyPair(db, user.id);
    const ask = (headers: Record<string, string>) =>
      world.gql(`{ project(id: ${world.web.id}) { name } }`, { token: null, headers });
    const good = await ask({ 'x-access-key': pair.accessKey, 'x-secret-key': pair.secret });
    expect(good.json()).toEqual({ data: { project: { name: 'web' } } });
    const crossed = await ask({ 'x-access-key': other.accessKey, 'x-secret-key': pair.secret });
    expect(crossed.statusCode).toBe(401);
    const alone = await ask({ 'x-api-token': pair.secret });
    expect(alone.statusCode).toBe(401);
    const globexProject = await world.gql(`{ project(id: ${world.site.id}) { name } }`, {
      token: null,
      headers: { 'x-access-key': pair.accessKey, 'x-secret-key': pair.secret },
    });
    expect(globexProject.json()).toMatchObject({
      data: { project: null },
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it("answers acme's comparison to globex's owner as NOT_FOUND, and refuses it a comparison of acme's", async () => {
    const db = world.testApp.store.db;
    const gitUrl = 'https://git.example.com/acme/lib.git';
    const lib = await createProject(db, world.acme.owner, { provider: 'gp', name: 'lib', gitUrl });
    const { compare } = await requestCompare(
      db,
      world.testApp.queue,
      world.acme.owner.principal,
      {
        projectId: lib.id,
        sourceRevision: SHA1,
        targetUrl: gitUrl,
        targetRevision: SHA2,
      },
      () => {
        throw new Error('no password to seal');
      },
    );
    const query = `{ analysisCompare(id: ${compare.id}) { id sourceAnalysis { id } targetAnalysis { id } } }`;
    const mine = (await world.gql(query)).json();
    expect(mine.errors).toBeUndefined();
    expect(mine.data.analysisCompare.id).toBe(compare.id);
    const theirs = await world.gql(query, { token: world.globex.ownerUserToken });
    expect(theirs.json()).toEqual({
      data: { analysisCompare: null },
      errors: [expect.objectContaining({ path: ['analysisCompare'], extensions: { code: 'NOT_FOUND' } })],
    });
    expect(theirs.body).not.toContain('acme');
    const listing = { sortField: 'created_at', sortOrder: 'asc', limit: 100, offset: 0 } as const;
    const before = (await listAnalyses(db, lib, listing)).total;
    const mutation = `mutation { createCompareAnalysis(projectId: ${lib.id}, targetUrl: "${gitUrl}", targetKind: Git)
      { id } }`;
    const refused = await world.gql(mutation, { token: world.globex.ownerUserToken });
    expect(refused.json()).toEqual({
      data: { createCompareAnalysis: null },
      errors: [expect.objectContaining({ path: ['createCompareAnalysis'], extensions: { code: 'NOT_FOUND' } })],
    });
    expect(refused.body).not.toContain('acme');
    expect((await listAnalyses(db, lib, listing)).total).toBe(before);
  });
});
