// GraphiQL at /graphiql without the internet: the page of the dashboard's build (packages/web/dist, made by
// `npm install`), and every script and style it loads, served by this server, none from another host.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

const WEB_ROOT = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

/** The hosts a page may load GraphiQL from when it is not self-hosted. */
const CDN = /unpkg\.com|jsdelivr|cdnjs|esm\.sh|googleapis|skypack/;

/** What a script imports: static `from"./x.js"` and `import("./x.js")`, and the URLs Vite's preload names. */
const importsOf = (script: string): string[] =>
  [...script.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'`]([^"'`]+\.(?:js|css))["'`]/g)].map(
    (match) => match[1]!,
  );

describe('GraphiQL at /graphiql', () => {
  let testApp: TestApp;
  let bare: TestApp;
  beforeAll(async () => {
    if (!existsSync(`${WEB_ROOT}/graphiql.html`))
      throw new Error('packages/web/dist is not built: run npm run build (npm install runs it)');
    testApp = await openTestApp(undefined, { webRoot: WEB_ROOT });
    bare = await openTestApp();
  });
  afterAll(async () => {
    await testApp?.close();
    await bare?.close();
  });
  const get = (url: string) => testApp.app.inject({ method: 'GET', url });

  it('serves the page under a policy that lets it load its own files and data: fonts only', async () => {
    for (const url of ['/graphiql', '/graphiql/']) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('<div id="graphiql">');
      const policy = String(page.headers['content-security-policy']);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("font-src 'self' data:");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/https?:|unsafe-eval/);
    }
  });

  it('loads every script and style from this server, and nothing names a CDN', async () => {
    const page = (await get('/graphiql')).body;
    const referenced = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(referenced.some((url) => url.endsWith('.js'))).toBe(true);
    for (const url of referenced) expect(url, url).toMatch(/^\/(?!\/)/);
    expect(page).not.toMatch(CDN);
    const seen = new Set<string>();
    const queue = referenced.filter((url) => /\.(js|css)$/.test(url));
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const file = await get(url);
      expect(file.statusCode, url).toBe(200);
      expect(file.body, url).not.toMatch(CDN);
      if (!url.endsWith('.js')) continue;
      for (const imported of importsOf(file.body)) {
        expect(imported, `${url} imports ${imported}`).not.toMatch(/^(https?:)?\/\//);
        queue.push(new URL(imported, `http://plumb.invalid${url}`).pathname);
      }
    }
    // GraphiQL's own code and its editor's, beside the shared React chunk.
    expect(seen.size).toBeGreaterThan(4);
  });

  it("keeps GraphiQL out of the dashboard's page", async () => {
    const dashboard = await get('/');
    const scripts = [...dashboard.body.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(scripts.join(' ')).not.toMatch(/graphiql|codemirror/);
  });

  it('answers a server without the dashboard build with a clear 404', async () => {
    const response = await bare.app.inject({ method: 'GET', url: '/graphiql' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      data: null,
      errors: [{ message: expect.stringContaining('packages/web/dist'), extensions: { code: 'NOT_FOUND' } }],
    });
  });
});
