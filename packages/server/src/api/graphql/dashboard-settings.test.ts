// The settings pages' GraphQL extensions over HTTP (sdl-plumb-settings.ts): members, tokens, API keys, the gate and
// its waivers, with the role matrix: a VIEWER is refused what only OWNER and ADMIN may do, another organization is
// NOT_FOUND. PGlite under `npm test`, PostgreSQL with PLUMB_TEST_PG_URL.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../store/index.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

let testApp: TestApp;
let acme: Tenant;
let globex: Tenant;
let viewer: string;
let admin: string;

beforeAll(async () => {
  testApp = await openTestApp();
  acme = await createTenant(testApp.store, 'acme');
  globex = await createTenant(testApp.store, 'globex');
  viewer = await acme.memberUserToken('vera@acme.example', 'VIEWER');
  admin = await acme.memberUserToken('adam@acme.example', 'ADMIN');
}, 180_000);
afterAll(() => testApp?.close());

interface Answer {
  status: number;
  data: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: { message: string; extensions: { code: string } }[];
  raw: string;
}

async function post(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'x-api-token': token },
    payload: { query, variables },
  });
  const body = response.json();
  return { status: response.statusCode, data: body.data, errors: body.errors, raw: response.body };
}

const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions.code;

const CREATE_KEY = `mutation($org: String!, $name: String!, $role: String, $expiresAt: String) {
  plumbCreateApiKey(organization: $org, name: $name, role: $role, expiresAt: $expiresAt) {
    secret key { id name role createdAt lastUsedAt expiresAt revokedAt }
  }
}`;
const LIST_KEYS = 'query($org: String!) { plumbApiKeys(organization: $org) { id name role lastUsedAt revokedAt } }';
const REVOKE_KEY =
  'mutation($org: String!, $id: Long!) { plumbRevokeApiKey(organization: $org, id: $id) { revokedAt } }';
const GATE = `query($org: String!) { plumbGateConfig(organization: $org) {
  enabled blockMergeOnFail appliesToNewCodeOnly version configured
  policy { new_critical_max new_high_max duplication_pct_max complexity_new_max rating_min new_coverage_min }
} }`;
const SAVE_GATE = `mutation($org: String!, $config: PlumbGateConfigInput!) {
  plumbSaveGateConfig(organization: $org, config: $config) {
    version appliesToNewCodeOnly policy { new_critical_max rating_min }
  }
}`;
const CREATE_WAIVER = `mutation($org: String!, $waiver: PlumbNewWaiver!) {
  plumbCreateWaiver(organization: $org, waiver: $waiver) { id rule reason projectId expiresAt revokedAt }
}`;
const WAIVERS = `query($org: String!, $expired: Boolean, $revoked: Boolean) {
  plumbWaivers(organization: $org, includeExpired: $expired, includeRevoked: $revoked) { id rule expiresAt revokedAt }
}`;
const REVOKE_WAIVER =
  'mutation($org: String!, $id: Long!) { plumbRevokeWaiver(organization: $org, id: $id) { id revokedAt } }';
const MEMBERS = 'query($org: String!) { plumbMembers(organization: $org) { uuid email role status } }';
const PUT_MEMBER = `mutation($org: String!, $email: String!, $role: String!) {
  plumbPutMember(organization: $org, email: $email, role: $role) { uuid email role status }
}`;
const REMOVE_MEMBER = 'mutation($org: String!, $uuid: String!) { plumbRemoveMember(organization: $org, uuid: $uuid) }';

