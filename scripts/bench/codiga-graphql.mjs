// `node scripts/bench/codiga-graphql.mjs` (`npx tsc -b` first): Codiga's GraphQL API on one built app over
// PostgreSQL. It stores a synthetic analysis of 100,000 findings (pipeline-store.mjs's), then measures
//  1. the seed's "last analysis" sample query from N concurrent clients (closed loop, keep-alive), p50/p95/p99;
//  2. `violations(howmany: 100)` with each filter, one request at a time, median and p95 of R rounds;
//  3. for each of these documents, the SQL statements one request sends and their planning and execution time under
//     EXPLAIN ANALYZE (what CPU contention on a loaded machine inflates least).
// Options: --pg-url URL  --clients 50  --seconds 10  --warmup 2  --findings 100000  --rounds 30
import http from 'node:http';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { importServer, openDriver } from './bench-store.mjs';
import { storeSyntheticProject } from './pipeline-store.mjs';
import { explainAll, statementsOf } from './sql-profile.mjs';

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
  },
});

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fixed = (ms) => ms.toFixed(1);

/** One POST /graphql over the agent's keep-alive sockets; answers its latency in ms, failing on any error. */
function post(agent, port, token, query) {
  const body = JSON.stringify({ query });
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'x-api-token': token,
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          if (response.statusCode !== 200 || answer.errors) reject(new Error(JSON.stringify(answer.errors)));
          else resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, answer });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
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
    const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
    const latencies = [];
    let measuring = false;
    const warmupEnd = Date.now() + Number(values.warmup) * 1000;
    const end = warmupEnd + Number(values.seconds) * 1000;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (Date.now() < end) {
          const { ms } = await post(agent, port, boot.userToken, lastAnalysis);
          if (Date.now() >= warmupEnd) latencies.push(ms);
          measuring = true;
        }
      }),
    );
    void measuring;
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
    console.log(
      `seed "last analysis" query, ${clients} clients, ${values.seconds} s: ${latencies.length} requests ` +
        `(${Math.round(latencies.length / Number(values.seconds))}/s), p50 ${fixed(percentile(latencies, 50))} ms, ` +
        `p95 ${fixed(percentile(latencies, 95))} ms, p99 ${fixed(percentile(latencies, 99))} ms, ` +
        `load ${loadavg()[0].toFixed(2)}`,
    );
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
