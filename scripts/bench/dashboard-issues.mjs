// `node scripts/bench/dashboard-issues.mjs` (`npm run build` first): the dashboard's issues page on an analysis of
// 100,000 findings (pipeline-store.mjs's synthetic writer), served by a real `plumb serve --no-worker` on PostgreSQL
// and opened signed in by headless Debian chromium (playwright-core). The Performance API in the page gives:
//  - time to interactive: from navigation start (performance.timeOrigin) until the first frame painted with the list's
//    first issue rows in it, or until the end of the last long task that began before that frame, whichever is later
//    (then an input on the list runs at once); checked by pressing ArrowDown right after and timing the list's answer;
//  - scrolling the whole list (every row, loaded page after page as it goes) programmatically, a few screens a frame:
//    every long task (PerformanceObserver `longtask`, over 50 ms by definition) while it scrolls.
// Then the SQL each page of the list costs (statements, EXPLAIN ANALYZE), on an app in this process.
// Options: --pg-url URL  --findings 100000  --rounds 5 (page opened afresh each round; median and worst)  --no-scroll
//          --sql-only (no browser)
/* global window, document, requestAnimationFrame, MutationObserver, KeyboardEvent */
// (The functions given to the page run in chromium, with its globals.)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { importServer, openDriver } from './bench-store.mjs';
import { storeSyntheticProject } from './pipeline-store.mjs';
import { explainAll, statementsOf } from './sql-profile.mjs';

const { values } = parseArgs({
  options: {
    'pg-url': {
      type: 'string',
      default: process.env.PLUMB_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    findings: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '5' },
    'no-scroll': { type: 'boolean', default: false },
    'sql-only': { type: 'boolean', default: false },
  },
});

const repo = fileURLToPath(new URL('../..', import.meta.url));
const plumbBin = path.join(repo, 'packages/cli/bin/plumb.js');
const CHROMIUM = process.env.PLUMB_CHROMIUM ?? '/usr/bin/chromium';
const OWNER = { email: 'owner@bench.example', password: 'bench password 1' };
const MARK = `--plumb-bench-run=${process.pid}`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** `plumb serve --no-worker` on the database; answers its URL and a stop function. */
function serve(databaseUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [plumbBin, 'serve', '--port', '0', '--no-worker'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let logs = '';
    child.stdout.on('data', (chunk) => {
      logs += chunk;
      const match = logs.match(/"url":"(http:[^"]+)"/);
      if (match) resolve({ url: match[1], stop: () => new Promise((done) => (child.on('close', done), child.kill())) });
    });
    child.stderr.on('data', (chunk) => (logs += chunk));
    child.on('close', (code) => reject(new Error(`plumb serve exited with ${code}:\n${logs}`)));
  });
}

/**
 * CPU time (user + system, ms) of the browser's renderer processes, from /proc: what a scroll costs the page, which
 * the machine's load does not inflate as it does wall time.
 */
function rendererCpuMs() {
  const stats = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      stats.set(Number(entry), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), cmdline });
    } catch {
      // A process that ended meanwhile.
    }
  }
  // The browser's main process carries this run's own (ignored) flag; its renderers descend from it.
  const browserPid = [...stats].find(([, { cmdline }]) => cmdline.includes(MARK) && !cmdline.includes('--type='))?.[0];
  const descends = (pid) => {
    for (let at = pid; at > 1; at = stats.get(at)?.parent ?? 0) if (at === browserPid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, { ticks: used, cmdline }] of stats)
    if (cmdline.includes('--type=renderer') && descends(pid)) ticks += used;
  return (ticks * 1000) / 100;
}

/**
 * The SQL of the pages the list asks for (the first, with its total and facets; one 50,000 rows deep along the cursor;
 * filtered ones), on an app in this process over the same database: statements per request and the page's plan.
 */
async function profilePages(store, databaseUrl, userToken, analysisId) {
  const { buildApp } = await importServer('app.js');
  const { lazyQueue } = await importServer('jobs/queue.js');
  const queue = lazyQueue(store, { expireInSeconds: 300 });
  const app = await buildApp({ store, logger: false, queue });
  const page = async (args, fields = 'next issues { id filename line rule severity status }') => {
    const query = `{ plumbIssues(analysisId: ${analysisId}${args}) { ${fields} } }`;
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'x-api-token': userToken },
      payload: { query },
    });
    const answer = response.json();
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data.plumbIssues;
  };
  try {
    await page(', first: 1');
    let after = null;
    for (let rows = 0; rows < 50_000; rows += 500)
      after = (await page(`, first: 500, after: ${JSON.stringify(after)}`)).next;
    const cases = [
      [
        'first page with total and facets',
        ', first: 100',
        'total facets { severities { value count } } next issues { id }',
      ],
      ['a page 50,000 rows deep', `, first: 400, after: ${JSON.stringify(after)}`],
      ['severity high, deep', `, first: 400, after: ${JSON.stringify(after)}, filter: { severities: ["high"] }`],
      ['path prefix', ', first: 400, filter: { path: "src/core/" }'],
      ['status false_positive (none)', ', first: 400, filter: { statuses: ["false_positive"] }'],
      ['new only', ', first: 400, filter: { newOnly: true }'],
    ];
    for (const [name, args, fields] of cases) {
      const statements = await statementsOf(() => page(args, fields));
      const { planning, execution, slowest } = await explainAll(databaseUrl, statements);
      console.log(
        `plumbIssues ${name}: ${statements.length} SQL statements, planning ${planning.toFixed(1)} ms + execution ` +
          `${execution.toFixed(1)} ms (slowest ${slowest.ms.toFixed(1)} ms: ${slowest.plan})`,
      );
    }
  } finally {
    await app.close();
    await queue.stop?.();
  }
}