describe('API keys and user tokens', () => {
  it('creates a key whose secret is answered once, lists it without it, revokes it; the key then fails', async () => {
    const created = await post(acme.ownerUserToken, CREATE_KEY, { org: 'acme', name: 'ci', role: 'EDITOR' });
    expect(created.errors).toBeUndefined();
    const { secret, key } = created.data!.plumbCreateApiKey;
    expect(secret).toMatch(/^ch_[0-9a-f]{64}$/);
    expect(key).toMatchObject({ name: 'ci', role: 'EDITOR', lastUsedAt: null, revokedAt: null });

    // The key works against CodeStax's API, which then records its use.
    const used = await testApp.app.inject({
      method: 'GET',
      url: '/api/quality/gates/config',
      headers: { 'x-api-key': secret },
    });
    expect(used.statusCode).toBe(200);
    const listed = await post(admin, LIST_KEYS, { org: 'acme' });
    expect(listed.raw).not.toContain(secret);
    expect(listed.data!.plumbApiKeys).toEqual([
      expect.objectContaining({
        id: key.id,
        name: 'ci',
        role: 'EDITOR',
        revokedAt: null,
        lastUsedAt: expect.any(String),
      }),
    ]);

    const revoked = await post(acme.ownerUserToken, REVOKE_KEY, { org: 'acme', id: key.id });
    expect(revoked.data!.plumbRevokeApiKey.revokedAt).toEqual(expect.any(String));
    const refused = await testApp.app.inject({
      method: 'GET',
      url: '/api/quality/gates/config',
      headers: { 'x-api-key': secret },
    });
    expect(refused.statusCode).toBe(401);
    expect(codeOf(await post(acme.ownerUserToken, REVOKE_KEY, { org: 'acme', id: key.id }))).toBe('NOT_FOUND');
  });

  it('names the field of a bad name, role or expiry', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ name: '' }, /^name: /],
      [{ name: 'x', role: 'OWNER' }, /^role: expected one of ADMIN, EDITOR, VIEWER/],
      [{ name: 'x', expiresAt: 'soon' }, /^expiresAt: expected an ISO-8601/],
      [{ name: 'x', expiresAt: '2001-01-01T00:00:00Z' }, /^expires_at: expected a time in the future/],
    ];
    for (const [variables, message] of cases) {
      const answer = await post(acme.ownerUserToken, CREATE_KEY, { org: 'acme', ...variables });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toMatch(message);
    }
  });

  it("lists the caller's own user tokens with their last use, never a secret", async () => {
    const created = await post(viewer, 'mutation { createApiToken(description: "laptop") }');
    const secret = created.data!.createApiToken as string;
    await post(secret, '{ __typename }');
    const mine = await post(viewer, '{ plumbUserTokens { id name createdAt lastUsedAt } }');
    expect(mine.raw).not.toContain(secret);
    expect(mine.data!.plumbUserTokens).toEqual([
      expect.objectContaining({ name: '' }),
      expect.objectContaining({ name: 'laptop', lastUsedAt: expect.any(String) }),
    ]);
    const others = await post(admin, '{ plumbUserTokens { name } }');
    expect(others.data!.plumbUserTokens.map((token: { name: string }) => token.name)).not.toContain('laptop');
  });
});

