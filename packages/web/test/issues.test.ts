// The issues page in Debian's chromium against a real `plumb serve` whose worker runs the real pipeline: filters kept
// in a URL another page opens as is, an issue with the code around it and its rule's documentation, a false positive
// marked with a reason that holds through a new analysis, axe in both themes and a 360 px wide page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_WITH_FINDINGS } from '../../server/test/support/python-findings.js';
import { analyzeNow } from './support/analyses.js';
import { checkInBothThemes, launchBrowser, type Browser } from './support/browser.js';
import { startPlumb, type PlumbServer } from './support/plumb-server.js';
import { commitFiles, gitRepository } from './support/repositories.js';

const OWNER = { email: 'olivia@acme.test', password: 'correct horse battery' };
const MINUTES = 60_000;

/** Polls what the page shows, for long enough on a loaded machine (the first rule lookup reads the whole catalog). */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 });

let server: PlumbServer;
let browser: Browser;
let page: Page;
let repo: string;
let projectId: number;

/** Runs a request of the page's own kind (the session cookie and the dashboard's header) inside the page. */
const inPage = <T>(path: string, body: unknown): Promise<T> =>
  page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as T;
    },
    { path, body },
  );

const issuesUrl = (query = '') => `${server.url}/orgs/acme/projects/${projectId}/issues${query}`;
const countText = (on: Page = page) => on.getByTestId('issue-count').textContent();
const rows = (on: Page = page) => on.getByRole('listbox').getByRole('option');
const rowTexts = (on: Page = page) => rows(on).allTextContents();

