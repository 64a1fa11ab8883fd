// `node scripts/bench/gate-status.mjs --pg postgres://postgres@127.0.0.1:5432/postgres`: the latency of
// GET /api/quality/gates/status/:scan_id against one real `plumb serve` on PostgreSQL (`npm run bench --
// --gate-status` runs it). It makes a throw-away database, bootstraps an organization, serves it, uploads one
// analysis with `plumb scan --wait` (the gate is evaluated when it is stored), raises the credential's hourly limit,
// then loads the route with `wrk` (apt-get install wrk): paced at --rate over --connections, then closed-loop over
// --wrk-connections (the rate the server sustains). Without wrk, or with --node-loader, a Node loader sends the
// requests open-loop: each is due at its own time and its latency counts from then (no coordinated omission), but
// the loader itself needs a core at 2,000/s. Each run reports the SQL transactions the server's database committed
// per request (pg_stat_database.xact_commit; the idle rate, pg-boss's polling, is given apart) and the load average.
// Not part of CI.
// Options: --rate 2000 (requests/s)  --seconds 10  --warmup 3  --connections 64  --port 18087
//          --wrk-connections 32  --no-wrk  --node-loader
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
    'wrk-connections': { type: 'string', default: '32' },
    'no-wrk': { type: 'boolean', default: false },
    'node-loader': { type: 'boolean', default: false },
  },
});

const pg = (await import(pathToFileURL(path.join(repo, 'node_modules/pg/lib/index.js')).href)).default;
async function admin(statement, values) {
  const client = new pg.Client({ connectionString: options.pg });
  await client.connect();
  try {
    return (await client.query(statement, values)).rows;
  } finally {
    await client.end();
  }
}

/** Transactions the database committed so far (each autocommit statement is one); the statistics lag, so wait. */
async function commits(database) {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const [row] = await admin('select xact_commit::bigint as n from pg_stat_database where datname = $1', [database]);
  return Number(row.n);
}

/**
 * `wrk --latency` against the URL for `seconds` over `connections`: closed-loop (each connection sends its next
 * request as soon as the last is answered: the rate the server sustains), or paced at about `rate` requests/s (each
 * connection waits connections/rate before each request; a stall still delays that connection's next request,
 * which wrk2 would count and wrk does not). Answers requests/s, non-2xx answers and latency percentiles (ms).
 */
async function wrk(url, headers, seconds, connections, rate, arrivals = 'fixed') {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const script = path.join(scratch, 'paced.lua');
  const mean = (connections * 1000) / rate;
  // A fixed delay keeps the connections in step (bursts of all of them at once); an exponential one makes each
  // connection a Poisson source, so their sum arrives as independent users' requests do.
  const delay = arrivals === 'poisson' ? `-math.log(1 - math.random()) * ${mean}` : `${mean}`;
  if (rate) await writeFile(script, `math.randomseed(os.time())\nfunction delay()\n  return ${delay}\nend\n`);
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', ...(rate ? ['-s', script] : [])];
  const { stdout } = await run('wrk', [...args, ...headerArgs, url]);
  const ms = (text) => {
    const [, value, unit] = /([0-9.]+)(us|ms|s)/.exec(text);
    return Math.round(Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit] * 100) / 100;
  };
  const percentile = (p) => ms(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(stdout)[1]);
  return {
    connections,
    ...(rate && { rate, arrivals }),
    requests: Number(/([0-9]+) requests in/.exec(stdout)[1]),
    non2xx: Number(/Non-2xx or 3xx responses: ([0-9]+)/.exec(stdout)?.[1] ?? 0),
    requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([0-9.]+)/.exec(stdout)[1])),
    ms: {
      p50: percentile(50),
      p90: percentile(90),
      p99: percentile(99),
      max: ms(/Latency.*?\s(\S+)\s+\S+%$/m.exec(stdout)?.[1] ?? '0ms'),
    },
  };
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
  // The credential's hourly limit (1,000 by default) would answer 429 within the first second.
  const limit = await call(
    undefined,
    'PUT',
    `${base}/api/auth/rate-limits`,
    { ...headers, 'content-type': 'application/json' },
    JSON.stringify({ hourly_limit: 1_000_000 }),
  );
  if (limit.status !== 200) throw new Error(`raising the hourly limit answered ${limit.status}`);
  const scans = await call(undefined, 'GET', `${base}/api/scans?limit=1`, headers);
  const scanId = scans.json.scans[0].id;
  const url = `${base}/api/quality/gates/status/${scanId}`;
  const rate = Number(options.rate);
  const seconds = Number(options.seconds);
  const round = (ms) => Math.round(ms * 100) / 100;
  const before = await commits(database);
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const idleTransactionsPerSecond = round(((await commits(database)) - before) / 6.5);
  /** Runs one measurement, with the database's commits per request and the load average around it. */
  const measured = async (measure) => {
    const committed = await commits(database);
    const loadBefore = loadavg();
    const result = await measure();
    const loadAfter = loadavg();
    const requests = result.requests;
    return {
      ...result,
      sqlTransactionsPerRequest: round(((await commits(database)) - committed) / requests),
      loadavg: { before: loadBefore.map(round), after: loadAfter.map(round) },
    };
  };
  const runs = {};
  const hasWrk = !options['no-wrk'] && (await run('sh', ['-c', 'command -v wrk']).catch(() => undefined));
  if (hasWrk) {
    const connections = Number(options.connections);
    await wrk(url, headers, Number(options.warmup), connections, rate);
    runs.paced = await measured(() => wrk(url, headers, seconds, connections, rate));
    runs.pacedPoisson = await measured(() => wrk(url, headers, seconds, connections, rate, 'poisson'));
    runs.closedLoop = await measured(() => wrk(url, headers, seconds, Number(options['wrk-connections'])));
  }
  if (!hasWrk || options['node-loader']) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: Number(options.connections) });
    await load(agent, url, headers, rate, Number(options.warmup));
    runs.openLoop = await measured(async () => {
      const { latencies, failures, achieved } = await load(agent, url, headers, rate, seconds);
      return {
        rate,
        achieved: Math.round(achieved),
        requests: latencies.length + failures,
        failures,
        ms: {
          p50: round(percentile(latencies, 50)),
          p90: round(percentile(latencies, 90)),
          p99: round(percentile(latencies, 99)),
          max: round(latencies.at(-1)),
        },
      };
    });
    agent.destroy();
  }
  console.log(
    JSON.stringify(
      { url: `/api/quality/gates/status/${scanId}`, seconds, idleTransactionsPerSecond, ...runs },
      null,
      2,
    ),
  );
} finally {
  server?.kill('SIGTERM');
  await new Promise((resolve) => (server ? server.once('exit', resolve) : resolve()));
  await rm(scratch, { recursive: true, force: true });
  await admin(`drop database if exists ${database} with (force)`);
}