describe('the quality gate and its waivers', () => {
  it('reads the defaults, saves every policy key, and names the key of a bad value', async () => {
    const defaults = await post(viewer, GATE, { org: 'acme' });
    expect(defaults.data!.plumbGateConfig).toMatchObject({
      configured: false,
      version: 0,
      policy: { new_critical_max: 0 },
    });
    const policy = {
      new_critical_max: 1,
      new_high_max: 4,
      duplication_pct_max: 5.5,
      complexity_new_max: 20,
      rating_min: 'B',
      new_coverage_min: 60,
    };
    const saved = await post(admin, SAVE_GATE, { org: 'acme', config: { appliesToNewCodeOnly: false, policy } });
    expect(saved.data!.plumbSaveGateConfig).toEqual({
      version: 1,
      appliesToNewCodeOnly: false,
      policy: { new_critical_max: 1, rating_min: 'B' },
    });
    expect((await post(viewer, GATE, { org: 'acme' })).data!.plumbGateConfig).toMatchObject({
      configured: true,
      policy,
    });

    for (const [bad, message] of [
      [{ new_critical_max: 1.5 }, 'policy.new_critical_max: expected an integer of at least 0'],
      [{ duplication_pct_max: 101 }, 'policy.duplication_pct_max: expected a number from 0 to 100'],
      [{ rating_min: 'F' }, 'policy.rating_min: expected one of A, B, C, D, E'],
      [{ complexity_new_max: 0 }, 'policy.complexity_new_max: expected an integer of at least 1'],
    ] as const) {
      const answer = await post(admin, SAVE_GATE, { org: 'acme', config: { policy: { ...policy, ...bad } } });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toBe(message);
    }
    expect((await post(viewer, GATE, { org: 'acme' })).data!.plumbGateConfig.version).toBe(1);
  });

  it('creates waivers with an expiry, lists expired and revoked ones on demand, and revokes one', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const created = await post(admin, CREATE_WAIVER, {
      org: 'acme',
      waiver: { rule: 'new_critical_max', reason: 'hotfix week', expiresAt: future },
    });
    expect(created.data!.plumbCreateWaiver).toMatchObject({
      rule: 'new_critical_max',
      projectId: null,
      expiresAt: future,
    });
    const past = await post(admin, CREATE_WAIVER, {
      org: 'acme',
      waiver: { rule: 'new_high_max', reason: 'old', expiresAt: '2020-01-01T00:00:00.000Z' },
    });
    const rules = async (variables: Record<string, unknown>) =>
      (await post(viewer, WAIVERS, { org: 'acme', ...variables })).data!.plumbWaivers.map(
        (w: { rule: string }) => w.rule,
      );
    expect(await rules({})).toEqual(['new_critical_max']);
    expect(await rules({ expired: true })).toEqual(['new_high_max', 'new_critical_max']);

    const id = created.data!.plumbCreateWaiver.id;
    expect((await post(admin, REVOKE_WAIVER, { org: 'acme', id })).data!.plumbRevokeWaiver.revokedAt).toEqual(
      expect.any(String),
    );
    expect(await rules({})).toEqual([]);
    expect(await rules({ revoked: true, expired: true })).toHaveLength(2);
    expect(past.errors).toBeUndefined();

    for (const [waiver, message] of [
      [{ rule: 'speed', reason: 'x' }, /^rule: expected one of new_critical_max/],
      [{ rule: 'new_high_max', reason: 'x', projectId: 999999 }, /^project not found/],
      [{ rule: 'new_high_max', reason: 'x', pullRequest: 3 }, /^pullRequest: a pull request needs its repo_id/],
      [{ rule: 'new_high_max', reason: 'x', expiresAt: 'tomorrow' }, /^expiresAt: expected an ISO-8601/],
    ] as const) {
      const answer = await post(admin, CREATE_WAIVER, { org: 'acme', waiver });
      expect(answer.errors![0]!.message).toMatch(message);
    }
  });
});

describe('members', () => {
  it('adds a member by email, changes the role, and removes them', async () => {
    const added = await post(admin, PUT_MEMBER, { org: 'acme', email: 'new@acme.example', role: 'EDITOR' });
    expect(added.data!.plumbPutMember).toMatchObject({ email: 'new@acme.example', role: 'EDITOR', status: 'invited' });
    const changed = await post(admin, PUT_MEMBER, { org: 'acme', email: 'new@acme.example', role: 'VIEWER' });
    expect(changed.data!.plumbPutMember.role).toBe('VIEWER');
    const listed = await post(viewer, MEMBERS, { org: 'acme' });
    expect(listed.data!.plumbMembers.map((m: { email: string }) => m.email)).toContain('new@acme.example');
    const bad = await post(admin, PUT_MEMBER, { org: 'acme', email: 'new@acme.example', role: 'KING' });
    expect(bad.errors![0]!.message).toBe('role: expected one of OWNER, ADMIN, EDITOR, VIEWER, BILLING');
    // Only an owner hands out ownership.
    const owner = await post(admin, PUT_MEMBER, { org: 'acme', email: 'new@acme.example', role: 'OWNER' });
    expect(codeOf(owner)).toBe('FORBIDDEN');
    const removed = await post(admin, REMOVE_MEMBER, { org: 'acme', uuid: added.data!.plumbPutMember.uuid });
    expect(removed.data!.plumbRemoveMember).toBe(true);
    const after = await post(viewer, MEMBERS, { org: 'acme' });
    expect(after.data!.plumbMembers.map((m: { email: string }) => m.email)).not.toContain('new@acme.example');
  });
});

