// The code tab in Debian's chromium against a real `plumb serve` whose worker runs the real pipeline: the file tree,
// a file with highlighting, its issues under their lines, coverage uploaded through CodeStax's API, a duplicated block
// followed to its other occurrence, `?line=N` in a 10,000-line file, and the functions sorted by complexity.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_WITH_FINDINGS } from '../../server/test/support/python-findings.js';
import { analyzeNow } from './support/analyses.js';
import { checkInBothThemes, launchBrowser, type Browser } from './support/browser.js';
import { startPlumb, type PlumbServer } from './support/plumb-server.js';
import { gitRepository } from './support/repositories.js';

const OWNER = { email: 'cora@acme.test', password: 'correct horse battery' };
const MINUTES = 60_000;

const SHARED_BLOCK = Array.from(
  { length: 10 },
  (_, i) => `  total = total + values[${i}] * weights[${i}] - offsets[${i}] / scale;`,
).join('\n');
const duplicated = (name: string) =>
  [`// ${name}`, `export function ${name}(values, weights, offsets, scale) {`, '  let total = 0;', SHARED_BLOCK]
    .concat(['  return total;', '}', ''])
    .join('\n');
const COMPLEX_JS = [
  'export function route(a, b, c, d) {',
  ...Array.from({ length: 12 }, (_, i) => `  if (a === ${i} && (b > ${i} || c < ${i})) { d += ${i}; }`),
  '  return d;',
  '}',
  '',
].join('\n');

const FILES = {
  'src/shop/cart.py': PYTHON_WITH_FINDINGS,
  'src/shop/pricing.js': duplicated('pricing'),
  'src/billing/totals.js': duplicated('totals'),
  'src/route.js': COMPLEX_JS,
  // Comments only: long, but nothing for the clone detector.
  'scripts/notes.sh': Array.from({ length: 10_000 }, (_, i) => `# note ${i + 1}`).join('\n') + '\n',
};

// cart.py: line 4 (`if x == None`) runs with one of its two branches, line 5 never runs.
const LCOV = ['SF:src/shop/cart.py', 'DA:1,1', 'DA:3,1', 'DA:4,1', 'BRDA:4,0,0,1', 'BRDA:4,0,1,0', 'DA:5,0', 'DA:6,1'];

let server: PlumbServer;
let browser: Browser;
let page: Page;
let base: string;
let analysisId: number;
let otherAnalysisId: number;

/** A call the dashboard makes, from the page: its session cookie and header. */
const inPage = <T>(path: string, body: unknown): Promise<T> =>
  page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
        body: JSON.stringify(body),
      });
      return response.json();
    },
    { path, body },
  ) as Promise<T>;

