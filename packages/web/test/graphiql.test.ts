// GraphiQL at /graphiql in Debian's chromium against a real `plumb serve`, with the internet out of reach as on a
// self-hosted server: the page renders from the server's own files, runs a query with the dashboard's session, and
// asks no other host for anything.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './support/browser.js';
import { startPlumb, type PlumbServer } from './support/plumb-server.js';

const OWNER = { organization: 'acme', email: 'gina@acme.test', password: 'correct horse battery' };
const MINUTES = 60_000;

let server: PlumbServer;
let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  server = await startPlumb();
  browser = await launchBrowser();
  page = browser.page;
  page.on('request', (request) => requested.push(request.url()));
  // Nothing but the server answers: a script from a CDN would fail here as it does without internet.
  await browser.context.route(
    (url) => !url.href.startsWith(server.url),
    (route) => route.abort('internetdisconnected'),
  );
}, 5 * MINUTES);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('GraphiQL in a real browser', () => {
  it(
    "renders from the server's own files and runs a query with the dashboard's session",
    async () => {
      // Signed in first, from another page of the server: GraphiQL's first visit reads the schema with the session.
      await page.goto(`${server.url}/favicon.svg`);
      const status = await page.evaluate(async (owner) => {
        const response = await fetch('/api/dashboard/first-run', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
          body: JSON.stringify(owner),
        });
        return response.status;
      }, OWNER);
      expect(status).toBeLessThan(300);
      // GraphiQL first reads the schema (introspection) with the session; then its run button sends the query.
      const introspected = page.waitForResponse((response) => response.url().endsWith('/graphql'));
      await page.goto(`${server.url}/graphiql`);
      await page.locator('.graphiql-container').waitFor({ timeout: MINUTES });
      expect((await introspected).status()).toBe(200);
      // The editor loads after the page: its run button does nothing until the query shows in it.
      const editor = page.locator('.graphiql-query-editor .CodeMirror-code');
      await expect.poll(() => editor.textContent(), { timeout: MINUTES }).toContain('lastAnalysis');
      const ran = page.waitForResponse((response) => response.url().endsWith('/graphql'));
      await page.locator('.graphiql-execute-button').click();
      expect((await ran).status()).toBe(200);
      const result = page.locator('.result-window');
      await expect.poll(() => result.textContent(), { timeout: MINUTES }).toContain('"projects": []');
      const text = (await result.textContent()) ?? '';
      expect(text).toContain('"user"');
      expect(text).not.toContain('"errors"');
      expect(browser.errors).toEqual([]);
      expect(requested.length).toBeGreaterThan(3);
      expect(requested.filter((url) => !url.startsWith(server.url))).toEqual([]);
    },
    3 * MINUTES,
  );
});