const LICENSES = 'query($org: String!) { plumbLicensePolicy(organization: $org) { allowed denied configured } }';
const SAVE_LICENSES = `mutation($org: String!, $allowed: [String!], $denied: [String!]) {
  plumbSaveLicensePolicy(organization: $org, allowed: $allowed, denied: $denied) { allowed denied configured }
}`;
const WEBHOOKS = `query($org: String!, $projectId: Long!) {
  plumbWebhooks(organization: $org, projectId: $projectId) {
    uuid url events deliveries(limit: 5) { event state statusCode attemptedAt }
  }
}`;
const ADD_WEBHOOK = `mutation($org: String!, $projectId: Long!, $url: String!, $events: [String!]) {
  plumbAddWebhook(organization: $org, projectId: $projectId, url: $url, events: $events) {
    secret webhook { uuid url events }
  }
}`;
const REMOVE_WEBHOOK = `mutation($org: String!, $projectId: Long!, $uuid: String!) {
  plumbRemoveWebhook(organization: $org, projectId: $projectId, uuid: $uuid)
}`;

describe('the license policy', () => {
  it('saves SPDX ids, names a bad one by its place, and clears the policy with both lists empty', async () => {
    expect((await post(viewer, LICENSES, { org: 'acme' })).data!.plumbLicensePolicy).toEqual({
      allowed: [],
      denied: [],
      configured: false,
    });
    const saved = await post(admin, SAVE_LICENSES, {
      org: 'acme',
      allowed: ['MIT', 'Apache-2.0'],
      denied: ['GPL-3.0-only'],
    });
    expect(saved.data!.plumbSaveLicensePolicy).toEqual({
      allowed: ['MIT', 'Apache-2.0'],
      denied: ['GPL-3.0-only'],
      configured: true,
    });
    const bad = await post(admin, SAVE_LICENSES, { org: 'acme', allowed: ['MIT', 'Nope-1.0'] });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toMatch(/^allowed\[1\]: expected an SPDX license id/);
    const cleared = await post(admin, SAVE_LICENSES, { org: 'acme', allowed: [], denied: [] });
    expect(cleared.data!.plumbSaveLicensePolicy.configured).toBe(false);
  });
});

