// `node scripts/bench/codiga-graphql.mjs` (`npx tsc -b` first): Codiga's GraphQL API on one built app over
// PostgreSQL. It stores a synthetic analysis of 100,000 findings (pipeline-store.mjs's), then measures
//  1. the seed's "last analysis" sample query from N concurrent clients (closed loop, keep-alive), p50/p95/p99, and
//     the CPU one request costs: the app's process (process.cpuUsage), PostgreSQL's backends (/proc) and the
//     clients' process (graphql-load.mjs, forked, so the app's process holds the server's work alone);
//  2. `violations(howmany: 100)` with each filter, one request at a time, median and p95 of R rounds;
//  3. for each of these documents, the SQL statements one request sends and their planning and execution time under
//     EXPLAIN ANALYZE (what CPU contention on a loaded machine inflates least).
// Options: --pg-url URL  --clients 50  --seconds 10  --warmup 2  --findings 100000  --rounds 30
//   --in-process-clients (the clients in the app's process, as before 2026-12-06: they share its event loop)
//   --cpu-prof FILE (a V8 profile of the app's process over the measured window, and its top functions printed)
//   --nodes N (N API nodes on the one database, this process and N - 1 forked ones (graphql-node.mjs), the clients
//     spread over them: DESIGN.md's "Running at scale"; the app's CPU is then theirs summed)
import { fork } from 'node:child_process';
import http from 'node:http';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { importServer, openDriver } from './bench-store.mjs';
import { startCpuProfile } from './cpu-profile.mjs';
import { closedLoop, post } from './graphql-load.mjs';
import { storeSyntheticProject } from './pipeline-store.mjs';
import { explainAll, serverCpuMs, statementsOf } from './sql-profile.mjs';

const { values } = parseArgs({
  options: {
    'pg-url': {
      type: 'string',
      default: process.env.PLUMB_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    findings: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '30' },
    'in-process-clients': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    nodes: { type: 'string', default: '1' },
  },
});

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fixed = (ms) => ms.toFixed(1);

/**
 * The closed loop, its clients forked (or in this process with --in-process-clients); answers the latencies and the
 * CPU ms the app's process, PostgreSQL's backends and the clients used over the measured window.
 */
async function concurrentClients(store, nodes, job) {
  let before;
  let stopProfile;
  const appCpuMs = async () => {
    const { user, system } = process.cpuUsage();
    const others = await Promise.all(nodes.map((node) => ask(node, 'cpu')));
    return (user + system) / 1000 + others.reduce((sum, { cpuMs }) => sum + cpuMs, 0);
  };
  const measuring = async () => {
    if (values['cpu-prof']) stopProfile = await startCpuProfile();
    before = { app: await appCpuMs(), db: await serverCpuMs(store) };
  };
  let result;
  if (values['in-process-clients']) result = await closedLoop({ ...job, onMeasuring: measuring });
  else {
    const child = fork(new URL('./graphql-load.mjs', import.meta.url));
    result = await new Promise((resolve, reject) => {
      child.on('message', (message) => (message.measuring ? void measuring() : resolve(message.result)));
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`the clients' process exited with ${code}`)));
      child.send(job);
    });
  }
  const app = (await appCpuMs()) - before.app;
  const db = (await serverCpuMs(store)) - before.db;
  const profile = stopProfile && (await stopProfile(values['cpu-prof']));
  return {
    latencies: result.latencies,
    cpu: {
      app,
      db,
      clients: result.cpuMs,
      profile: profile && [
        'app profile, self time (top packages):',
        ...profile.packages,
        'top functions:',
        ...profile.functions,
      ],
    },
  };
}

/** Sends `message` to a forked process and answers its next message. */
function ask(child, message) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
}

/** N - 1 more API nodes on the database (graphql-node.mjs), each answering on a port of its own. */
async function moreNodes(count, databaseUrl) {
  const nodes = Array.from({ length: count }, () => fork(new URL('./graphql-node.mjs', import.meta.url)));
  const ports = await Promise.all(nodes.map(async (node) => (await ask(node, { databaseUrl })).port));
  return { nodes, ports };
}

