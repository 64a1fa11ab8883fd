// The dashboard in Debian's chromium against a real `plumb serve` whose worker runs the real pipeline: first run,
// adding projects, the overview (sort, filter), sign out and in. axe-core checks every page in both themes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_WITH_FINDINGS } from '../../server/test/support/python-findings.js';
import { analyzeNow, requireRating } from './support/analyses.js';
import { checkInBothThemes, launchBrowser, seriousViolations, type Browser } from './support/browser.js';
import { startPlumb, type PlumbServer } from './support/plumb-server.js';
import { commitFiles, gitRepository } from './support/repositories.js';

const OWNER = { email: 'olivia@acme.test', password: 'correct horse battery' };
const MINUTES = 60_000;

let server: PlumbServer;
let browser: Browser;
let page: Page;
let billing: string;
let ledger: string;

interface OverviewProject {
  id: number;
  path: string;
  latest: { gate: string | null; openIssues: number } | null;
  trend: number[];
}

/** The overview's data as the page reads it: GraphQL with the session cookie and the dashboard's header. */
const overviewData = (): Promise<OverviewProject[]> =>
  page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
      body: JSON.stringify({
        query: '{ plumbProjects(organization: "acme") { id path trend latest { gate openIssues } } }',
      }),
    });
    return ((await response.json()) as { data: { plumbProjects: OverviewProject[] } }).data.plumbProjects;
  });

const rowNames = () => page.locator('table.projects tbody th[scope=row] > span:first-child').allTextContents();