/** Uploads an lcov report for a completed analysis, as a CI script does through CodeStax's API. */
async function uploadCoverage(scanId: number, report: string): Promise<void> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(OWNER),
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const form = new FormData();
  form.set('scan_id', String(scanId));
  form.set('report_format', 'lcov');
  form.set('file', new Blob([report]), 'lcov.info');
  const uploaded = await fetch(`${server.url}/api/quality/coverage/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (!uploaded.ok) throw new Error(`coverage upload: ${uploaded.status} ${await uploaded.text()}`);
}

// The page's first load fetches its chunks, the session, the project and the analysis: slow under a loaded machine.
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 200 });

const codeLine = (line: number) => page.locator(`.code-line[data-line="${line}"]`);

beforeAll(async () => {
  server = await startPlumb();
  const repo = await gitRepository(server.scratch, 'shop', FILES);
  browser = await launchBrowser();
  page = browser.page;
  await page.goto(`${server.url}/sign-in`);
  await inPage('/api/dashboard/first-run', { organization: 'acme', name: 'Cora', ...OWNER });
  const addProject = async (path: string, repo: string) => {
    const added = await inPage<{ data: { plumbAddProject: { id: number } } }>('/graphql', {
      query:
        'mutation Add($project: PlumbNewProject!) { plumbAddProject(organization: "acme", project: $project) { id } }',
      variables: { project: { provider: 'gp', path, gitUrl: `file://${repo}` } },
    });
    return added.data.plumbAddProject.id;
  };
  const projectId = await addProject('shop', repo);
  base = `${server.url}/orgs/acme/projects/${projectId}`;
  const analysis = await analyzeNow(server.url, OWNER, projectId);
  expect(analysis).toMatchObject({ state: 'completed' });
  analysisId = analysis.scanId;
  await uploadCoverage(analysisId, [...LCOV, 'end_of_record', ''].join('\n'));
  const tools = await gitRepository(server.scratch, 'tools', { 'tool.py': 'def run():\n    return 1\n' });
  const other = await analyzeNow(server.url, OWNER, await addProject('tools', tools));
  otherAnalysisId = other.scanId;
}, 6 * MINUTES);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the code tab in a real browser', () => {
  it(
    'walks the tree to a file: highlighted code, its issues under their lines, coverage marks with a legend',
    async () => {
      await page.goto(`${base}/code`);
      await poll(() => page.locator('table.code-tree tbody th').allTextContents()).toEqual(['scripts/', 'src/']);
      const src = page.locator('table.code-tree tbody tr', { hasText: 'src/' });
      // Issues, lines of code, complexity, functions, duplicated lines, clones: counted over everything under src/.
      const cells = await src.locator('td').allTextContents();
      expect(Number(cells[0])).toBeGreaterThanOrEqual(2);
      expect(Number(cells[1])).toBeGreaterThan(40);
      expect(Number(cells[2])).toBeGreaterThan(12);
      expect(await checkInBothThemes(page, 'code-tree')).toEqual({ light: [], dark: [] });

      await page.getByRole('link', { name: 'src/' }).click();
      await page.getByRole('link', { name: 'shop/' }).click();
      await page.getByRole('link', { name: 'cart.py' }).click();
      await page.waitForURL(`**/code/src/shop/cart.py?analysis=${analysisId}`);
      await poll(() => page.getByRole('navigation', { name: 'Breadcrumbs' }).textContent()).toBe('Filessrcshopcart.py');
      await poll(() => codeLine(1).locator('.hljs-keyword').textContent()).toBe('import');
      // Ruff's E711 under line 4, naming its rule and linking to the file's issues.
      const note = codeLine(4).locator('.line-note-issue');
      await poll(() => note.count()).toBeGreaterThanOrEqual(1);
      expect(await note.first().textContent()).toContain('E711');
      expect(await note.first().getByRole('link').getAttribute('href')).toBe(
        `${new URL(base).pathname}/issues?analysis=${analysisId}&path=src%2Fshop%2Fcart.py`,
      );
      expect(await codeLine(2).locator('.line-note').count()).toBe(0);
      // Coverage: 4 partly covered, 5 not covered, 3 covered, 2 (blank) not executable.
      expect(await codeLine(4).locator('.coverage-partial').textContent()).toContain('partly covered');
      expect(await codeLine(5).locator('.coverage-uncovered').textContent()).toContain('not covered');
      expect(await codeLine(3).locator('.coverage-covered').count()).toBe(1);
      expect(await codeLine(2).locator('.coverage-none').textContent()).toBe('');
      expect(await page.getByRole('list', { name: 'Coverage legend' }).textContent()).toContain('partly covered');
      expect(await checkInBothThemes(page, 'code-file')).toEqual({ light: [], dark: [] });

      // A file the report leaves out has no legend; at 360 px the page never scrolls sideways.
      await page.goto(`${base}/code/src/route.js?analysis=${analysisId}`);
      await poll(() => codeLine(1).locator('.hljs-keyword').first().textContent()).toBe('export');
      expect(await page.getByRole('list', { name: 'Coverage legend' }).count()).toBe(0);
      await page.setViewportSize({ width: 360, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await checkInBothThemes(page, 'code-file-narrow')).toEqual({ light: [], dark: [] });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
    4 * MINUTES,
  );

  it(
    'follows a duplicated block to its other occurrence, opened at its line; ?line=N scrolls a 10,000-line file',
    async () => {
      await page.goto(`${base}/code/src/shop/pricing.js?analysis=${analysisId}`);
      const duplicate = page.locator('.line-note-duplicate');
      await poll(() => duplicate.count()).toBe(1);
      expect(await duplicate.textContent()).toMatch(
        /Duplicated block, lines \d+–\d+, also in src\/billing\/totals\.js:\d+/,
      );
      await duplicate.getByRole('link').click();
      await page.waitForURL(/\/code\/src\/billing\/totals\.js\?analysis=\d+&line=\d+$/);
      const line = Number(new URL(page.url()).searchParams.get('line'));
      await poll(() => page.locator('.code-line-target').getAttribute('data-line')).toBe(String(line));
      expect(await codeLine(line).getAttribute('aria-current')).toBe('location');
      expect(await codeLine(line).locator('.line-note-duplicate a').textContent()).toMatch(
        /^src\/shop\/pricing\.js:\d+$/,
      );

      await page.goto(`${base}/code/scripts/notes.sh?analysis=${analysisId}&line=9000`);
      await poll(() => codeLine(9000).isVisible()).toBe(true);
      expect(await codeLine(9000).textContent()).toContain('# note 9000');
      expect(await page.locator('.code-line-target').getAttribute('data-line')).toBe('9000');
      // Only the lines in view (and a margin) are in the page.
      expect(await page.locator('.code-line').count()).toBeLessThan(200);
      expect(await page.getByText('10,000 lines').count()).toBe(1);
    },
    4 * MINUTES,
  );

  it(
    'sorts the functions by complexity, filters them by path and opens one at its line',
    async () => {
      await page.goto(`${base}/code?analysis=${analysisId}`);
      await page.getByRole('link', { name: 'Functions' }).click();
      await page.waitForURL(`**/functions?analysis=${analysisId}`);
      const names = () => page.locator('table.functions tbody th').allTextContents();
      await poll(names).toEqual(expect.arrayContaining(['route', 'pricing', 'totals', 'f']));
      expect((await names())[0]).toBe('route');
      const cyclomatic = page.locator('th', { hasText: 'Cyclomatic' });
      expect(await cyclomatic.getAttribute('aria-sort')).toBe('descending');
      expect(await checkInBothThemes(page, 'functions')).toEqual({ light: [], dark: [] });

      await page.getByRole('button', { name: 'Cyclomatic' }).click();
      await poll(() => cyclomatic.getAttribute('aria-sort')).toBe('ascending');
      await poll(async () => (await names()).at(-1)).toBe('route');
      expect(page.url()).toContain('sort=Complexity&dir=asc');

      await page.getByLabel('Path starts with').fill('src/billing');
      await poll(names).toEqual(['totals']);
      expect(page.url()).toContain('path=src%2Fbilling');
      await page.getByRole('link', { name: 'totals' }).click();
      await page.waitForURL(`**/code/src/billing/totals.js?analysis=${analysisId}&line=2`);
      await poll(() => page.locator('.code-line-target').getAttribute('data-line')).toBe('2');
    },
    4 * MINUTES,
  );

  it(
    "says what is wrong for a path the analysis lacks, a bad analysis parameter, another project's, and none",
    async () => {
      await page.goto(`${base}/code/src/gone.py?analysis=${analysisId}`);
      await poll(() => page.getByRole('alert').textContent()).toContain('src/gone.py is not in this analysis');
      await page.goto(`${base}/code?analysis=latest`);
      await poll(() => page.getByRole('alert').textContent()).toContain('No such analysis');
      await page.goto(`${base}/code?analysis=${otherAnalysisId}`);
      await poll(() => page.getByRole('alert').textContent()).toContain('Not an analysis of this project');
      await page.goto(`${base}/functions?analysis=${otherAnalysisId}`);
      await poll(() => page.getByRole('alert').textContent()).toContain('Not an analysis of this project');
      await page.goto(`${base}/code?analysis=987654`);
      await poll(() => page.getByRole('alert').textContent()).toContain('Could not load the files');
      expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
      expect(browser.errors).toEqual([]);
    },
    2 * MINUTES,
  );
});
