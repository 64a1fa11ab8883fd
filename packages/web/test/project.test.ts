// A project's overview and its pull requests in Debian's chromium against a real `plumb serve` whose worker runs the
// real pipeline: a git repository analyzed twice (the second time with more findings), a branch analyzed from the
// page with "Analyze now", and a pull request reviewed on the server. axe-core checks every page in both themes.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_WITH_FINDINGS } from '../../server/test/support/python-findings.js';
import { analyzeNow, requireRating } from './support/analyses.js';
import { checkInBothThemes, launchBrowser, SCREENSHOT_DIR, type Browser } from './support/browser.js';
import { startPlumb, type PlumbServer } from './support/plumb-server.js';
import { commitFiles, gitRepository } from './support/repositories.js';

const git = promisify(execFile);
const OWNER = { email: 'olivia@acme.test', password: 'correct horse battery' };
const MINUTES = 60_000;
/** More findings than the first commit: an unused import, a comparison with None, a bare except. */
const TAX = [
  'import sys',
  '',
  'def rate(x):',
  '    if x == None:',
  '        return 0',
  '    try:',
  '        return 1 / x',
  '    except:',
  '        pass',
  '',
].join('\n');
/** What the pull request adds: a new file whose lines all changed, with Ruff's findings on them. */
const FEATURE = 'import os\n\ndef check(value):\n    if value == None:\n        return eval(value)\n';

let server: PlumbServer;
let browser: Browser;
let page: Page;
let repo: string;
let projectId: number;

/** A GraphQL call as the signed-in page makes it: the session cookie and the dashboard's header. */
const graphql = <T>(query: string): Promise<T> =>
  page.evaluate(async (document) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
      body: JSON.stringify({ query: document }),
    });
    const body = (await response.json()) as { data: unknown; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors[0]!.message);
    return body.data;
  }, query) as Promise<T>;

