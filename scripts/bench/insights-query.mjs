// `npm run bench -- --insights` (or `node scripts/bench/insights-query.mjs`, after `npx tsc -b`): the latency of
// Qodana's POST /inspection-insights/query (and /project-insights/query) over 50 projects × 365 daily analyses × 100
// rules on PostgreSQL (issue 16's target: under 200 ms). The data is written straight through the store's bulk
// writers (no engine run): per project, one completed default-branch analysis a day, each with an index of 100 finding
// kinds and, per rule, one finding that lives all year (in the baseline: the first day's analysis) and `--churn`
// findings born that day (actual problems), and the per-rule counts storing each analysis writes (`insight_counts`).
// The requests go through the real app (`app.inject`), as a client's would; last, one range query after every count
// is dropped, which counts its 500 analyses first (the lazy backfill of analyses stored before the counts existed).
// Usage: node scripts/bench/insights-query.mjs [--projects 50] [--days 365] [--rules 100] [--churn 1] [--rounds 15]
//                                             [--pg-url URL] [--explain]
// --explain prints PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) of the 10-instant inspection query's sum of kept counts.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { importServer, openDriver } from './bench-store.mjs';
import { serverCpuMs } from './sql-profile.mjs';

const { values: options } = parseArgs({
  options: {
    projects: { type: 'string', default: '50' },
    days: { type: 'string', default: '365' },
    rules: { type: 'string', default: '100' },
    churn: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '15' },
    explain: { type: 'boolean', default: false },
    'pg-url': {
      type: 'string',
      default: process.env.PLUMB_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
  },
});
const PROJECTS = Number(options.projects);
const DAYS = Number(options.days);
const RULES = Number(options.rules);
const CHURN = Number(options.churn);
const ROUNDS = Number(options.rounds);
const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];
const FIRST_DAY = Date.parse('2025-01-01T06:00:00Z');
const DAY_MS = 86_400_000;

const provisioning = await importServer('domain/provisioning.js');
const { resolveCredential } = await importServer('domain/tokens/index.js');
const { organizationAccess } = await importServer('domain/access/index.js');
const { createProject } = await importServer('domain/projects/index.js');
const { insertMapped, insertRows, insightSnapshots, insightSumQuery, reserveIds, schema, writeInsightCounts } =
  await importServer('store/index.js');
const { insightInstants } = await importServer('domain/insights/index.js');
const { buildApp } = await importServer('app.js');
const { lazyQueue } = await importServer('jobs/queue.js');

const KINDS = Array.from({ length: RULES }, (_, rule) => ({
  rule: `R${String(rule).padStart(3, '0')}`,
  tool: 'bench',
  severity: SEVERITIES[rule % SEVERITIES.length],
  category: 'BestPractice',
  language: 'Python',
  labels: [],
}));