beforeAll(async () => {
  server = await startPlumb();
  repo = await gitRepository(server.scratch, 'billing', {
    'src/app.py': PYTHON_WITH_FINDINGS,
    'src/util.py': PYTHON_WITH_FINDINGS,
    'tools/gen.py': PYTHON_WITH_FINDINGS,
  });
  browser = await launchBrowser();
  page = browser.page;
  await page.goto(`${server.url}/first-run`);
  const setUp = await inPage<{ organization?: unknown }>('/api/dashboard/first-run', {
    organization: 'acme',
    name: 'Olivia Owner',
    ...OWNER,
  });
  expect(setUp.organization).toBeDefined();
  const added = await inPage<{ data: { plumbAddProject: { id: number } } }>('/graphql', {
    query: `mutation($p: PlumbNewProject!) { plumbAddProject(organization: "acme", project: $p) { id } }`,
    variables: { p: { provider: 'gp', path: 'billing', gitUrl: `file://${repo}` } },
  });
  projectId = added.data.plumbAddProject.id;
  expect(await analyzeNow(server.url, OWNER, projectId)).toMatchObject({ state: 'completed' });
}, 5 * MINUTES);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the issues page in a real browser', () => {
  it(
    'filters issues into the URL, and a new page opened at that URL shows the same view',
    async () => {
      await page.goto(`${server.url}/orgs/acme/projects/${projectId}`);
      await page.getByRole('link', { name: 'Issues' }).click();
      await page.waitForURL('**/issues');
      await eventually(() => countText()).toMatch(/^\d+ issues$/);
      const all = Number((await countText())!.split(' ')[0]);
      expect(all).toBeGreaterThanOrEqual(9);
      expect(await checkInBothThemes(page, 'issues')).toEqual({ light: [], dark: [] });

      await page.getByLabel('Rule').selectOption('F401');
      await eventually(() => countText()).toBe('3 issues');
      await page.getByLabel('Path starts with').fill('src/');
      await page.getByLabel('Path starts with').press('Enter');
      await eventually(() => countText()).toBe('2 issues');
      expect(new URL(page.url()).searchParams.getAll('rule')).toEqual(['F401']);
      expect(new URL(page.url()).searchParams.get('path')).toBe('src/');
      const filtered = await rowTexts();
      expect(filtered).toHaveLength(2);
      expect(filtered.every((row) => row.includes('F401') && row.includes('src/'))).toBe(true);

      const shared = await browser.context.newPage();
      await shared.goto(page.url());
      await eventually(() => countText(shared)).toBe('2 issues');
      expect(await rowTexts(shared)).toEqual(filtered);
      expect(await shared.getByLabel('Rule').inputValue()).toBe('F401');
      expect(await shared.getByLabel('Path starts with').inputValue()).toBe('src/');
      await shared.close();

      await page.getByLabel('Rule').selectOption('');
      await page.getByLabel('Path starts with').fill('');
      await page.getByLabel('Path starts with').press('Enter');
      await eventually(() => countText()).toBe(`${all} issues`);
    },
    3 * MINUTES,
  );

  it(
    'opens an issue from the keyboard with the code around it, its file link and its rule documentation',
    async () => {
      await page.goto(issuesUrl('?rule=F401&path=src/app.py'));
      await eventually(() => countText()).toBe('1 issue');
      await page.getByRole('listbox').focus();
      await page.keyboard.press('Enter');
      const detail = page.getByRole('region', { name: /imported but unused/ });
      await eventually(() => detail.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('issue-detail-title');

      const flagged = page.locator('.code-line-issue');
      await eventually(() => flagged.textContent()).toContain('import os');
      expect(await page.locator('.code-line').count()).toBeGreaterThanOrEqual(6);
      const analysis = await page.locator('.page-head p').textContent();
      const analysisId = analysis!.match(/Analysis (\d+)/)![1];
      expect(await page.getByRole('link', { name: 'Open in file' }).getAttribute('href')).toBe(
        `/orgs/acme/projects/${projectId}/code/src/app.py?analysis=${analysisId}&line=1`,
      );

      await page.getByRole('button', { name: 'Rule documentation' }).click();
      await eventually(() => page.locator('#issue-rule-docs').textContent()).toContain('What it finds');
      const docs = page.getByRole('region', { name: /Rule F401/ });
      expect(await docs.textContent()).toContain('Why it matters');
      expect(await docs.getByRole('link').getAttribute('href')).toContain('docs.astral.sh/ruff');
      expect(await checkInBothThemes(page, 'issue-detail')).toEqual({ light: [], dark: [] });

      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    },
    3 * MINUTES,
  );

  it(
    'marks a false positive with a required reason, which still holds after a new analysis, then reopens it',
    async () => {
      await page.goto(issuesUrl('?rule=F401&path=src/app.py'));
      await eventually(() => countText()).toBe('1 issue');
      await rows().first().click();
      await page.getByRole('button', { name: 'Mark as false positive' }).click();
      await eventually(() => page.getByRole('alert').textContent()).toContain('Reason');
      await page.getByLabel('Reason (required)').fill('re-exported for the plugins');
      await page.getByRole('button', { name: 'Mark as false positive' }).click();
      await eventually(() => page.locator('.resolution').textContent()).toContain('False positive by Olivia Owner');
      expect(await page.locator('.resolution').textContent()).toContain('re-exported for the plugins');
      expect((await rowTexts())[0]).toContain('False positive');
      expect(await page.getByLabel('Status').locator('option[value=false_positive]').textContent()).toBe(
        'False positive (1)',
      );

      await commitFiles(repo, { 'src/extra.py': PYTHON_WITH_FINDINGS }, 'second');
      expect(await analyzeNow(server.url, OWNER, projectId)).toMatchObject({ state: 'completed' });
      await page.goto(issuesUrl('?status=false_positive'));
      await eventually(() => countText()).toBe('1 issue');
      expect((await rowTexts())[0]).toContain('src/app.py');
      await rows().first().click();
      await eventually(() => page.locator('.resolution').textContent()).toContain('re-exported for the plugins');

      await page.getByRole('button', { name: 'Reopen the issue' }).click();
      await eventually(() => page.getByRole('button', { name: 'Mark as false positive' }).isVisible()).toBe(true);
      await page.goto(issuesUrl('?status=false_positive'));
      await eventually(() => countText()).toBe('0 issues');
      await page.goto(issuesUrl('?new=1'));
      await eventually(() => countText()).toMatch(/^[1-9]\d* issues?$/);
      expect((await rowTexts()).every((row) => row.includes('src/extra.py'))).toBe(true);
    },
    5 * MINUTES,
  );

  it(
    'fits a 360 px wide screen without sideways scrolling, with the detail below the list',
    async () => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(issuesUrl('?rule=F401'));
      await eventually(() => countText()).toBe('4 issues');
      await rows().first().click();
      await eventually(() => page.locator('.code-line-issue').count()).toBe(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBe(0);
      expect(await checkInBothThemes(page, 'issue-detail-narrow')).toEqual({ light: [], dark: [] });
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(browser.errors).toEqual([]);
    },
    3 * MINUTES,
  );
});