async function main() {
  const { buildApp } = await importServer('app.js');
  const { lazyQueue } = await importServer('jobs/queue.js');

  const { store, databaseUrl, close } = await openDriver('postgres', values['pg-url']);
  const stored = await storeSyntheticProject(store, { count: Number(values.findings) });
  const { project, analysis, result } = stored;
  const boot = { userToken: stored.userToken };
  console.log(`stored ${result.violations.length} findings in ${stored.storeMs} ms`);

  const queue = lazyQueue(store, { expireInSeconds: 300 });
  const app = await buildApp({ store, logger: false, queue });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address();
  try {
    const lastAnalysis = `{ project(id: ${project.id}) { name lastAnalysis { summary { violations duplicated_lines
      complexFunctions longFunctions } slocs stats { language lines } } } }`;
    const clients = Number(values.clients);
    const one = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const more = await moreNodes(Number(values.nodes) - 1, databaseUrl);
    const { latencies, cpu } = await concurrentClients(store, more.nodes, {
      ports: [port, ...more.ports],
      token: boot.userToken,
      query: lastAnalysis,
      clients,
      warmupMs: Number(values.warmup) * 1000,
      seconds: Number(values.seconds),
    });
    /** The statements one request sends, once its credential is cached as between a client's polls. */
    const sqlOf = async (query) => {
      const statements = await statementsOf(() => post(one, port, boot.userToken, query));
      const { planning, execution, slowest } = await explainAll(databaseUrl, statements);
      return (
        `${statements.length} SQL statements, planning ${fixed(planning)} ms + execution ${fixed(execution)} ms ` +
        `(slowest ${fixed(slowest.ms)} ms: ${slowest.plan})`
      );
    };
    latencies.sort((a, b) => a - b);
    await Promise.all(more.nodes.map((node) => ask(node, 'stop')));
    console.log(
      `seed "last analysis" query, ${clients} clients, ${values.nodes} node(s), ${values.seconds} s: ` +
        `${latencies.length} requests ` +
        `(${Math.round(latencies.length / Number(values.seconds))}/s), p50 ${fixed(percentile(latencies, 50))} ms, ` +
        `p95 ${fixed(percentile(latencies, 95))} ms, p99 ${fixed(percentile(latencies, 99))} ms, ` +
        `load ${loadavg()[0].toFixed(2)}`,
    );
    const perRequest = (ms) => `${Math.round((ms * 1000) / latencies.length)} µs`;
    console.log(
      `  CPU per request: app ${perRequest(cpu.app)}, PostgreSQL ${perRequest(cpu.db)}, ` +
        `clients ${perRequest(cpu.clients)}${values['in-process-clients'] ? ' (in the app: in its figure too)' : ''}`,
    );
    for (const line of cpu.profile ?? []) console.log(`  ${line}`);
    console.log(`  ${await sqlOf(lastAnalysis)}`);

    const filters = [
      ['no filter', ''],
      ['languages: [Python]', ', languages: [Python]'],
      ['path prefix', ', path: "src/core/"'],
      ['categories: [Security]', ', categories: [Security]'],
      ['severities: [1, 2]', ', severities: [1, 2]'],
      ['rule', `, rule: ${JSON.stringify(result.violations[0].rule)}`],
      ['filename', `, filename: ${JSON.stringify(result.violations[0].filename)}`],
      ['orderBy: Severity + languages', ', languages: [Python], orderBy: Severity'],
      ['skip 50,000', '', 50_000],
    ];
    for (const [name, args, skip = 0] of filters) {
      const query = `{ analysis(id: ${analysis.id}) { violations(howmany: 100, skip: ${skip}${args}) {
        filename line severity category language tool rule codeHash uniqueIdentifier } } }`;
      const times = [];
      let count = 0;
      for (let round = 0; round < 3 + Number(values.rounds); round++) {
        const { ms, answer } = await post(one, port, boot.userToken, query);
        count = answer.data.analysis.violations.length;
        if (round >= 3) times.push(ms);
      }
      times.sort((a, b) => a - b);
      console.log(
        `violations(howmany: 100) ${name}: ${count} items, median ${fixed(percentile(times, 50))} ms, ` +
          `p95 ${fixed(percentile(times, 95))} ms`,
      );
      console.log(`  ${await sqlOf(query)}`);
    }
  } finally {
    await app.close();
    await queue.stop?.();
    await close();
  }
}

await main();