/** One project's year: its analyses, their indices, their findings, and its baseline (the first day). */
async function seedProject(db, project) {
  const analysisIds = await reserveIds(db, schema.analyses, DAYS);
  await insertMapped(db, schema.analyses, analysisIds, (id, day) => ({
    id,
    projectId: project.id,
    kind: 'branch',
    branch: 'main',
    revision: day.toString(16).padStart(40, '0'),
    state: 'completed',
    createdAt: new Date(FIRST_DAY + day * DAY_MS - 60_000),
    startedAt: new Date(FIRST_DAY + day * DAY_MS - 50_000),
    finishedAt: new Date(FIRST_DAY + day * DAY_MS),
  }));
  const empty = {};
  await insertMapped(db, schema.indices, analysisIds, (analysisId, day) => ({
    analysisId,
    projectId: project.id,
    branch: 'main',
    revision: day.toString(16).padStart(40, '0'),
    slocs: 1000,
    runningTimeSeconds: 1,
    summary: empty,
    techdebt: empty,
    ratings: empty,
    quality: empty,
    stats: empty,
    thresholds: empty,
    errors: [],
    tree: empty,
    nbIssues: RULES * (1 + CHURN),
    nbIgnoredIssues: 0,
    findingKinds: KINDS,
  }));
  const perAnalysis = RULES * (1 + CHURN);
  const total = DAYS * perAnalysis;
  await insertMapped(db, schema.findings, { length: total }, (_, index) => {
    const day = Math.floor(index / perAnalysis);
    const within = index % perAnalysis;
    const rule = within % RULES;
    const copy = Math.floor(within / RULES);
    // copy 0 lives all year (baseline); the others are born on their day.
    const born = copy === 0 ? 0 : day;
    return {
      analysisId: analysisIds[day],
      filename: `src/module_${rule % 20}.py`,
      line: 10 + copy,
      lineEnd: 10 + copy,
      column: 1,
      description: `finding of ${KINDS[rule].rule}`,
      remediationMinutes: 5,
      codeHash: `h${rule}-${copy}-${born}`,
      fingerprint: `${project.id}-${rule}-${copy}-${born}`,
      status: 'open',
      kind: rule,
    };
  });
  await insertRows(db, schema.gateBaselines, [
    { projectId: project.id, analysisId: analysisIds[0], branch: 'main', fingerprints: perAnalysis },
  ]);
  // What storing each analysis writes for the insights queries: its open findings by rule and severity.
  await writeInsightCounts(
    db,
    analysisIds.map((analysisId) => ({ analysisId, baselineId: analysisIds[0] })),
  );
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timed(store, app, token, url, payload) {
  const latencies = [];
  let body;
  let serverBefore = 0;
  let appBefore;
  for (let round = 0; round <= ROUNDS; round++) {
    if (round === 1) [serverBefore, appBefore] = [await serverCpuMs(store), process.cpuUsage()];
    const started = performance.now();
    const response = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });
    const ms = performance.now() - started;
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
    body = response.json();
    if (round > 0) latencies.push(ms); // round 0 warms the plans and caches
  }
  const appCpu = process.cpuUsage(appBefore);
  const serverCpu = (await serverCpuMs(store)) - serverBefore;
  latencies.sort((a, b) => a - b);
  return {
    median: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    max: latencies.at(-1),
    // Per request: the database's processes, and this process (the app: auth, serialization, the store's client).
    dbCpu: serverCpu / ROUNDS,
    appCpu: (appCpu.user + appCpu.system) / 1000 / ROUNDS,
    body,
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the sum the 10-instant inspection query runs over its 500 analyses' kept counts. */
async function explainRangeQuery(store, owner, projectUuids, timeRange) {
  const instants = insightInstants({ start: new Date(timeRange.start), end: new Date(timeRange.end) });
  const snapshots = await insightSnapshots(store.db, { organizationId: owner.organization.id, projectUuids }, instants);
  const query = insightSumQuery({
    analysisIds: snapshots.map((snapshot) => snapshot.analysisId),
    baselineIds: snapshots.map((snapshot) => snapshot.baselineId),
    keys: snapshots.map((snapshot) => String(snapshot.instant)),
    byRule: true,
  });
  const { sql } = await import('drizzle-orm');
  const rows = await store.db.execute(sql`explain (analyze, buffers) ${query}`);
  return (rows.rows ?? rows).map((row) => row['QUERY PLAN']);
}

const { store, close } = await openDriver('postgres', options['pg-url']);
let app;
try {
  const boot = await provisioning.bootstrapOrganization(store.db, { slug: 'bench', email: 'owner@bench.example' });
  const owner = await organizationAccess(
    store.db,
    await resolveCredential(store.db, { secret: boot.userToken }),
    'bench',
  );
  const seedStart = performance.now();
  const projects = [];
  for (let index = 0; index < PROJECTS; index++) {
    const project = await createProject(store.db, owner, { provider: 'gp', name: `insights-${index}` });
    await seedProject(store.db, project);
    projects.push(project);
  }
  // As autovacuum would after such a load: the planner sees the tables' real sizes.
  await store.executeSql('analyze');
  const seedSeconds = (performance.now() - seedStart) / 1000;
  app = await buildApp({ store, logger: false, queue: lazyQueue(store, { expireInSeconds: 3600 }) });
  const base = '/api/v1/public/organizations';
  const includeProjectIds = projects.map((project) => project.uuid);
  const timeRange = {
    start: new Date(FIRST_DAY).toISOString(),
    end: new Date(FIRST_DAY + (DAYS - 1) * DAY_MS).toISOString(),
  };
  const scenarios = [
    ['inspection insights, 10 instants', '/inspection-insights/query', { includeProjectIds, timeRange }],
    ['inspection insights, latest', '/inspection-insights/query', { includeProjectIds }],
    ['project insights, 10 instants', '/project-insights/query', { includeProjectIds, timeRange }],
    ['project insights, latest', '/project-insights/query', { includeProjectIds }],
  ];
  const results = [];
  for (const [name, url, payload] of scenarios) {
    const { body, ...figures } = await timed(store, app, boot.organizationToken, `${base}${url}`, payload);
    const entries = (body.inspections ?? body.projects).length;
    results.push({ name, entries, ...figures });
  }
  const plan = options.explain ? await explainRangeQuery(store, owner, includeProjectIds, timeRange) : [];
  // Every count dropped: the first range query counts its analyses' findings, then keeps the counts.
  await store.executeSql('delete from insight_count_sets');
  const backfillStart = performance.now();
  const backfill = await app.inject({
    method: 'POST',
    url: `${base}/inspection-insights/query`,
    headers: { authorization: `Bearer ${boot.organizationToken}` },
    payload: { includeProjectIds, timeRange },
  });
  if (backfill.statusCode !== 200) throw new Error(`the backfill query answered ${backfill.statusCode}`);
  const backfillMs = performance.now() - backfillStart;
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(
    `insights on PostgreSQL: ${PROJECTS} projects × ${DAYS} analyses × ${RULES} rules, ` +
      `${PROJECTS * DAYS * RULES * (1 + CHURN)} findings (seeded in ${seedSeconds.toFixed(0)} s); ` +
      `${ROUNDS} rounds after one warm-up; load ${load}`,
  );
  for (const { name, entries, median, p90, max, dbCpu, appCpu } of results)
    console.log(
      `  ${name.padEnd(34)} ${String(entries).padStart(5)} entries  median ${median.toFixed(1)} ms  ` +
        `p90 ${p90.toFixed(1)} ms  max ${max.toFixed(1)} ms  CPU/request: PostgreSQL ${dbCpu.toFixed(0)} ms, ` +
        `app ${appCpu.toFixed(0)} ms`,
    );
  console.log(`  inspection insights, 10 instants, no counts kept yet (counted first): ${backfillMs.toFixed(0)} ms`);
  for (const line of plan) console.log(`  ${line}`);
} finally {
  await app?.close();
  await close();
}