/** Installed before the page's own scripts: records long tasks and the first paint with issue rows in the list. */
function instrument() {
  const marks = { longTasks: [], rowsAt: null, paintedAt: null };
  window.__bench = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    const row = document.querySelector('[role=listbox] [role=option] .issue-message');
    if (!row || marks.rowsAt !== null) return;
    marks.rowsAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => (marks.paintedAt = performance.now()), 0));
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

/** In the page: scrolls the list to its end, a few screens a frame, waiting where its rows are not loaded yet. */
async function scrollWholeList() {
  const scroller = document.querySelector('[data-testid=issue-scroller]');
  const started = performance.now();
  const from = window.__bench.longTasks.length;
  let frames = 0;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  for (;;) {
    await frame();
    frames++;
    const waiting = scroller.querySelector('[role=option] .muted');
    if (waiting) continue;
    const bottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
    if (bottom) break;
    scroller.scrollTop += scroller.clientHeight * 3;
  }
  const rows = scroller.querySelectorAll('[role=option]');
  const last = rows[rows.length - 1]?.getAttribute('aria-posinset');
  return {
    ms: performance.now() - started,
    frames,
    lastRow: Number(last),
    longTasks: window.__bench.longTasks.slice(from).map((task) => task.duration),
  };
}

async function main() {
  const { store, databaseUrl, close } = await openDriver('postgres', values['pg-url']);
  const server = await serve(databaseUrl);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      MARK,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const firstRun = await fetch(`${server.url}/api/dashboard/first-run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
      body: JSON.stringify({ organization: 'bench', name: 'Bench Owner', ...OWNER }),
    });
    if (!firstRun.ok) throw new Error(`first run: ${firstRun.status} ${await firstRun.text()}`);

    const { project, analysis, result, userToken } = await storeSyntheticProject(store, {
      email: OWNER.email,
      count: Number(values.findings),
    });
    console.log(`stored ${result.violations.length} findings; load ${load()}`);
    await profilePages(store, databaseUrl, userToken, analysis.id);
    if (values['sql-only']) return;

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    const signedIn = await page.evaluate(async (owner) => {
      const response = await fetch('/api/dashboard/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-plumb-dashboard': '1' },
        body: JSON.stringify(owner),
      });
      return response.status;
    }, OWNER);
    if (signedIn !== 200) throw new Error(`sign in: ${signedIn}`);

    const url = `${server.url}/orgs/bench/projects/${project.id}/issues`;
    const rounds = [];
    for (let round = 0; round < Number(values.rounds); round++) {
      await page.goto(url);
      await page.waitForFunction(() => window.__bench.paintedAt !== null, undefined, { timeout: 60_000 });
      const marks = await page.evaluate(() => window.__bench);
      const blockedUntil = marks.longTasks
        .filter((task) => task.start < marks.paintedAt)
        .reduce((end, task) => Math.max(end, task.start + task.duration), 0);
      const interactive = Math.max(marks.paintedAt, blockedUntil);
      // The list answers a key at once: the active row moves.
      await page.getByRole('listbox').focus();
      const answered = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const started = performance.now();
            const listbox = document.querySelector('[role=listbox]');
            new MutationObserver((_, observer) => {
              observer.disconnect();
              resolve(performance.now() - started);
            }).observe(listbox, { attributes: true, attributeFilter: ['aria-activedescendant'] });
            listbox.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
          }),
      );
      const count = await page.getByTestId('issue-count').textContent();
      rounds.push({ interactive, rowsAt: marks.rowsAt, answered, count });
      console.log(
        `round ${round + 1}: ${count}; first rows in the DOM at ${marks.rowsAt.toFixed(0)} ms, interactive at ` +
          `${interactive.toFixed(0)} ms (long tasks before: ${marks.longTasks.length}); ArrowDown answered in ` +
          `${answered.toFixed(1)} ms; load ${load()}`,
      );
    }
    const sorted = rounds.map((round) => round.interactive).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `time to interactive over ${sorted.length} rounds: median ${median.toFixed(0)} ms, ` +
        `worst ${sorted.at(-1).toFixed(0)} ms (target 1500 ms); load ${load()}`,
    );
    if (!values['no-scroll']) {
      const cpuBefore = rendererCpuMs();
      const scrolled = await page.evaluate(scrollWholeList);
      const cpu = rendererCpuMs() - cpuBefore;
      const over = scrolled.longTasks.filter((duration) => duration > 50);
      console.log(
        `scrolled the whole list to row ${scrolled.lastRow} in ${(scrolled.ms / 1000).toFixed(1)} s ` +
          `(${scrolled.frames} frames): ${over.length} long tasks over 50 ms` +
          (over.length
            ? ` (longest ${Math.max(...over).toFixed(0)} ms: ${over.map((d) => d.toFixed(0)).join(', ')})`
            : '') +
          `; load ${load()}`,
      );
      console.log(
        `  renderer CPU while scrolling (/proc, 10 ms ticks): ${(cpu / 1000).toFixed(1)} s, ` +
          `${(cpu / scrolled.frames).toFixed(2)} ms a frame, ${(cpu / (scrolled.lastRow / 1000)).toFixed(0)} ms ` +
          `per 1,000 rows${cpu > 0 ? '' : ' (renderer not found)'}`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
    await close();
  }
}

await main();
