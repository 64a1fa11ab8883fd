import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, findProjectByName } from '../../domain/projects/index.js';
import { issueOrganizationToken, revokeToken, updateOrganizationSettings } from '../../domain/provisioning.js';
import { findProjectTeam, listTeams } from '../../domain/teams/index.js';
import { resolveCredential } from '../../domain/tokens/index.js';
import { assertQodanaSchema, checkEveryQodanaResponse } from '../../../test/support/qodana-spec.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { accessOf, createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

const BASE = '/api/v1/public/organizations';

let harness: TestApp;
let qodanaViolations: string[] = [];
let tenant: Tenant;

beforeAll(async () => {
  harness = await openTestApp((app) => {
    qodanaViolations = checkEveryQodanaResponse(app);
  });
  tenant = await createTenant(harness.store, 'acme');
});
afterAll(() => harness.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The tenant's team with this name, as stored. */
async function findTeamNamed(name: string) {
  return (await listTeams(harness.store.db, tenant.owner, { limit: 1000 })).items.find((team) => team.name === name);
}

function createProjectToken(token: string | undefined, payload: unknown) {
  return harness.app.inject({
    method: 'POST',
    url: `${BASE}/projects`,
    headers: token ? bearer(token) : {},
    payload: payload as object,
  });
}

function expectError(
  response: { statusCode: number; json(): unknown },
  status: number,
  name: string,
  details?: string,
) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as { name: string; details: string };
  assertQodanaSchema('APIError', body);
  expect(body.name).toBe(name);
  if (details !== undefined) expect(body.details).toBe(details);
}