describe('webhooks', () => {
  let projectId: number;
  beforeAll(async () => {
    const added = await post(
      acme.ownerUserToken,
      `mutation { plumbAddProject(organization: "acme", project: {
        provider: "gp", path: "hooked", gitUrl: "https://git.example.com/acme/hooked.git"
      }) { id } }`,
    );
    projectId = added.data!.plumbAddProject.id;
  });

  it("adds a project's webhook, its secret answered once, lists it without deliveries, removes it", async () => {
    const added = await post(admin, ADD_WEBHOOK, {
      org: 'acme',
      projectId,
      url: 'https://hooks.example.com/plumb',
      events: ['inspection.completed'],
    });
    const { secret, webhook } = added.data!.plumbAddWebhook;
    expect(secret).toMatch(/^plumb_wh_/);
    expect(webhook).toMatchObject({ url: 'https://hooks.example.com/plumb', events: ['inspection.completed'] });
    const listed = await post(admin, WEBHOOKS, { org: 'acme', projectId });
    expect(listed.raw).not.toContain(secret);
    expect(listed.data!.plumbWebhooks).toEqual([{ ...webhook, deliveries: [] }]);

    const badUrl = await post(admin, ADD_WEBHOOK, { org: 'acme', projectId, url: 'ftp://x' });
    expect(badUrl.errors![0]!.message).toMatch(/^url: expected an absolute http/);
    const badEvent = await post(admin, ADD_WEBHOOK, {
      org: 'acme',
      projectId,
      url: 'https://x.example',
      events: ['push'],
    });
    expect(badEvent.errors![0]!.message).toMatch(/^events\[0\]: expected one of inspection.created/);

    expect((await post(admin, REMOVE_WEBHOOK, { org: 'acme', projectId, uuid: webhook.uuid })).data).toEqual({
      plumbRemoveWebhook: true,
    });
    expect((await post(admin, WEBHOOKS, { org: 'acme', projectId })).data!.plumbWebhooks).toEqual([]);
  });

  it("reads and saves when the project's development report is made, naming a bad field", async () => {
    const SCHEDULE = `query($org: String!, $projectId: Long!) {
      plumbReportSchedule(organization: $org, projectId: $projectId) { enabled weekday hour timezone }
    }`;
    const SAVE = `mutation($org: String!, $projectId: Long!, $schedule: PlumbReportScheduleInput!) {
      plumbSaveReportSchedule(organization: $org, projectId: $projectId, schedule: $schedule) {
        enabled weekday hour timezone
      }
    }`;
    const before = (await post(viewer, SCHEDULE, { org: 'acme', projectId })).data!.plumbReportSchedule;
    const schedule = { enabled: true, weekday: 2, hour: 7, timezone: 'Europe/Berlin' };
    const saved = await post(admin, SAVE, { org: 'acme', projectId, schedule });
    expect(saved.data!.plumbSaveReportSchedule).toEqual(schedule);
    expect((await post(viewer, SCHEDULE, { org: 'acme', projectId })).data!.plumbReportSchedule).toEqual(schedule);
    expect(before).not.toEqual(schedule);
    for (const [bad, message] of [
      [{ timezone: 'Mars/Base' }, /^timezone: expected an IANA time zone/],
      [{ weekday: 8 }, /^weekday: expected an ISO weekday/],
      [{ hour: 24 }, /^hour: expected an hour of the day/],
    ] as const) {
      const answer = await post(admin, SAVE, { org: 'acme', projectId, schedule: { ...schedule, ...bad } });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toMatch(message);
    }
    const refused = await post(viewer, SAVE, { org: 'acme', projectId, schedule: { enabled: false } });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(codeOf(await post(globex.ownerUserToken, SCHEDULE, { org: 'acme', projectId }))).toBe('NOT_FOUND');
  });

  it("saves the project's branches and configuration, naming a bad branch or YAML", async () => {
    const READ = `query($org: String!, $projectId: Long!) {
      plumbProjectSettings(organization: $org, projectId: $projectId) { defaultBranch trackedBranches configYaml }
    }`;
    const SAVE = `mutation($org: String!, $projectId: Long!, $settings: PlumbProjectSettingsInput!) {
      plumbSaveProjectSettings(organization: $org, projectId: $projectId, settings: $settings) {
        defaultBranch trackedBranches configYaml
      }
    }`;
    expect((await post(viewer, READ, { org: 'acme', projectId })).data!.plumbProjectSettings).toEqual({
      defaultBranch: 'main',
      trackedBranches: [],
      configYaml: '',
    });
    const settings = {
      defaultBranch: 'trunk',
      trackedBranches: ['release/1', 'release/1'],
      configYaml: 'exclude: [vendor/**]\n',
    };
    const saved = await post(admin, SAVE, { org: 'acme', projectId, settings });
    const expected = { ...settings, trackedBranches: ['release/1'] };
    expect(saved.data!.plumbSaveProjectSettings).toEqual(expected);
    expect((await post(viewer, READ, { org: 'acme', projectId })).data!.plumbProjectSettings).toEqual(expected);
    for (const [bad, message] of [
      [{ defaultBranch: 'bad branch' }, /^defaultBranch: a git branch name/],
      [{ trackedBranches: ['ok', '-x'] }, /^trackedBranches\[1\]: a git branch name/],
      [{ configYaml: 'exclude: [unclosed' }, /^configYaml: expected valid YAML/],
    ] as const) {
      const answer = await post(admin, SAVE, { org: 'acme', projectId, settings: bad });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toMatch(message);
    }
    expect(codeOf(await post(viewer, SAVE, { org: 'acme', projectId, settings: {} }))).toBe('FORBIDDEN');
    expect(codeOf(await post(globex.ownerUserToken, READ, { org: 'acme', projectId }))).toBe('NOT_FOUND');
  });

  it("saves the project's .plumb.yml override as the engine reads it, and removes it with empty text", async () => {
    const SAVE = `mutation($org: String!, $projectId: Long!, $settings: PlumbProjectSettingsInput!) {
      plumbSaveProjectSettings(organization: $org, projectId: $projectId, settings: $settings) { plumbConfig }
    }`;
    const save = (plumbConfig: string) => post(admin, SAVE, { org: 'acme', projectId, settings: { plumbConfig } });
    const override = 'rules:\n  shell/backticks: off\nexclude:\n  - generated/**\n';
    expect((await save(override)).data!.plumbSaveProjectSettings).toEqual({ plumbConfig: override });
    const [stored] = await testApp.store.db
      .select({ changedAt: schema.projects.plumbConfigChangedAt })
      .from(schema.projects)
      .where(eq(schema.projects.id, projectId));
    expect(stored!.changedAt).toBeInstanceOf(Date);
    // The engine's own validation names the key: no configuration the analyses would refuse is stored.
    const refused = await save('thresholds:\n  complexity: many\n');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toMatch(/^plumbConfig: \.plumb\.yml: thresholds\.complexity/);
    expect((await save('')).data!.plumbSaveProjectSettings).toEqual({ plumbConfig: '' });
  });

  it('refuses a VIEWER, and is NOT_FOUND for another organization or a project of none', async () => {
    const hooks = { org: 'acme', projectId };
    expect(codeOf(await post(viewer, WEBHOOKS, hooks))).toBe('FORBIDDEN');
    expect(codeOf(await post(viewer, ADD_WEBHOOK, { ...hooks, url: 'https://x.example' }))).toBe('FORBIDDEN');
    expect(codeOf(await post(globex.ownerUserToken, WEBHOOKS, hooks))).toBe('NOT_FOUND');
    expect(codeOf(await post(admin, WEBHOOKS, { org: 'acme', projectId: 999_999 }))).toBe('NOT_FOUND');
    const globexProject = await post(
      globex.ownerUserToken,
      `mutation { plumbAddProject(organization: "globex", project: {
        provider: "gp", path: "theirs", gitUrl: "https://git.example.com/globex/theirs.git"
      }) { id } }`,
    );
    const theirs = { org: 'acme', projectId: globexProject.data!.plumbAddProject.id };
    expect(codeOf(await post(admin, WEBHOOKS, theirs))).toBe('NOT_FOUND');
    expect(codeOf(await post(admin, ADD_WEBHOOK, { ...theirs, url: 'https://x.example' }))).toBe('NOT_FOUND');
  });
});

