// The settings pages in Debian's chromium against a real `plumb serve` whose worker runs the real pipeline: a token
// shown once then never again, working against the real APIs until revoked; the gate's policy changed from the page
// and a project's verdict changing with it; a waiver with an expiry; members and roles. axe-core in both themes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeNow } from './support/analyses.js';
import { checkInBothThemes, launchBrowser, seriousViolations, type Browser } from './support/browser.js';
import { startPlumb, type PlumbServer } from './support/plumb-server.js';
import { gitRepository } from './support/repositories.js';

const OWNER = { email: 'olivia@acme.test', password: 'correct horse battery' };
const MINUTES = 60_000;
/** An AWS access key id (random base32, no placeholder): secret detection reports it as a critical finding. */
const VAULT_PY = 'aws_access_key_id = "AKIAQ3ZJ7XK2M5RT6WPB"\n\n\ndef region():\n    return "eu-west-1"\n';

/** What the page shows, polled: a machine under load may take seconds to answer (never a fixed wait). */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 60_000, interval: 250 });

let server: PlumbServer;
let browser: Browser;
let page: Page;
let vaultId: number;

/** GraphQL from the page, with the session cookie and the dashboard's header, as the pages call it. */
function pageGraphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as T;
    },
    { query, variables },
  );
}

/** A call from outside the browser with a credential in a header: what a script does with a token. */
async function withCredential(path: string, headers: Record<string, string>, body?: object) {
  const response = await fetch(`${server.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, text: await response.text() };
}

const vaultGate = async () =>
  (
    await pageGraphql<{ data: { plumbProject: { latest: { gate: string | null } | null } } }>(
      'query($id: Long!) { plumbProject(organization: "acme", id: $id) { latest { gate } } }',
      { id: vaultId },
    )
  ).data.plumbProject.latest?.gate;

beforeAll(async () => {
  server = await startPlumb();
  const vault = await gitRepository(server.scratch, 'vault', { 'vault.py': VAULT_PY });
  browser = await launchBrowser();
  page = browser.page;
  await page.goto(`${server.url}/first-run`);
  const created = await page.evaluate(async (owner) => {
    const response = await fetch('/api/dashboard/first-run', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
      body: JSON.stringify({ organization: 'acme', organizationName: 'Acme', name: 'Olivia Owner', ...owner }),
    });
    return response.status;
  }, OWNER);
  expect(created).toBe(201);
  const added = await pageGraphql<{ data: { plumbAddProject: { id: number } } }>(
    `mutation($url: String!) {
      plumbAddProject(organization: "acme", project: { provider: "gp", path: "vault", gitUrl: $url }) { id }
    }`,
    { url: `file://${vault}` },
  );
  vaultId = added.data.plumbAddProject.id;
  expect(await analyzeNow(server.url, OWNER, vaultId)).toMatchObject({ state: 'completed' });
}, 10 * MINUTES);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the settings pages in a real browser', () => {
  it(
    'creates a token shown once, which works against the API until it is revoked',
    async () => {
      await page.goto(`${server.url}/orgs/acme`);
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.waitForURL('**/orgs/acme/settings/members');
      await page.getByRole('link', { name: 'Tokens and API keys' }).click();
      await page.waitForURL('**/orgs/acme/settings/tokens');

      await page.getByLabel('Description').fill('release script');
      await page.getByRole('button', { name: 'Create token' }).click();
      const secretField = page.getByLabel('Secret', { exact: true });
      await eventually(() => secretField.count()).toBe(1);
      const token = await secretField.inputValue();
      expect(token).toMatch(/^plumb_u_/);
      expect(await page.getByRole('button', { name: 'Copy' }).count()).toBe(1);

      // The token works against Codiga's GraphQL API, sent as X-Api-Token.
      const used = await withCredential('/graphql', { 'x-api-token': token }, { query: '{ plumbViewer { email } }' });
      expect(used.status).toBe(200);
      expect(JSON.parse(used.text)).toEqual({ data: { plumbViewer: { email: OWNER.email } } });

      // After a reload the secret is gone from the page and from every answer the page reads; its use is listed.
      await page.reload();
      const row = page.locator('tr', { hasText: 'release script' });
      await eventually(() => row.count()).toBe(1);
      await eventually(() => row.locator('td').nth(1).textContent()).not.toBe('Never');
      expect(await page.getByLabel('Secret', { exact: true }).count()).toBe(0);
      expect(await page.content()).not.toContain(token);
      const listed = await pageGraphql<object>('{ plumbUserTokens { id name createdAt lastUsedAt } }');
      expect(JSON.stringify(listed)).not.toContain(token);
      expect(await checkInBothThemes(page, 'settings-tokens')).toEqual({ light: [], dark: [] });

      await page.getByRole('button', { name: 'Revoke release script' }).click();
      await eventually(() => row.count()).toBe(0);
      const refused = await withCredential(
        '/graphql',
        { 'x-api-token': token },
        { query: '{ plumbViewer { email } }' },
      );
      expect(refused.status).toBe(401);
    },
    5 * MINUTES,
  );

  it(
    'creates an organization API key shown once, used by CodeStax clients until it is revoked',
    async () => {
      await page.getByLabel('Name').fill('ci pipeline');
      await page.getByLabel('Role').selectOption('EDITOR');
      await page.getByRole('button', { name: 'Create API key' }).click();
      const secretField = page.getByLabel('Secret', { exact: true });
      await eventually(() => secretField.count()).toBe(1);
      const key = await secretField.inputValue();
      expect(key).toMatch(/^ch_[0-9a-f]{64}$/);
      const gate = await withCredential('/api/quality/gates/config', { 'x-api-key': key });
      expect(gate.status).toBe(200);

      await page.getByRole('button', { name: 'I have copied it' }).click();
      expect(await page.getByLabel('Secret', { exact: true }).count()).toBe(0);
      await page.reload();
      const row = page.locator('tr', { hasText: 'ci pipeline' });
      await eventually(() => row.count()).toBe(1);
      expect(await row.locator('td').first().textContent()).toBe('EDITOR');
      expect(await page.content()).not.toContain(key);

      await page.getByRole('button', { name: 'Revoke ci pipeline' }).click();
      await eventually(() => row.textContent()).toContain('Revoked');
      expect((await withCredential('/api/quality/gates/config', { 'x-api-key': key })).status).toBe(401);
    },
    5 * MINUTES,
  );

  it(
    "changes the gate's policy and sees the project's verdict change; a waiver with an expiry lets it pass",
    async () => {
      await page.goto(`${server.url}/orgs/acme/settings`);
      expect(await vaultGate()).toBe('not_configured');
      await page.getByRole('link', { name: 'Quality gate and waivers' }).click();
      await page.waitForURL('**/orgs/acme/settings/gate');
      await eventually(() => page.getByText('No policy saved yet').count()).toBe(1);

      // A value out of range is refused by the server, which names the policy key; the field is marked.
      await page.getByLabel('Duplication at most (%)').fill('101');
      await page.getByRole('button', { name: 'Save policy' }).click();
      await eventually(() => page.getByRole('alert').textContent()).toContain('policy.duplication_pct_max');
      expect(await page.getByLabel('Duplication at most (%)').getAttribute('aria-invalid')).toBe('true');

      await page.getByLabel('Duplication at most (%)').fill('3');
      await page.getByLabel('Critical issues allowed').fill('0');
      await page.getByLabel('Quality rating at least').selectOption('E');
      await page.getByLabel(/Count only the issues of new code/).uncheck();
      await page.getByRole('button', { name: 'Save policy' }).click();
      await eventually(() => page.getByText('Saved: policy version 1.').count()).toBe(1);
      expect(await checkInBothThemes(page, 'settings-gate')).toEqual({ light: [], dark: [] });

      expect(await analyzeNow(server.url, OWNER, vaultId)).toMatchObject({ state: 'completed' });
      await eventually(vaultGate).toBe('failed');

      const expiry = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel('Rule').selectOption('new_critical_max');
      await page.getByLabel('Scope').selectOption({ label: 'vault' });
      await page.getByLabel('Expires (optional)').fill(expiry);
      await page.getByLabel('Reason').fill('key rotated, history rewrite next sprint');
      await page.getByRole('button', { name: 'Add waiver' }).click();
      const waiver = page.locator('tr', { hasText: 'key rotated' });
      await eventually(() => waiver.count()).toBe(1);
      expect(await waiver.textContent()).toContain('vault');
      expect(await waiver.textContent()).toContain('In force');

      expect(await analyzeNow(server.url, OWNER, vaultId)).toMatchObject({ state: 'completed' });
      await eventually(vaultGate).toBe('passed');
      await page.goto(`${server.url}/orgs/acme`);
      const vaultRow = page.locator('table.projects tbody tr', { hasText: 'vault' });
      await eventually(() => vaultRow.locator('.gate').textContent()).toBe('Passed');

      // Revoked, the waiver leaves the list in force and shows among the revoked ones.
      await page.goto(`${server.url}/orgs/acme/settings/gate`);
      await eventually(() => waiver.count()).toBe(1);
      await page.getByRole('button', { name: 'Revoke the waiver of new_critical_max' }).click();
      await eventually(() => waiver.count()).toBe(0);
      await page.getByLabel('Show revoked').check();
      await eventually(() => waiver.textContent()).toContain('Revoked');
    },
    15 * MINUTES,
  );

  it(
    'adds a member by email, changes their role and removes them',
    async () => {
      await page.getByRole('link', { name: 'Members and roles' }).click();
      await page.waitForURL('**/orgs/acme/settings/members');
      await page.getByLabel('Email').fill('nina@acme.test');
      await page.getByLabel('Role', { exact: true }).selectOption('EDITOR');
      await page.getByRole('button', { name: 'Add member' }).click();
      const row = page.locator('tr', { hasText: 'nina@acme.test' });
      await eventually(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain('Invited');
      await page.getByLabel('Role of nina@acme.test').selectOption('VIEWER');
      await expect
        .poll(async () => {
          const answer = await pageGraphql<{ data: { plumbMembers: { email: string; role: string }[] } }>(
            '{ plumbMembers(organization: "acme") { email role } }',
          );
          return answer.data.plumbMembers.find((member) => member.email === 'nina@acme.test')?.role;
        })
        .toBe('VIEWER');
      expect(await checkInBothThemes(page, 'settings-members')).toEqual({ light: [], dark: [] });

      // The last owner stays: the server's refusal is shown, the role unchanged.
      await page.getByLabel(`Role of ${OWNER.email}`).selectOption('ADMIN');
      await eventually(() => page.getByRole('alert').textContent()).toContain('another owner');
      await eventually(() => page.getByLabel(`Role of ${OWNER.email}`).inputValue()).toBe('OWNER');

      await page.getByRole('button', { name: 'Remove nina@acme.test' }).click();
      await eventually(() => row.count()).toBe(0);
    },
    5 * MINUTES,
  );

  it(
    'creates a team, adds a member, grants it access to a project and changes it, then deletes the team',
    async () => {
      await page.getByRole('link', { name: 'Teams' }).click();
      await page.waitForURL('**/orgs/acme/settings/teams');
      await eventually(() => page.getByText('The organization has no team.').count()).toBe(1);
      await page.getByLabel('New team').fill('Platform');
      await page.getByRole('button', { name: 'Create team' }).click();
      const card = page.getByRole('article', { name: 'Platform' });
      await eventually(() => card.count()).toBe(1);
      await card.getByLabel('Add to Platform by email').fill(OWNER.email);
      await card.getByRole('button', { name: 'Add member' }).click();
      await eventually(() => card.getByRole('listitem').filter({ hasText: OWNER.email }).count()).toBe(1);
      await card.getByLabel('Give Platform access to').selectOption({ label: 'vault' });
      await card.getByLabel('Access', { exact: true }).selectOption('developer');
      await card.getByRole('button', { name: 'Grant access' }).click();
      const access = card.getByLabel('Access of Platform to vault');
      await eventually(() => access.count()).toBe(1);
      expect(await access.inputValue()).toBe('developer');
      await access.selectOption('admin');
      await eventually(async () => {
        const answer = await pageGraphql<{ data: { plumbTeams: { projects: { access: string }[] }[] } }>(
          '{ plumbTeams(organization: "acme") { projects { access } } }',
        );
        return answer.data.plumbTeams[0]?.projects[0]?.access;
      }).toBe('admin');
      expect(await checkInBothThemes(page, 'settings-teams')).toEqual({ light: [], dark: [] });

      await card.getByRole('button', { name: 'Remove vault from Platform' }).click();
      await eventually(() => card.getByText('No project yet').count()).toBe(1);
      await card.getByRole('button', { name: 'Delete team Platform' }).click();
      await eventually(() => page.getByText('The organization has no team.').count()).toBe(1);
    },
    5 * MINUTES,
  );

  it(
    "adds a project's webhook, its secret shown once, and lists its deliveries with the receiver's answer",
    async () => {
      const received: string[] = [];
      const receiver = createServer((request, response) => {
        request.resume();
        request.on('end', () => {
          received.push(String(request.headers['x-scrutinizer-event'] ?? request.url));
          response.writeHead(200).end('ok');
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/plumb-hook`;
      try {
        await page.getByRole('link', { name: 'Webhooks' }).click();
        await page.waitForURL('**/orgs/acme/settings/webhooks');
        await eventually(() => page.getByText('This project has no webhook.').count()).toBe(1);
        await page.getByLabel('Payload URL').fill(hookUrl);
        await page.getByLabel('inspection.completed').check();
        await page.getByRole('button', { name: 'Add webhook' }).click();
        const secretField = page.getByLabel('Secret', { exact: true });
        await eventually(() => secretField.count()).toBe(1);
        const secret = await secretField.inputValue();
        expect(secret).toMatch(/^plumb_wh_/);

        expect(await analyzeNow(server.url, OWNER, vaultId)).toMatchObject({ state: 'completed' });
        await eventually(() => received.length).toBeGreaterThan(0);
        const hook = page.getByRole('article', { name: `Webhook ${hookUrl}` });
        await eventually(async () => {
          await page.reload();
          await hook
            .locator('tbody tr')
            .first()
            .waitFor({ timeout: 10_000 })
            .catch(() => undefined);
          return hook.locator('tbody tr').first().textContent();
        }).toMatch(/inspection\.completed.*delivered.*200/);
        expect(await page.content()).not.toContain(secret);
        expect(await checkInBothThemes(page, 'settings-webhooks')).toEqual({ light: [], dark: [] });

        await page.getByRole('button', { name: `Remove the webhook ${hookUrl}` }).click();
        await eventually(() => page.getByText('This project has no webhook.').count()).toBe(1);
      } finally {
        await new Promise((resolve) => receiver.close(resolve));
      }
    },
    10 * MINUTES,
  );

  it(
    'saves the license policy, the server naming a license id it does not know',
    async () => {
      await page.getByRole('link', { name: 'License policy' }).click();
      await page.waitForURL('**/orgs/acme/settings/licenses');
      await page.getByLabel('Allowed licenses').fill('MIT, Apache-2.0');
      await page.getByLabel('Denied licenses').fill('GPL-3.0-only Not-A-License');
      await page.getByRole('button', { name: 'Save license policy' }).click();
      await eventually(() => page.getByRole('alert').textContent()).toContain('denied[1]');
      await page.getByLabel('Denied licenses').fill('GPL-3.0-only');
      await page.getByRole('button', { name: 'Save license policy' }).click();
      await eventually(() => page.getByText('Saved the license policy.').count()).toBe(1);
      await page.reload();
      await eventually(() => page.getByLabel('Allowed licenses').inputValue()).toBe('MIT Apache-2.0');
      expect(await page.getByLabel('Denied licenses').inputValue()).toBe('GPL-3.0-only');
      expect(await checkInBothThemes(page, 'settings-licenses')).toEqual({ light: [], dark: [] });
    },
    5 * MINUTES,
  );

  it(
    "sets when a project's development report is made, the server naming a time zone it does not know",
    async () => {
      await page.getByRole('link', { name: 'Development reports' }).click();
      await page.waitForURL('**/orgs/acme/settings/reports');
      await eventually(() => page.getByLabel('Time zone').count()).toBe(1);
      await page.getByLabel('Make a development report every week').check();
      await page.getByLabel('Day').selectOption({ label: 'Tuesday' });
      await page.getByLabel('Hour').selectOption({ label: '07:00' });
      await page.getByLabel('Time zone').fill('Mars/Olympus');
      await page.getByRole('button', { name: 'Save schedule' }).click();
      await eventually(() => page.getByRole('alert').textContent()).toContain('timezone');
      await page.getByLabel('Time zone').fill('Europe/Berlin');
      await page.getByRole('button', { name: 'Save schedule' }).click();
      await eventually(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toContain(
        'every Tuesday at 7:00 Europe/Berlin',
      );
      await page.reload();
      await eventually(() => page.getByLabel('Time zone').inputValue()).toBe('Europe/Berlin');
      expect(await page.getByLabel('Day').inputValue()).toBe('2');
      expect(await checkInBothThemes(page, 'settings-reports')).toEqual({ light: [], dark: [] });
    },
    5 * MINUTES,
  );

  it(
    "edits a project's branches, configuration and .plumb.yml override, the server naming bad ones",
    async () => {
      await page.goto(`${server.url}/orgs/acme/projects/${vaultId}`);
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.waitForURL(`**/orgs/acme/projects/${vaultId}/settings`);
      await eventually(() => page.getByLabel('Default branch').inputValue()).toBe('main');
      await page.getByLabel('Tracked branches').fill('release/1, develop');
      await page.getByLabel('Configuration (YAML)').fill('exclude: [unclosed');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await eventually(() => page.getByRole('alert').textContent()).toContain('configYaml: expected valid YAML');
      await page.getByLabel('Configuration (YAML)').fill('exclude:\n  - vendor/**\n');
      const override = page.getByLabel('Analysis configuration (.plumb.yml override)');
      await override.fill('thresholds:\n  complexity: many\n');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await eventually(() => page.getByRole('alert').textContent()).toContain('plumbConfig: .plumb.yml: thresholds');
      await override.fill('rules:\n  shell/backticks: off\n');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await eventually(() => page.getByText('Saved. The next analysis uses them.').count()).toBe(1);
      await page.reload();
      await eventually(() => page.getByLabel('Tracked branches').inputValue()).toBe('release/1 develop');
      expect(await page.getByLabel('Configuration (YAML)').inputValue()).toBe('exclude:\n  - vendor/**\n');
      expect(await override.inputValue()).toBe('rules:\n  shell/backticks: off\n');
      expect(await checkInBothThemes(page, 'settings-project')).toEqual({ light: [], dark: [] });
    },
    5 * MINUTES,
  );

  it(
    'fits a 360-pixel-wide screen without sideways scrolling, and passes axe there',
    async () => {
      await page.setViewportSize({ width: 360, height: 800 });
      const sections = ['members', 'teams', 'tokens', 'gate', 'webhooks', 'licenses', 'reports'].map(
        (section) => `/orgs/acme/settings/${section}`,
      );
      for (const section of [...sections, `/orgs/acme/projects/${vaultId}/settings`]) {
        await page.goto(`${server.url}${section}`);
        await eventually(() => page.locator('.loading').count()).toBe(0);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect({ section, overflow }).toEqual({ section, overflow: 0 });
        expect({ section, violations: await seriousViolations(page) }).toEqual({ section, violations: [] });
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(browser.errors).toEqual([]);
    },
    5 * MINUTES,
  );
});