describe('POST /projects', () => {
  it(
    'creates the team and the project (201), then finds them (200), ' + 'each time with a new token of that project',
    async () => {
      const first = await createProjectToken(tenant.adminOrganizationToken, {
        teamName: 'Dev Team A',
        projectName: 'My Awesome Project',
      });
      expect(first.statusCode).toBe(201);
      assertQodanaSchema('ProjectTokenResponse', first.json());
      const again = await createProjectToken(tenant.adminOrganizationToken, {
        teamName: 'Dev Team A',
        projectName: 'My Awesome Project',
      });
      expect(again.statusCode).toBe(200);
      assertQodanaSchema('ProjectTokenResponse', again.json());

      const project = (await findProjectByName(harness.store.db, tenant.owner, 'My Awesome Project'))!;
      expect(project.provider).toBe('gp');
      expect((await findProjectTeam(harness.store.db, tenant.owner, project))?.name).toBe('Dev Team A');
      for (const response of [first, again]) {
        const principal = await resolveCredential(harness.store.db, { secret: response.json().projectToken });
        expect(principal).toMatchObject({
          tokenKind: 'project',
          project: { uuid: project.uuid },
          organization: { id: tenant.organization.id },
        });
      }
      expect(first.json().projectToken).not.toBe(again.json().projectToken);
    },
  );

  it('puts an existing project into a new team (200) and creates a new project in an existing team (201)', async () => {
    // Its own project in its own team, so that it needs no earlier test.
    const created = await createProjectToken(tenant.adminOrganizationToken, {
      teamName: 'Dev Team C',
      projectName: 'Moving Project',
    });
    expect(created.statusCode).toBe(201);
    const existing = await createProjectToken(tenant.adminOrganizationToken, {
      teamName: 'Dev Team B',
      projectName: 'Moving Project',
    });
    expect(existing.statusCode).toBe(200);
    expect(await findTeamNamed('Dev Team B')).toBeDefined();
    const fresh = await createProjectToken(tenant.adminOrganizationToken, {
      teamName: 'Dev Team C',
      projectName: 'Second Project',
    });
    expect(fresh.statusCode).toBe(201);
  });

  it("reads the body JetBrains' curl example sends (JSON with -d, so as a form)", async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: `${BASE}/projects`,
      headers: { ...bearer(tenant.adminOrganizationToken), 'content-type': 'application/x-www-form-urlencoded' },
      payload: '{ "projectName": "Curl Project", "teamName": "Curl Team" }',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().projectToken).toMatch(/^plumb_p_/);
  });

  it.each([
    ['a missing teamName', { projectName: 'P' }, 'teamName'],
    ['a null teamName', { teamName: null, projectName: 'P' }, 'teamName'],
    ['an empty teamName', { teamName: '  ', projectName: 'P' }, 'teamName'],
    ['a missing projectName', { teamName: 'T' }, 'projectName'],
    ['a null projectName', { teamName: 'T', projectName: null }, 'projectName'],
    ['an empty projectName', { teamName: 'T', projectName: '' }, 'projectName'],
  ])('refuses %s with VALIDATION_FAILED', async (_case, payload, field) => {
    const response = await createProjectToken(tenant.adminOrganizationToken, payload);
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(response.json().details).toContain(field);
  });

  it('refuses a body that is not JSON with VALIDATION_FAILED', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: `${BASE}/projects`,
      headers: { ...bearer(tenant.adminOrganizationToken), 'content-type': 'application/json' },
      payload: '{"teamName":',
    });
    expectError(response, 400, 'VALIDATION_FAILED');
  });

  it('answers NO_AUTH (401) without a token', async () => {
    expectError(
      await createProjectToken(undefined, { teamName: 'T', projectName: 'P' }),
      401,
      'NO_AUTH',
      'User is not authorized',
    );
  });

  it('answers NO_PERMISSION (403) for an unknown, a revoked, an expired or a non-organization token', async () => {
    const revoked = await issueOrganizationToken(harness.store.db, tenant.organization.id, { role: 'ADMIN' });
    await revokeToken(harness.store.db, revoked.id);
    const expired = await issueOrganizationToken(harness.store.db, tenant.organization.id, {
      role: 'ADMIN',
      expiresAt: new Date(Date.now() - 1000),
    });
    for (const token of ['plumb_o_unknown', revoked.secret, expired.secret, tenant.ownerUserToken]) {
      expectError(
        await createProjectToken(token, { teamName: 'T', projectName: 'P' }),
        403,
        'NO_PERMISSION',
        'Invalid organization API token',
      );
    }
  });

  it.each(['EDITOR', 'VIEWER', 'BILLING'] as const)(
    'answers NO_PERMISSION (403) to a %s organization token',
    async (role) => {
      const token = await tenant.organizationToken(role);
      const response = await createProjectToken(token, { teamName: 'T', projectName: `${role} project` });
      expectError(response, 403, 'NO_PERMISSION', 'User has no public_api_create_or_get_project_token permission');
      expect(await findProjectByName(harness.store.db, tenant.owner, `${role} project`)).toBeUndefined();
    },
  );

  it('lets an OWNER organization token create projects', async () => {
    const response = await createProjectToken(await tenant.organizationToken('OWNER'), {
      teamName: 'T',
      projectName: 'Owner project',
    });
    expect(response.statusCode).toBe(201);
  });

  it('answers PUBLIC_API_DISABLED (400) while the organization has the public API off', async () => {
    const off = await createTenant(harness.store, 'off');
    await updateOrganizationSettings(harness.store.db, off.organization.id, { publicApiEnabled: false });
    expectError(
      await createProjectToken(off.adminOrganizationToken, { teamName: 'T', projectName: 'P' }),
      400,
      'PUBLIC_API_DISABLED',
      'Public API is disabled',
    );
  });

  it(
    'answers TOO_MANY_PROJECTS_FOR_ORGANIZATION (400) at the project limit, ' +
      'and still returns tokens of existing projects',
    async () => {
      const full = await createTenant(harness.store, 'full');
      await updateOrganizationSettings(harness.store.db, full.organization.id, { projectLimit: 1 });
      await createProject(harness.store.db, await accessOf(harness.store.db, full.ownerUserToken, 'full'), {
        provider: 'g',
        owner: 'full',
        name: 'only',
      });
      const refused = await createProjectToken(full.adminOrganizationToken, {
        teamName: 'T',
        projectName: 'one too many',
      });
      expectError(
        refused,
        400,
        'TOO_MANY_PROJECTS_FOR_ORGANIZATION',
        'Creation of the project failed because of reaching the limit of projects per organization',
      );
      expect(
        (await createProjectToken(full.adminOrganizationToken, { teamName: 'T', projectName: 'only' })).statusCode,
      ).toBe(200);
    },
  );

  it('creates one project when the same new name is asked for concurrently', async () => {
    const responses = await Promise.all(
      [1, 2, 3].map(() =>
        createProjectToken(tenant.adminOrganizationToken, { teamName: 'Race', projectName: 'Raced Project' }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 200, 201]);
  });
});