const projectUrl = (rest = '') => `${server.url}/orgs/acme/projects/${projectId}${rest}`;
/** Waits for what the page shows: a page of this test reads several things and loads its charts after its figures. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 60_000, interval: 250 });
const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

beforeAll(async () => {
  server = await startPlumb();
  repo = await gitRepository(server.scratch, 'billing', { 'app.py': PYTHON_WITH_FINDINGS });
  browser = await launchBrowser();
  page = browser.page;
  await page.goto(`${server.url}/first-run`);
  const created = await page.evaluate(async (owner) => {
    const response = await fetch('/api/dashboard/first-run', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
      body: JSON.stringify({ organization: 'acme', name: 'Olivia Owner', ...owner }),
    });
    return response.status;
  }, OWNER);
  expect(created).toBe(201);
  const added = await graphql<{ plumbAddProject: { id: number } }>(`mutation { plumbAddProject(organization: "acme",
    project: { provider: "gp", path: "billing", gitUrl: "file://${repo}", trackedBranches: ["develop"] }) { id } }`);
  projectId = added.plumbAddProject.id;
  // The gate asks for a quality rating of A: billing, rated lower for its findings, fails it.
  await requireRating(server.url, OWNER, 'A');
  expect(await analyzeNow(server.url, OWNER, projectId)).toMatchObject({ state: 'completed' });
  await commitFiles(repo, { 'tax.py': TAX }, 'tax');
  expect(await analyzeNow(server.url, OWNER, projectId)).toMatchObject({ state: 'completed' });
  // A branch the page analyzes itself, and a pull request from another, reviewed by the server against main.
  await git('git', ['-C', repo, 'branch', 'develop']);
  await git('git', ['-C', repo, 'checkout', '-q', '-b', 'feature']);
  await commitFiles(repo, { 'feature.py': FEATURE }, 'feature');
  await git('git', ['-C', repo, 'checkout', '-q', 'main']);
  await graphql(`mutation { createCodeReview(projectId: ${projectId}, pullRequest: 5, sourceBranch: "feature",
    targetBranch: "main") { id } }`);
}, 15 * MINUTES);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a project's pages in a real browser", () => {
  it(
    'drills from the overview into the project: ratings, gate conditions, trend charts and the history',
    async () => {
      await page.goto(`${server.url}/orgs/acme`);
      await page.getByRole('link', { name: 'billing' }).click();
      await page.waitForURL(`**/orgs/acme/projects/${projectId}`);
      await poll(() => page.locator('h1').textContent()).toBe('Overview');
      expect(await page.getByLabel('Branch').inputValue()).toBe('main');
      expect(await page.getByRole('option').allTextContents()).toEqual(['main', 'develop']);

      const ratings = page.getByRole('list', { name: 'Ratings' });
      await poll(() => ratings.locator('.rating').count()).toBe(6);
      expect(await page.locator('.gate-verdict .gate').textContent()).toBe('Failed');
      const conditions = page.getByRole('region', { name: 'Gate conditions' }).locator('tbody tr');
      expect(await conditions.count()).toBeGreaterThan(0);
      expect(await page.locator('.language-sizes').textContent()).toContain('Python');

      // One point per completed analysis: two on each chart, issues rising from the first to the second.
      await poll(() => page.locator('.trend-chart').count()).toBe(5);
      const issues = page.locator('.trend-chart', { hasText: 'Issues by severity' }).locator('.chart-area');
      expect(await issues.getAttribute('aria-label')).toContain('over 2 analyses');
      await poll(() => page.locator('.trend-chart .recharts-line-curve').count()).toBeGreaterThanOrEqual(5);
      const trend = await graphql<{ plumbProjectHome: { trend: { issuesBySeverity: Record<string, number> }[] } }>(
        `{ plumbProjectHome(organization: "acme", id: ${projectId}) {
          trend(branch: "main") { issuesBySeverity { critical high moderate info } } } }`,
      );
      const totals = trend.plumbProjectHome.trend.map((point) =>
        Object.values(point.issuesBySeverity).reduce((sum, count) => sum + count, 0),
      );
      expect(totals).toHaveLength(2);
      expect(totals[1]).toBeGreaterThan(totals[0]!);

      const history = page.getByRole('region', { name: 'Analysis history' }).locator('tbody tr');
      await poll(() => history.count()).toBe(2);
      expect(await history.first().textContent()).toContain('Completed');
      const issuesLink = history.first().getByRole('link', { name: /Issues of analysis/ });
      expect(await issuesLink.getAttribute('href')).toMatch(
        new RegExp(`^/orgs/acme/projects/${projectId}/issues\\?analysis=\\d+$`),
      );
      expect(await checkInBothThemes(page, 'project')).toEqual({ light: [], dark: [] });
      // The charts sit below the fold of the 1280×800 screenshots: the section on its own, in both themes.
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.locator('.trends').screenshot({ path: path.join(SCREENSHOT_DIR, `project-trends-${scheme}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    },
    5 * MINUTES,
  );

  it(
    'switches branch, presses Analyze now and follows the analysis from queued to completed',
    async () => {
      await page.getByLabel('Branch').selectOption('develop');
      await page.waitForURL(/\?branch=develop$/);
      await poll(() => page.getByText('has no completed analysis yet').count()).toBe(1);
      await page.getByRole('button', { name: 'Analyze now' }).click();
      const progress = page.locator('.progress');
      await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toMatch(/^Analysis \d+: /);
      const history = page.getByRole('region', { name: 'Analysis history' }).locator('tbody tr');
      await poll(() => history.count()).toBe(1);
      await expect
        .poll(() => history.first().locator('.state').textContent(), { timeout: 8 * MINUTES, interval: 1000 })
        .toBe('Completed');
      // The page polled its way there on its own, and read the branch's figures again once it ended.
      await poll(() => page.getByRole('list', { name: 'Ratings' }).locator('.rating').count()).toBe(6);
      expect(await progress.textContent()).toBe('');
      expect(await page.locator('.gate-verdict .gate').count()).toBe(1);
    },
    10 * MINUTES,
  );

  it(
    'makes a development report of the last seven days and opens it',
    async () => {
      await page.goto(projectUrl());
      await poll(() => page.getByText('No report yet', { exact: false }).count()).toBe(1);
      await page.getByRole('button', { name: 'Make a report of the last 7 days' }).click();
      const opened = page.locator('.report-detail');
      await poll(() => opened.count()).toBe(1);
      // Two commits on main this week, the first and tax; the feature branch's is not on it.
      expect(await opened.textContent()).toContain('Commits2 (+');
      expect(await page.getByRole('button', { name: /^Report of / }).getAttribute('aria-expanded')).toBe('true');
    },
    3 * MINUTES,
  );

  it(
    'lists the pull request and shows its annotations on the lines it changed',
    async () => {
      await page.goto(projectUrl());
      await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Pull requests' }).click();
      await page.waitForURL('**/pulls');
      const row = page.getByRole('region', { name: 'Pull requests' }).locator('tbody tr', { hasText: '#5' });
      await poll(() => row.count()).toBe(1);
      await expect
        .poll(
          async () => {
            await page.reload();
            return row.textContent();
          },
          { timeout: 8 * MINUTES, interval: 3000 },
        )
        .toContain('Completed');
      expect(await row.textContent()).toContain('feature → main');
      expect(await checkInBothThemes(page, 'pull-requests')).toEqual({ light: [], dark: [] });

      await row.getByRole('link', { name: '#5' }).click();
      await page.waitForURL(/\/pulls\/\d+$/);
      await poll(() => page.locator('h1').textContent()).toBe('feature → main');
      const file = page.getByRole('region', { name: 'feature.py' });
      await poll(() => file.locator('.annotation').count()).toBeGreaterThan(0);
      expect(await file.locator('h3').textContent()).toContain('added');
      // An annotation sits under the changed line it is about, with that line's code.
      const comparison = file.locator('.annotated-line', { hasText: 'E711' });
      await poll(() => comparison.locator('.code-line code').textContent()).toBe('    if value == None:');
      expect(await comparison.locator('.line-number').textContent()).toBe('4');
      expect(await page.locator('.gate-verdict .gate').count()).toBe(1);
      expect(await checkInBothThemes(page, 'pull-request')).toEqual({ light: [], dark: [] });
    },
    10 * MINUTES,
  );

  it(
    'keeps the project page within 360 pixels: nothing scrolls the page sideways',
    async () => {
      await page.setViewportSize({ width: 360, height: 800 });
      for (const url of [projectUrl(), projectUrl('/pulls')]) {
        await page.goto(url);
        await poll(() => page.locator('h1').count()).toBe(1);
        await page.waitForLoadState('networkidle');
        expect({ url, overflow: await noOverflow() }).toEqual({ url, overflow: 0 });
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    },
    3 * MINUTES,
  );

  it('raised no script error and no Content-Security-Policy refusal on any page', () => {
    expect(browser.errors).toEqual([]);
  });
});