describe('teams', () => {
  const TEAMS = `query($org: String!) {
    plumbTeams(organization: $org) { uuid name members { email } projects { projectId path access } }
  }`;
  const teamCall = (mutation: string, params: string) => `mutation($org: String!, $team: String!${params}) {
    ${mutation}
  }`;

  it('creates a team, adds a member and a project with an access level, changes and removes them', async () => {
    const created = await post(admin, 'mutation { plumbCreateTeam(organization: "acme", name: "Platform") { uuid } }');
    const team = created.data!.plumbCreateTeam.uuid as string;
    const projectId = (
      await post(
        admin,
        `mutation { plumbAddProject(organization: "acme", project: {
          provider: "gp", path: "teamed", gitUrl: "https://git.example.com/acme/teamed.git"
        }) { id } }`,
      )
    ).data!.plumbAddProject.id;
    const put = teamCall(
      'plumbPutTeamProject(organization: $org, team: $team, projectId: $projectId, access: $access)',
      ', $projectId: Long!, $access: String!',
    );
    const member = teamCall('plumbAddTeamMember(organization: $org, team: $team, email: $email)', ', $email: String!');
    expect((await post(admin, member, { org: 'acme', team, email: 'vera@acme.example' })).errors).toBeUndefined();
    expect((await post(admin, put, { org: 'acme', team, projectId, access: 'developer' })).errors).toBeUndefined();
    const platform = async () =>
      (await post(viewer, TEAMS, { org: 'acme' })).data!.plumbTeams.find((t: { uuid: string }) => t.uuid === team);
    expect(await platform()).toEqual({
      uuid: team,
      name: 'Platform',
      members: [{ email: 'vera@acme.example' }],
      projects: [{ projectId, path: 'teamed', access: 'developer' }],
    });
    const bad = await post(admin, put, { org: 'acme', team, projectId, access: 'root' });
    expect(bad.errors![0]!.message).toMatch(/^access: expected one of admin, developer, view/);
    expect(codeOf(await post(viewer, put, { org: 'acme', team, projectId, access: 'admin' }))).toBe('FORBIDDEN');
    expect(codeOf(await post(globex.ownerUserToken, TEAMS, { org: 'acme' }))).toBe('NOT_FOUND');

    const removeProject = teamCall(
      'plumbRemoveTeamProject(organization: $org, team: $team, projectId: $projectId)',
      ', $projectId: Long!',
    );
    const vera = (await post(viewer, MEMBERS, { org: 'acme' })).data!.plumbMembers.find(
      (m: { email: string }) => m.email === 'vera@acme.example',
    ).uuid;
    const removeMember = teamCall(
      'plumbRemoveTeamMember(organization: $org, team: $team, user: $user)',
      ', $user: String!',
    );
    expect((await post(admin, removeProject, { org: 'acme', team, projectId })).errors).toBeUndefined();
    expect((await post(admin, removeMember, { org: 'acme', team, user: vera })).errors).toBeUndefined();
    expect(await platform()).toMatchObject({ members: [], projects: [] });
    const drop = teamCall('plumbDeleteTeam(organization: $org, team: $team)', '');
    expect((await post(admin, drop, { org: 'acme', team })).data).toEqual({ plumbDeleteTeam: true });
    expect(await platform()).toBeUndefined();
  });
});

