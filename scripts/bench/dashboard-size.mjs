// `npm run bench -- --dashboard`: the JavaScript and CSS each first page of the dashboard ships, gzipped, from the
// build's manifest (packages/web/dist/.vite/manifest.json, made by `npm run build`): the entry and its static
// imports, plus the page's own chunk and its static imports (every page is loaded per route). Target: under 250 kB
// of JavaScript for a first page (issue 17).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));
const TARGET_KB = 250;

/** The pages a visitor may land on first, by their source module. */
const PAGES = {
  'sign in': 'src/views/sign-in/SignInPage.tsx',
  'first run': 'src/views/first-run/FirstRunPage.tsx',
  overview: 'src/views/overview/OverviewPage.tsx',
  'add a project': 'src/views/add-project/AddProjectPage.tsx',
  // Its trend charts (Recharts) load after the page's figures, so they are not part of it.
  project: 'src/views/project-home/ProjectHomePage.tsx',
  'pull requests': 'src/views/pulls/PullRequestsPage.tsx',
  'pull request': 'src/views/pulls/PullRequestPage.tsx',
};

/** A chunk and every chunk it imports statically, by manifest key. */
function closure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

const gzipKb = async (file) => gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length / 1024;

async function measure() {
  const manifest = JSON.parse(await readFile(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const rows = [];
  for (const [page, source] of Object.entries(PAGES)) {
    if (!manifest[source]) throw new Error(`${source} is not in the build's manifest: run npm run build first`);
    const keys = new Set([...closure(manifest, 'index.html'), ...closure(manifest, source)]);
    let js = 0;
    let css = 0;
    for (const key of keys) {
      js += await gzipKb(manifest[key].file);
      for (const sheet of manifest[key].css ?? []) css += await gzipKb(sheet);
    }
    rows.push({ page, jsKb: js, cssKb: css, chunks: keys.size });
  }
  return rows;
}

const rows = await measure();
for (const { page, jsKb, cssKb, chunks } of rows)
  console.log(
    `${page.padEnd(14)} JavaScript ${jsKb.toFixed(1)} kB gzipped (${chunks} chunks), CSS ${cssKb.toFixed(1)} kB` +
      ` — target < ${TARGET_KB} kB: ${jsKb < TARGET_KB ? 'met' : 'MISSED'}`,
  );
