// `npm run bench -- --reports` (or `node scripts/bench/report-window.mjs`, after `npx tsc -b`): how long the real
// report job (jobs/report-worker.ts: fetch the mirror, place the base and head analyses, `git log --numstat` over the
// window, count alerts, store) takes over a window of 1,000 commits (issue 16's target: under 5 s). The history is
// written with `git fast-import`: a base commit the week before, then `--commits` commits by 8 authors spread over
// the week, each rewriting one of 50 files; the base and head analyses are seeded through the store's bulk writers
// with `--findings` findings each. The first run clones the mirror; the rounds after it fetch, as a weekly job does.
// Usage: node scripts/bench/report-window.mjs [--commits 1000] [--findings 5000] [--rounds 5] [--pg-url URL]
//                                             [--driver pglite|postgres|both]
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importServer, openDriver } from './bench-store.mjs';

const { values: options } = parseArgs({
  options: {
    commits: { type: 'string', default: '1000' },
    findings: { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '5' },
    driver: { type: 'string', default: 'both' },
    'pg-url': {
      type: 'string',
      default: process.env.PLUMB_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
  },
});
const COMMITS = Number(options.commits);
const FINDINGS = Number(options.findings);
const ROUNDS = Number(options.rounds);
const REPORT_DATE = '2026-11-16';
const WINDOW_START = Date.parse('2026-11-09T00:00:00Z');
const WEEK_MS = 7 * 86_400_000;
const AUTHORS = Array.from({ length: 8 }, (_, index) => `Author ${index} <author${index}@bench.example>`);
const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];
const KINDS = SEVERITIES.map((severity, index) => ({
  rule: `R${index}`,
  tool: 'bench',
  severity,
  category: 'BestPractice',
  language: 'Python',
  labels: [],
}));

/** `data` of fast-import: the byte length, then the bytes. */
const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;

/** A repository with one base commit the week before the window and COMMITS commits inside it; answers the shas. */
function writeHistory(dir) {
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', dir]);
  const parts = [];
  const commit = (mark, author, seconds, message, file, content) => {
    parts.push(
      `commit refs/heads/main\nmark :${mark}\n`,
      `author ${author} ${seconds} +0000\ncommitter ${author} ${seconds} +0000\n`,
      data(message),
      mark > 1 ? `from :${mark - 1}\n` : '',
      `M 100644 inline ${file}\n`,
      data(content),
    );
  };
  commit(1, AUTHORS[0], Math.floor((WINDOW_START - 3 * 86_400_000) / 1000), 'Base', 'README.md', '# bench\n');
  for (let index = 0; index < COMMITS; index++) {
    const seconds = Math.floor((WINDOW_START + ((index + 0.5) / COMMITS) * WEEK_MS) / 1000);
    const lines = Array.from({ length: 1 + ((index * 7) % 60) }, (_, line) => `line ${line} of commit ${index}`);
    commit(
      index + 2,
      AUTHORS[index % AUTHORS.length],
      seconds,
      `Change ${index}`,
      `src/f${index % 50}.txt`,
      lines.join('\n'),
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: parts.join('') });
  const shas = execFileSync('git', ['rev-list', '--reverse', 'main'], { cwd: dir, encoding: 'utf8' })
    .trim()
    .split('\n');
  return { base: shas[0], head: shas.at(-1) };
}