beforeAll(async () => {
  server = await startPlumb();
  billing = await gitRepository(server.scratch, 'billing', { 'app.py': PYTHON_WITH_FINDINGS });
  ledger = await gitRepository(server.scratch, 'ledger', { 'ledger.py': 'def total(items):\n    return sum(items)\n' });
  browser = await launchBrowser();
  page = browser.page;
}, 5 * MINUTES);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the dashboard in a real browser', () => {
  it(
    'sets Plumb up on first run, naming the field of a bad input, and refuses a second first run',
    async () => {
      await page.goto(`${server.url}/`);
      await page.waitForURL('**/first-run');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Set up Plumb');
      expect(await checkInBothThemes(page, 'first-run')).toEqual({ light: [], dark: [] });

      await page.getByLabel('Slug').fill('Acme Corp');
      await page.getByLabel('Display name').fill('Acme');
      await page.getByLabel('Your name').fill('Olivia Owner');
      await page.getByLabel('Email').fill(OWNER.email);
      await page.getByLabel('Password').fill(OWNER.password);
      await page.getByRole('button', { name: 'Create organization and sign in' }).click();
      const refusal = page.getByRole('alert');
      await expect.poll(() => refusal.textContent()).toContain('organization');
      expect(await refusal.textContent()).toContain('lower-case letters');

      await page.getByLabel('Slug').fill('acme');
      await page.getByRole('button', { name: 'Create organization and sign in' }).click();
      await page.waitForURL('**/orgs/acme');
      await expect.poll(() => page.getByText('This organization has no project yet.').count()).toBe(1);

      const again = await page.evaluate(async () => {
        const response = await fetch('/api/dashboard/first-run', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
          body: JSON.stringify({ organization: 'other', email: 'eve@other.test', password: 'long enough' }),
        });
        return { status: response.status, body: await response.json() };
      });
      expect(again).toEqual({ status: 409, body: { message: 'Plumb is already set up: sign in instead' } });
    },
    3 * MINUTES,
  );

  it(
    'adds projects from the overview; a refused SSH key is not kept in the page',
    async () => {
      await page.getByRole('link', { name: 'Add a project' }).click();
      await page.waitForURL('**/orgs/acme/projects/new');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Add a project');
      expect(await checkInBothThemes(page, 'add-project')).toEqual({ light: [], dark: [] });

      await page.getByLabel('Repository path').fill('billing');
      await page.getByLabel('Git URL').fill('not a git url');
      await page.getByLabel('SSH private key (optional)').fill('-----BEGIN OPENSSH PRIVATE KEY----- do-not-show');
      await page.getByRole('button', { name: 'Add project' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('gitUrl');
      expect(await page.getByLabel('SSH private key (optional)').inputValue()).toBe('');
      expect(await page.content()).not.toContain('do-not-show');

      for (const [name, repo, tracked] of [
        ['billing', billing, 'develop'],
        ['ledger', ledger, ''],
      ] as const) {
        if (name === 'ledger') await page.getByRole('link', { name: 'Add a project' }).click();
        await page.getByLabel('Repository path').fill(name);
        await page.getByLabel('Git URL').fill(`file://${repo}`);
        await page.getByLabel('Tracked branches (optional)').fill(tracked);
        await page.getByRole('button', { name: 'Add project' }).click();
        await page.waitForURL(`**/orgs/acme?added=${name}`);
        await expect
          .poll(() =>
            page
              .getByRole('status')
              .filter({ hasText: `Added ${name}.` })
              .count(),
          )
          .toBe(1);
      }
      await expect.poll(async () => (await rowNames()).sort()).toEqual(['billing', 'ledger']);
      expect(await page.getByText('Not analyzed yet').count()).toBe(2);
    },
    3 * MINUTES,
  );

  it(
    "shows each project's gate, ratings, figures and trend after analyses by the real pipeline",
    async () => {
      const projects = Object.fromEntries((await overviewData()).map((project) => [project.path, project.id]));
      // Billing's findings rate it C; ledger has none (A): the gate fails one and passes the other.
      await requireRating(server.url, OWNER, 'B');
      expect(await analyzeNow(server.url, OWNER, projects.billing!)).toMatchObject({ state: 'completed' });
      await commitFiles(
        billing,
        { 'tax.py': 'import sys\n\ndef rate(x):\n    if x == None:\n        return 0\n' },
        'tax',
      );
      expect(await analyzeNow(server.url, OWNER, projects.billing!)).toMatchObject({ state: 'completed' });
      expect(await analyzeNow(server.url, OWNER, projects.ledger!)).toMatchObject({ state: 'completed' });

      await page.reload();
      const data = Object.fromEntries((await overviewData()).map((project) => [project.path, project]));
      expect(data.billing!.trend).toHaveLength(2);
      expect(data.ledger!.trend).toHaveLength(1);
      expect(data.billing!.latest!.openIssues).toBeGreaterThan(data.ledger!.latest!.openIssues);
      expect([data.billing!.latest!.gate, data.ledger!.latest!.gate]).toEqual(['failed', 'passed']);

      const billingRow = page.locator('table.projects tbody tr', { hasText: 'billing' });
      await expect.poll(() => billingRow.count()).toBe(1);
      expect(await billingRow.locator('.rating').count()).toBe(4);
      expect(await billingRow.locator('.gate').textContent()).toBe('Failed');
      expect(await billingRow.locator('td.number').nth(3).textContent()).toBe(String(data.billing!.latest!.openIssues));
      expect(await billingRow.getByRole('img').getAttribute('aria-label')).toContain('last 2 analyses');
      expect(await page.getByText('Not analyzed yet').count()).toBe(0);
      expect(await checkInBothThemes(page, 'overview')).toEqual({ light: [], dark: [] });
    },
    15 * MINUTES,
  );

  it(
    'sorts by a column and filters by name and gate, keeping the view in the URL',
    async () => {
      await page.getByRole('button', { name: /Open issues/ }).click();
      await page.getByRole('button', { name: /Open issues/ }).click();
      await page.waitForURL(/sort=issues&dir=desc/);
      expect(await page.locator('th[aria-sort=descending]').textContent()).toContain('Open issues');
      await expect.poll(() => rowNames()).toEqual(['billing', 'ledger']);
      await page.getByRole('button', { name: /Open issues/ }).click();
      await page.waitForURL(/sort=issues&dir=asc/);
      await expect.poll(() => rowNames()).toEqual(['ledger', 'billing']);

      await page.getByLabel('Filter by name').fill('led');
      await page.waitForURL(/q=led/);
      await expect.poll(() => rowNames()).toEqual(['ledger']);
      await page.reload();
      await expect.poll(() => rowNames()).toEqual(['ledger']);
      expect(await page.getByLabel('Filter by name').inputValue()).toBe('led');
      await page.getByLabel('Filter by name').fill('');

      for (const [gate, shown] of [
        ['failed', ['billing']],
        ['passed', ['ledger']],
        ['none', []],
      ] as const) {
        await page.getByLabel('Gate').selectOption(gate);
        await page.waitForURL(new RegExp(`gate=${gate}`));
        await expect.poll(() => rowNames()).toEqual(shown);
      }
      expect(await page.getByText('No project matches these filters.').count()).toBe(1);
    },
    3 * MINUTES,
  );

  it(
    'signs out, sends a signed-out visitor to sign in, tells a wrong password, and signs in again',
    async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL('**/sign-in');
      expect((await browser.context.cookies()).find((cookie) => cookie.name === 'plumb_session')).toBeUndefined();
      await page.goto(`${server.url}/orgs/acme?sort=debt`);
      await page.waitForURL(/\/sign-in\?next=%2Forgs%2Facme%3Fsort%3Ddebt/);
      expect(await checkInBothThemes(page, 'sign-in')).toEqual({ light: [], dark: [] });

      await page.getByLabel('Email').fill(OWNER.email);
      await page.getByLabel('Password').fill('wrong password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Incorrect email or password');

      await page.getByLabel('Password').fill(OWNER.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL('**/orgs/acme?sort=debt');
      await expect.poll(async () => (await rowNames()).length).toBe(2);
      const cookie = (await browser.context.cookies()).find((candidate) => candidate.name === 'plumb_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(await page.evaluate(() => document.cookie)).not.toContain('plumb_session');
    },
    3 * MINUTES,
  );

  it(
    'shows a failed API call as a message the user can act on',
    async () => {
      await page.goto(`${server.url}/orgs/no-such-org`);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('Could not load the projects');
      expect(await alert.textContent()).toContain('check the address');
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    },
    2 * MINUTES,
  );

  it(
    'keeps its layout from 360 to 2560 pixels wide: only the table scrolls, inside its region',
    async () => {
      await page.goto(`${server.url}/orgs/acme`);
      await expect.poll(async () => (await rowNames()).length).toBe(2);
      for (const width of [360, 768, 1280, 2560]) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect({ width, overflow }).toEqual({ width, overflow: 0 });
        expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    },
    2 * MINUTES,
  );

  it(
    'moves focus through the page with the keyboard, with a visible focus ring',
    async () => {
      await page.goto(`${server.url}/orgs/acme`);
      await expect.poll(async () => (await rowNames()).length).toBe(2);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        return { text: active.textContent, outline: getComputedStyle(active).outlineStyle };
      });
      expect(first).toEqual({ text: 'Skip to content', outline: 'solid' });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    },
    2 * MINUTES,
  );

  it(
    'has an accessibility check that does find a violation when there is one',
    async () => {
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.id = 'unlabelled-image';
        image.src = '/favicon.svg';
        document.querySelector('main')!.append(image);
      });
      expect((await seriousViolations(page)).map((violation) => violation.id)).toContain('image-alt');
      await page.evaluate(() => document.getElementById('unlabelled-image')!.remove());
      expect(await seriousViolations(page)).toEqual([]);
    },
    2 * MINUTES,
  );

  it('raised no script error and no Content-Security-Policy refusal on any page', () => {
    expect(browser.errors).toEqual([]);
  });
});