describe('GET /projects?projectName= and GET /projects/{projectId}', () => {
  const getProject = (url: string, token: string | undefined = tenant.adminOrganizationToken) =>
    harness.app.inject({ method: 'GET', url: `${BASE}${url}`, headers: token ? bearer(token) : {} });

  it('returns the project metadata, by name and by id, with no report before any analysis', async () => {
    await createProjectToken(tenant.adminOrganizationToken, {
      teamName: 'Metadata Team',
      projectName: 'Metadata Project',
    });
    const byName = await getProject(`/projects?projectName=${encodeURIComponent('Metadata Project')}`);
    expect(byName.statusCode).toBe(200);
    assertQodanaSchema('ApiGetProjectResponse', byName.json());
    const team = (await findTeamNamed('Metadata Team'))!;
    const project = (await findProjectByName(harness.store.db, tenant.owner, 'Metadata Project'))!;
    expect(byName.json()).toEqual({
      id: project.uuid,
      name: 'Metadata Project',
      teamId: team.uuid,
      teamName: 'Metadata Team',
      defaultBranchName: 'main',
    });
    const byId = await getProject(`/projects/${project.uuid}`);
    expect(byId.statusCode).toBe(200);
    expect(byId.json()).toEqual(byName.json());
  });

  it('lists a project no team has access to with an empty team', async () => {
    const project = await createProject(harness.store.db, tenant.owner, {
      provider: 'g',
      owner: 'acme',
      name: 'teamless',
    });
    const response = await getProject(`/projects/${project.uuid}`);
    assertQodanaSchema('ApiGetProjectResponse', response.json());
    expect(response.json()).toMatchObject({ teamId: '', teamName: '' });
  });

  it('lets every role read projects, a BILLING token as a VIEWER', async () => {
    // A project of its own to read, so that it needs no earlier test.
    const created = await createProjectToken(tenant.adminOrganizationToken, {
      teamName: 'Readers Team',
      projectName: 'Readable Project',
    });
    expect(created.statusCode).toBe(201);
    for (const role of ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER', 'BILLING'] as const) {
      const response = await getProject(
        '/projects?projectName=Readable%20Project',
        await tenant.organizationToken(role),
      );
      expect(response.statusCode, role).toBe(200);
    }
  });

  it('answers NO_PROJECT (404) for an unknown name or id', async () => {
    expectError(
      await getProject('/projects?projectName=nonexistent-project'),
      404,
      'NO_PROJECT',
      "Project 'nonexistent-project' not found.",
    );
    expectError(await getProject('/projects/proj_999'), 404, 'NO_PROJECT', "Project with ID 'proj_999' not found.");
    expectError(await getProject('/projects/00000000-0000-4000-8000-000000000000'), 404, 'NO_PROJECT');
  });

  it('answers VALIDATION_FAILED (400) for a missing or empty name, or a blank id', async () => {
    expectError(
      await getProject('/projects'),
      400,
      'VALIDATION_FAILED',
      'Invalid projectName: must be a non-empty string.',
    );
    expectError(
      await getProject('/projects?projectName='),
      400,
      'VALIDATION_FAILED',
      'Invalid projectName: must be a non-empty string.',
    );
    expectError(
      await getProject('/projects/%20'),
      400,
      'VALIDATION_FAILED',
      'Invalid projectId: must be a non-empty string.',
    );
  });

  it('answers NO_CREDENTIALS_PROVIDED (401) without a token and NO_PERMISSION (403) with a bad one', async () => {
    expectError(
      await getProject('/projects?projectName=x', ''),
      401,
      'NO_CREDENTIALS_PROVIDED',
      'API token is required.',
    );
    expectError(await getProject('/projects/proj_1', ''), 401, 'NO_CREDENTIALS_PROVIDED', 'API token is required.');
    expectError(
      await getProject('/projects?projectName=x', 'plumb_o_nope'),
      403,
      'NO_PERMISSION',
      'Invalid organization API token',
    );
    expectError(
      await getProject('/projects/proj_1', 'plumb_o_nope'),
      403,
      'NO_PERMISSION',
      'Invalid organization API token',
    );
  });
});

it("sent only responses valid against JetBrains' document, errors included", () => {
  expect(qodanaViolations).toEqual([]);
});