describe('the role matrix', () => {
  const managing: [string, string, Record<string, unknown>][] = [
    ['plumbApiKeys', LIST_KEYS, {}],
    ['plumbCreateApiKey', CREATE_KEY, { name: 'x' }],
    ['plumbRevokeApiKey', REVOKE_KEY, { id: 1 }],
    ['plumbSaveGateConfig', SAVE_GATE, { config: { policy: { new_critical_max: 9 } } }],
    ['plumbCreateWaiver', CREATE_WAIVER, { waiver: { rule: 'new_high_max', reason: 'x' } }],
    ['plumbRevokeWaiver', REVOKE_WAIVER, { id: 1 }],
    ['plumbPutMember', PUT_MEMBER, { email: 'x@acme.example', role: 'VIEWER' }],
    ['plumbRemoveMember', REMOVE_MEMBER, { uuid: '00000000-0000-4000-8000-000000000000' }],
    ['plumbSaveLicensePolicy', SAVE_LICENSES, { allowed: ['MIT'] }],
    ['plumbCreateTeam', 'mutation($org: String!) { plumbCreateTeam(organization: $org, name: "x") { uuid } }', {}],
  ];
  const reading: [string, string, Record<string, unknown>][] = [
    ['plumbGateConfig', GATE, {}],
    ['plumbWaivers', WAIVERS, {}],
    ['plumbMembers', MEMBERS, {}],
    ['plumbLicensePolicy', LICENSES, {}],
  ];

  it.each(managing)('%s refuses a VIEWER with FORBIDDEN and changes nothing', async (_field, query, variables) => {
    const answer = await post(viewer, query, { org: 'acme', ...variables });
    expect(codeOf(answer)).toBe('FORBIDDEN');
    expect(answer.data).toBeNull();
  });

  it.each([...managing, ...reading])("%s is NOT_FOUND for another organization's member", async (_f, query, vars) => {
    const answer = await post(globex.ownerUserToken, query, { org: 'acme', ...vars });
    expect(codeOf(answer)).toBe('NOT_FOUND');
    expect(answer.data).toBeNull();
  });

  it('leaves the gate as it was after the refusals', async () => {
    expect((await post(viewer, GATE, { org: 'acme' })).data!.plumbGateConfig.policy.new_critical_max).not.toBe(9);
  });
});
