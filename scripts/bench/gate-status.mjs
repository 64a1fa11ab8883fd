// `node scripts/bench/gate-status.mjs --pg postgres://postgres@127.0.0.1:5432/postgres`: the latency of
// GET /api/quality/gates/status/:scan_id against one real `plumb serve` on PostgreSQL, at a fixed request rate.
// It makes a throw-away database, bootstraps an organization, serves it, uploads one analysis with `plumb scan
// --wait` (the gate is evaluated when it is stored), then sends the requests open-loop over keep-alive connections:
// each request is due at its own time whatever the others do, and its latency counts from that time, so a stall
// shows as the queue of late requests behind it (no coordinated omission). Not part of CI.
// Options: --rate 2000 (requests/s)  --seconds 10  --warmup 3  --connections 64  --port 18087
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const plumbBin = path.join(repo, 'packages/cli/bin/plumb.js');
const run = promisify(execFile);

const { values: options } = parseArgs({
  options: {
    pg: { type: 'string', default: process.env.PLUMB_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    rate: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '64' },
    port: { type: 'string', default: '18087' },
  },
});

const pg = (await import(pathToFileURL(path.join(repo, 'node_modules/pg/lib/index.js')).href)).default;
async function admin(statement) {
  const client = new pg.Client({ connectionString: options.pg });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** One request of `method` to the served app, answered as {status, json}. */
function call(agent, method, url, headers = {}, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, agent, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode, json: text ? JSON.parse(text) : undefined });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function waitForServer(base) {
  for (const until = Date.now() + 60_000; Date.now() < until;) {
    const ready = await call(undefined, 'GET', `${base}/readyz`).catch(() => undefined);
    if (ready?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('plumb serve did not become ready in 60 s');
}

/**
 * Sends `rate` requests a second for `seconds` to `url`; each is due at start + i/rate, and its latency runs from
 * then to its last byte. Answers the latencies (ms, sorted), the failures and the rate achieved.
 */
async function load(agent, url, headers, rate, seconds) {
  const total = Math.round(rate * seconds);
  const latencies = [];
  let failures = 0;
  let sent = 0;
  const start = performance.now();
  await new Promise((resolve) => {
    let finished = 0;
    const done = () => (++finished === total ? resolve() : undefined);
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
      for (; sent < due; sent++) {
        const dueAt = start + (sent / rate) * 1000;
        call(agent, 'GET', url, headers)
          .then((response) => {
            if (response.status === 200 && response.json.status) latencies.push(performance.now() - dueAt);
            else failures++;
          })
          .catch(() => failures++)
          .finally(done);
      }
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  const elapsed = (performance.now() - start) / 1000;
  return { latencies: latencies.sort((a, b) => a - b), failures, achieved: total / elapsed };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const database = `plumb_bench_gate_${randomBytes(4).toString('hex')}`;
await admin(`create database ${database}`);
const databaseUrl = new URL(options.pg);
databaseUrl.pathname = `/${database}`;
const env = { ...process.env, DATABASE_URL: databaseUrl.toString() };
const scratch = await mkdtemp(path.join(tmpdir(), 'plumb-bench-gate-'));
let server;
try {
  const bootstrap = await run(
    process.execPath,
    [plumbBin, 'admin', 'bootstrap', '--org', 'bench', '--email', 'bench@example.com', '--json'],
    { env },
  );
  const { userToken, organizationToken } = JSON.parse(bootstrap.stdout);
  const base = `http://127.0.0.1:${options.port}`;
  server = spawn(process.execPath, [plumbBin, 'serve', '--port', options.port, '--host', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(base);
  const created = await call(
    undefined,
    'POST',
    `${base}/api/v1/public/organizations/projects`,
    {
      authorization: `Bearer ${organizationToken}`,
      'content-type': 'application/json',
    },
    JSON.stringify({ teamName: 'bench', projectName: 'gated' }),
  );
  const source = path.join(scratch, 'source');
  await run('mkdir', ['-p', source]);
  await writeFile(path.join(source, 'mod.py'), 'import os\n\ndef f(x):\n    if x == None:\n        return 1\n');
  await run(
    process.execPath,
    [
      plumbBin,
      'scan',
      source,
      '--server',
      base,
      '--token',
      created.json.projectToken,
      '--branch',
      'main',
      '--revision',
      '0123456789abcdef0123456789abcdef01234567',
      '--wait',
    ],
    { env },
  );
  const headers = { authorization: `Bearer ${userToken}` };
  const scans = await call(undefined, 'GET', `${base}/api/scans?limit=1`, headers);
  const scanId = scans.json.scans[0].id;
  const url = `${base}/api/quality/gates/status/${scanId}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number(options.connections) });
  const rate = Number(options.rate);
  await load(agent, url, headers, rate, Number(options.warmup));
  const before = loadavg();
  const { latencies, failures, achieved } = await load(agent, url, headers, rate, Number(options.seconds));
  const after = loadavg();
  const round = (ms) => Math.round(ms * 100) / 100;
  console.log(
    JSON.stringify(
      {
        url: `/api/quality/gates/status/${scanId}`,
        rate,
        achieved: Math.round(achieved),
        seconds: Number(options.seconds),
        connections: Number(options.connections),
        requests: latencies.length + failures,
        failures,
        ms: {
          p50: round(percentile(latencies, 50)),
          p90: round(percentile(latencies, 90)),
          p99: round(percentile(latencies, 99)),
          max: round(latencies.at(-1)),
        },
        loadavg: { before: before.map(round), after: after.map(round) },
      },
      null,
      2,
    ),
  );
  agent.destroy();
} finally {
  server?.kill('SIGTERM');
  await new Promise((resolve) => (server ? server.once('exit', resolve) : resolve()));
  await rm(scratch, { recursive: true, force: true });
  await admin(`drop database if exists ${database} with (force)`);
}