async function seedAnalysis(db, schema, project, revision, finishedAt, engineVersion) {
  const { insertMapped, reserveIds } = await importServer('store/index.js');
  const [analysisId] = await reserveIds(db, schema.analyses, 1);
  await insertMapped(db, schema.analyses, [analysisId], (id) => ({
    id,
    projectId: project.id,
    kind: 'branch',
    branch: 'main',
    revision,
    state: 'completed',
    engineVersion,
    createdAt: finishedAt,
    startedAt: finishedAt,
    finishedAt,
  }));
  const empty = {};
  await insertMapped(db, schema.indices, [analysisId], (id) => ({
    analysisId: id,
    projectId: project.id,
    branch: 'main',
    revision,
    slocs: 10_000,
    runningTimeSeconds: 1,
    summary: empty,
    techdebt: empty,
    ratings: empty,
    quality: { score: 7.5, weights: { very_good: 500, good: 60, satisfactory: 20, pass: 10, critical: 5 } },
    stats: empty,
    thresholds: empty,
    errors: [],
    tree: empty,
    nbIssues: FINDINGS,
    nbIgnoredIssues: 0,
    findingKinds: KINDS,
  }));
  await insertMapped(db, schema.findings, { length: FINDINGS }, (_, index) => ({
    analysisId,
    filename: `src/f${index % 50}.txt`,
    line: 1 + (index % 60),
    lineEnd: 1 + (index % 60),
    column: 1,
    description: `finding ${index}`,
    remediationMinutes: 5,
    codeHash: `h${index}`,
    fingerprint: `${revision}-${index}`,
    status: 'open',
    kind: index % KINDS.length,
  }));
}

async function benchDriver(driver, repoDir, shas, root) {
  const provisioning = await importServer('domain/provisioning.js');
  const { resolveCredential } = await importServer('domain/tokens/index.js');
  const { organizationAccess } = await importServer('domain/access/index.js');
  const { createProject } = await importServer('domain/projects/index.js');
  const { schema } = await importServer('store/index.js');
  const { sealedBox } = await importServer('crypto/sealed-box.js');
  const { runReportJob } = await importServer('jobs/report-worker.js');
  const { store, close } = await openDriver(driver, options['pg-url']);
  try {
    const boot = await provisioning.bootstrapOrganization(store.db, { slug: 'bench', email: 'owner@bench.example' });
    const principal = await resolveCredential(store.db, { secret: boot.userToken });
    const owner = await organizationAccess(store.db, principal, 'bench');
    const project = await createProject(store.db, owner, {
      provider: 'gp',
      name: 'weekly',
      gitUrl: `file://${repoDir}`,
      defaultBranch: 'main',
    });
    await seedAnalysis(store.db, schema, project, shas.base, new Date(WINDOW_START - 86_400_000), '1.0.0');
    await seedAnalysis(store.db, schema, project, shas.head, new Date(WINDOW_START + WEEK_MS), '1.0.1');
    await store.executeSql('analyze');
    const context = {
      store,
      secrets: sealedBox(randomBytes(32)),
      dataDir: path.join(root, `data-${driver}`),
    };
    const job = { projectId: project.id, date: REPORT_DATE };
    const timedRun = async () => {
      const started = performance.now();
      await runReportJob(context, job);
      return performance.now() - started;
    };
    const firstMs = await timedRun();
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push(await timedRun());
    rounds.sort((a, b) => a - b);
    const [report] = await store.db.select().from(schema.reports);
    return {
      driver,
      firstMs,
      medianMs: rounds[Math.floor(rounds.length / 2)],
      maxMs: rounds.at(-1),
      nbCommits: report.figures.nbCommits,
      nbAdditions: report.figures.nbAdditions,
      nbAlerts: report.figures.nbAlerts,
      algorithmChanged: report.figures.algorithmChanged,
    };
  } finally {
    await close();
  }
}

const root = await mkdtemp(path.join(tmpdir(), 'plumb-bench-reports-'));
process.env.PLUMB_LOCAL_GIT_ROOTS = root;
try {
  const repoDir = path.join(root, 'repo');
  const shas = writeHistory(repoDir);
  const drivers = options.driver === 'both' ? ['pglite', 'postgres'] : [options.driver];
  for (const driver of drivers) {
    const result = await benchDriver(driver, repoDir, shas, root);
    if (result.nbCommits !== COMMITS) throw new Error(`the report counted ${result.nbCommits} commits, not ${COMMITS}`);
    const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `== report over ${result.nbCommits} commits (${result.nbAdditions} lines added, ${FINDINGS} findings a side, ` +
        `${result.nbAlerts} alerts) on ${driver}: first (clone) ${seconds(result.firstMs)}, then median ` +
        `${seconds(result.medianMs)}, max ${seconds(result.maxMs)} over ${ROUNDS} rounds; target < 5 s; ` +
        `load ${loadavg()[0].toFixed(1)}`,
    );
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
