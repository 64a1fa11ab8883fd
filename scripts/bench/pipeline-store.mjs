// `node scripts/bench/pipeline-store.mjs` (or `npm run bench -- --pipeline`): stores a synthetic analysis of
// 100,000 findings with the built server (`npx tsc -b` first) on PostgreSQL and on PGlite, and times Scrutinizer's
// index-issues pages over it. Each driver runs in its own child process, so each peak RSS is that driver's alone.
// Usage: node scripts/bench/pipeline-store.mjs [--driver postgres|pglite]... [--findings N] [--rounds N]
//        [--repeat N] [--pg-url URL] [--json FILE]
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg, setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importServer, openDriver } from './bench-store.mjs';

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const PAGE_SIZE = 50;

// ---------------------------------------------------------------------------------------------------------------
// The synthetic engine result.

/** A small deterministic generator (mulberry32), so every run stores the same analysis. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = [
  { name: 'Typescript', ext: 'ts', tools: ['oxlint', 'plumb'], weight: 5 },
  { name: 'Javascript', ext: 'js', tools: ['oxlint', 'plumb'], weight: 3 },
  { name: 'Python', ext: 'py', tools: ['ruff', 'plumb'], weight: 4 },
  { name: 'Java', ext: 'java', tools: ['plumb', 'pmd'], weight: 3 },
  { name: 'Go', ext: 'go', tools: ['plumb', 'golangci-lint'], weight: 2 },
  { name: 'C', ext: 'c', tools: ['plumb'], weight: 2 },
  { name: 'Php', ext: 'php', tools: ['plumb'], weight: 1 },
  { name: 'Ruby', ext: 'rb', tools: ['plumb'], weight: 1 },
];
const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];
const CODIGA_SEVERITY = { critical: 1, high: 2, moderate: 3, low: 3, info: 4 };
const CATEGORIES = ['Error_Prone', 'Code_Style', 'Best_Practice', 'Safety', 'Security', 'Design', 'Performance'];
const LABELS = ['bug', 'security', 'unused-code', 'complexity', 'coding-style', 'performance', 'documentation'];
const MODULES = ['api', 'core', 'db', 'ui', 'auth', 'jobs', 'utils', 'billing', 'search', 'reports'];
const WORDS = ['unused', 'variable', 'shadowed', 'missing', 'await', 'comparison', 'literal', 'import', 'call'];

const pick = (list, next) => list[Math.floor(next() * list.length)];
const hex16 = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Rules per language, each with its tool, category, severity, labels and remediation. */
function makeRules(next) {
  const rules = [];
  for (const language of LANGUAGES)
    for (let n = 0; n < 12; n++) {
      const tool = language.tools[n % language.tools.length];
      const labels = [LABELS[Math.floor(next() * LABELS.length)]];
      if (next() < 0.3) labels.push(LABELS[Math.floor(next() * LABELS.length)]);
      rules.push({
        id: tool === 'plumb' ? `${language.ext}/rule-${n}` : `${tool.slice(0, 2).toUpperCase()}${100 + n}`,
        tool,
        language: language.name,
        category: CATEGORIES[Math.floor(next() * CATEGORIES.length)],
        severity: SEVERITIES[Math.min(4, Math.floor(next() ** 1.6 * 5))],
        labels: [...new Set(labels)],
        remediationMinutes: [1, 2, 5, 10, 20][Math.floor(next() * 5)],
      });
    }
  return rules;
}

/** Findings of one file, tracked as the engine tracks them (codeHash of the line, occurrence among equal ones). */
function violationOf(file, rule, line, column, next) {
  const hash = hex16(`${file.name}:${line}:${rule.id}:${Math.floor(next() * 3)}`);
  return {
    rule: rule.id,
    tool: rule.tool,
    category: rule.category,
    severity: CODIGA_SEVERITY[rule.severity],
    level: rule.severity,
    filename: file.name,
    line,
    lineEnd: line + Math.floor(next() * 3),
    lineCount: 1,
    column,
    description: `${pick(WORDS, next)} ${pick(WORDS, next)} in ${rule.id}`,
    ...(next() < 0.5 ? { help: `See the documentation of ${rule.tool} ${rule.id}.` } : {}),
    language: file.language,
    remediationMinutes: rule.remediationMinutes,
    codeHash: hash,
    uniqueIdentifier: '',
  };
}

/** Gives each violation its uniqueIdentifier: file, rule, hash and occurrence among equal ones in place order. */
function identify(violations) {
  const seen = new Map();
  const sorted = [...violations].sort((a, b) =>
    a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : a.line - b.line || a.column - b.column,
  );
  for (const violation of sorted) {
    const key = `${violation.filename}:${violation.tool}/${violation.rule}:${violation.codeHash}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    violation.uniqueIdentifier = `${key}:${occurrence}`;
  }
  return sorted;
}

/** An engine result of about `count` findings over count/25 files, with functions, files and clones in proportion. */
export function syntheticAnalysis(count, seed = 1) {
  const next = random(seed);
  const rules = makeRules(next);
  const totalWeight = LANGUAGES.reduce((sum, language) => sum + language.weight, 0);
  const fileCount = Math.max(1, Math.round(count / 25));
  const files = [];
  for (let n = 0; n < fileCount; n++) {
    let pick = next() * totalWeight;
    const language = LANGUAGES.find((candidate) => (pick -= candidate.weight) < 0) ?? LANGUAGES[0];
    const module = MODULES[n % MODULES.length];
    const name = `src/${module}/${MODULES[(n * 7) % MODULES.length]}/part${n % 37}/file_${n}.${language.ext}`;
    files.push({ name, language: language.name, lines: 200 + Math.floor(next() * 800) });
  }
  const violations = [];
  for (let n = 0; n < count; n++) {
    const file = files[Math.floor(next() ** 1.3 * files.length)];
    const candidates = rules.filter((rule) => rule.language === file.language);
    const rule = candidates[Math.floor(next() * candidates.length)];
    violations.push(violationOf(file, rule, 1 + Math.floor(next() * file.lines), 1 + Math.floor(next() * 40), next));
  }
  const functions = [];
  for (let n = 0; n < Math.round(count * 0.3); n++) {
    const file = files[n % files.length];
    const lineStart = 1 + Math.floor(next() * file.lines);
    functions.push({
      filename: file.name,
      functionName: `fn_${n}`,
      language: file.language,
      lineStart,
      lineEnd: lineStart + 5 + Math.floor(next() * 60),
      complexity: 1 + Math.floor(next() ** 3 * 30),
      cognitiveComplexity: Math.floor(next() ** 3 * 40),
      length: 5 + Math.floor(next() * 60),
      nbParameters: Math.floor(next() * 6),
      nestingDepth: Math.floor(next() * 5),
    });
  }
  const duplicates = [];
  for (let n = 0; n < Math.round(count / 60); n++) {
    const lineCount = 6 + Math.floor(next() * 30);
    const occurrences = [];
    for (let k = 0; k < 2 + Math.floor(next() * 3); k++) {
      const line = 1 + Math.floor(next() * 150);
      occurrences.push({ filename: files[Math.floor(next() * files.length)].name, line, lineEnd: line + lineCount });
    }
    duplicates.push({
      id: n + 1,
      lineCount,
      tokenCount: lineCount * 9,
      kind: next() < 0.7 ? 'identical' : 'similar',
      code: Array.from({ length: lineCount }, (_, line) => `  const value${line} = compute(${line}, input);`).join(
        '\n',
      ),
      occurrences,
    });
  }
  const fileSummaries = files.map((file) => ({
    filename: file.name,
    language: file.language,
    code: Math.round(file.lines * 0.75),
    comment: Math.round(file.lines * 0.1),
    blank: Math.round(file.lines * 0.15),
    duplicatedLines: 0,
  }));
  return {
    status: 'Done',
    startTimestamp: Date.now(),
    runningTimeSeconds: 42,
    thresholds: {},
    summary: { violations: count, duplicates: duplicates.length, files: files.length },
    slocs: fileSummaries.reduce((sum, file) => sum + file.code, 0),
    stats: LANGUAGES.map((language) => ({ language: language.name, lines: 1000 })),
    errors: [],
    tree: fileSummaries.slice(0, 500).map((file) => ({ name: file.filename, fullPath: file.filename })),
    duplicates,
    complexFunctions: [],
    longFunctions: [],
    files: fileSummaries,
    functions,
    violations: identify(violations),
    techdebt: { minutes: 1000 },
    ratings: {},
    quality: { score: 7.5, ratedFunctions: functions.length },
    rules: rules.map((rule) => ({ ...rule, docs: {} })),
  };
}

/** The next revision: 3% of the findings fixed, 3% new ones, 10% moved two lines down (same code, same issue). */
/**
 * The organization `bench` (created, or found with the owner `email`), a project of it and one completed analysis of
 * its `main` holding the synthetic result of `count` findings, stored as the worker stores it; answers the owner's
 * user token, the project, the analysis, the result and how long storing took (ms).
 */
export async function storeSyntheticProject(store, { email = 'owner@bench.example', count }) {
  const provisioning = await importServer('domain/provisioning.js');
  const { resolveCredential } = await importServer('domain/tokens/index.js');
  const { organizationAccess } = await importServer('domain/access/index.js');
  const { createProject } = await importServer('domain/projects/index.js');
  const { insertAnalysis, claimAnalysis, moveAnalysis, storeResults } = await importServer('domain/analyses/index.js');
  const boot = await provisioning.bootstrapOrganization(store.db, { slug: 'bench', email });
  const principal = await resolveCredential(store.db, { secret: boot.userToken });
  const owner = await organizationAccess(store.db, principal, 'bench');
  const project = await createProject(store.db, owner, { provider: 'gp', name: 'bench', defaultBranch: 'main' });
  const analysis = await insertAnalysis(store.db, project, {
    kind: 'branch',
    branch: 'main',
    revision: 'a'.repeat(40),
  });
  const claimed = await claimAnalysis(store.db, analysis.id, new Date(0));
  await moveAnalysis(store.db, analysis.id, claimed.attempt, 'in_progress');
  const result = syntheticAnalysis(count, 1);
  const started = Date.now();
  await storeResults(store.db, analysis.id, result, { attempt: claimed.attempt, defaultBranch: 'main' });
  return { userToken: boot.userToken, project, analysis, result, storeMs: Date.now() - started };
}

export function nextRevision(result, seed = 2) {
  const next = random(seed);
  const rules = result.rules;
  const kept = result.violations
    .filter(() => next() >= 0.03)
    .map((violation) =>
      next() < 0.1 ? { ...violation, line: violation.line + 2, lineEnd: violation.lineEnd + 2 } : { ...violation },
    );
  const added = [];
  for (let n = 0; n < Math.round(result.violations.length * 0.03); n++) {
    const file = result.files[Math.floor(next() * result.files.length)];
    const candidates = rules.filter((rule) => rule.language === file.language);
    const rule = candidates[Math.floor(next() * candidates.length)];
    added.push(violationOf({ name: file.filename, language: file.language }, rule, 1000 + n, 1 + (n % 40), next));
  }
  return { ...result, startTimestamp: Date.now(), violations: identify([...kept, ...added]) };
}

// ---------------------------------------------------------------------------------------------------------------
// One driver, in this process.

/**
 * PLUMB_BENCH_PRIORITY=-15 (as root): this process and the bench database's PostgreSQL backends run at that nice
 * value, so that on a shared machine other work yields the cores to the measurement instead of stretching it.
 */
const PRIORITY = process.env.PLUMB_BENCH_PRIORITY === undefined ? undefined : Number(process.env.PLUMB_BENCH_PRIORITY);
if (PRIORITY !== undefined) setPriority(0, PRIORITY);

/**
 * CPU time (ms) of the PostgreSQL backends serving the bench's database, from /proc: undefined on PGlite, whose work
 * is the process's own, or when the server is not on this machine.
 */
async function serverCpuMs(driver, store) {
  if (driver !== 'postgres') return undefined;
  const rows = await store.executeSql('select pid from pg_stat_activity where datname = current_database()');
  const pids = (rows.rows ?? rows).map((row) => row.pid);
  if (PRIORITY !== undefined) for (const pid of pids) setPriority(pid, PRIORITY);
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      return undefined;
    }
  }
  return total;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const load = () => loadavg()[0].toFixed(2);

async function runDriver({ driver, findings, rounds, repeat, pgUrl, analyzeFirst }) {
  const provisioning = await importServer('domain/provisioning.js');
  const { resolveCredential } = await importServer('domain/tokens/index.js');
  const { organizationAccess } = await importServer('domain/access/index.js');
  const { createProject } = await importServer('domain/projects/index.js');
  const analysesApi = await importServer('domain/analyses/index.js');
  const { insertAnalysis, claimAnalysis, moveAnalysis, storeResults, indexOfAnalysis, listIndexFindings } = analysesApi;
  const { openFindingsByKind } = await importServer('domain/gates/measures.js');

  let first = syntheticAnalysis(findings, 1);
  let second = nextRevision(first, 2);
  const { store, close } = await openDriver(driver, pgUrl);
  const report = { driver, findings: first.violations.length, secondFindings: second.violations.length };
  // What the process holds before storing anything: the synthetic results, and PGlite's own memory once open.
  report.openRssMiB = Math.round(process.memoryUsage().rss / 1048576);
  const peakMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);
  try {
    const slug = 'bench';
    const boot = await provisioning.bootstrapOrganization(store.db, { slug, email: 'owner@bench.example' });
    const principal = await resolveCredential(store.db, { secret: boot.userToken });
    const owner = await organizationAccess(store.db, principal, slug);

    const store1 = async (project, result, sha) => {
      const analysis = await insertAnalysis(store.db, project, { kind: 'branch', branch: 'main', revision: sha });
      const claimed = await claimAnalysis(store.db, analysis.id, new Date(0));
      await moveAnalysis(store.db, analysis.id, claimed.attempt, 'in_progress');
      const serverBefore = await serverCpuMs(driver, store);
      const cpuBefore = process.cpuUsage();
      const start = process.hrtime.bigint();
      const stored = await storeResults(store.db, analysis.id, result, {
        attempt: claimed.attempt,
        defaultBranch: 'main',
      });
      const elapsed = ms(start);
      const cpu = process.cpuUsage(cpuBefore);
      const serverAfter = await serverCpuMs(driver, store);
      return {
        ms: elapsed,
        load: load(),
        analysis: stored,
        cpuMs: (cpu.user + cpu.system) / 1000,
        serverCpuMs: serverAfter === undefined ? undefined : serverAfter - serverBefore,
      };
    };
    const cpuText = (run) =>
      `cpu ${run.cpuMs.toFixed(0)}` +
      `${run.serverCpuMs === undefined ? '' : ` + postgres ${run.serverCpuMs.toFixed(0)}`} ms`;

    const firstRuns = [];
    const secondRuns = [];
    const gateCountMs = [];
    let last;
    for (let round = 0; round < rounds; round++) {
      const project = await createProject(store.db, owner, {
        provider: 'gp',
        name: `bench-${round}`,
        defaultBranch: 'main',
      });
      const a = await store1(project, first, hex16(`a${round}`).repeat(3).slice(0, 40));
      firstRuns.push(a);
      const peakA = peakMiB();
      if (round === 0) report.peakAfterFirstStoreMiB = peakA;
      const b = await store1(project, second, hex16(`b${round}`).repeat(3).slice(0, 40));
      secondRuns.push(b);
      const peakB = peakMiB();
      if (round === 0) report.peakAfterSecondStoreMiB = peakB;
      // The quality gate's query in the second store, run again: its new findings against the baseline (the first).
      const gateStart = process.hrtime.bigint();
      await openFindingsByKind(store.db, b.analysis.id, a.analysis.id);
      gateCountMs.push(ms(gateStart));
      console.error(
        `  ${driver} round ${round + 1}: first ${a.ms.toFixed(0)} ms (${cpuText(a)}, load ${a.load}), ` +
          `second ${b.ms.toFixed(0)} ms (${cpuText(b)}, load ${b.load}), new ${b.analysis.indexDiff?.nb_new_issues}, ` +
          `fixed ${b.analysis.indexDiff?.nb_fixed_issues}; peak RSS so far ${peakA} / ${peakB} MiB; ` +
          `gate's new-code count ${gateCountMs.at(-1).toFixed(0)} ms`,
      );
      last = b.analysis;
    }
    report.store = {
      firstMs: firstRuns.map((run) => Math.round(run.ms)),
      secondMs: secondRuns.map((run) => Math.round(run.ms)),
      firstMedianMs: Math.round(median(firstRuns.map((run) => run.ms))),
      // CPU time, which the machine's load stretches less than wall time: this process's, and PostgreSQL's backends'.
      firstCpuMs: firstRuns.map((run) => Math.round(run.cpuMs)),
      firstServerCpuMs: firstRuns.map((run) => (run.serverCpuMs === undefined ? null : Math.round(run.serverCpuMs))),
      secondMedianMs: Math.round(median(secondRuns.map((run) => run.ms))),
      gateCountMs: gateCountMs.map((value) => Math.round(value)),
      load: [...firstRuns, ...secondRuns].map((run) => run.load),
      indexDiff: last.indexDiff,
    };

    // Index-issues pages over the last second analysis's index: every filter kind, pages at the start, middle, end.
    const index = await indexOfAnalysis(store.db, last.id);
    // As autovacuum does within a minute of a large write: statistics and the visibility map of the new rows.
    if (analyzeFirst) for (const table of ['findings', 'issues']) await store.executeSql(`vacuum analyze ${table}`);
    const sample = second.violations[Math.floor(second.violations.length / 3)];
    const labelOf = first.rules.find((rule) => rule.id === sample.rule && rule.tool === sample.tool).labels[0];
    // An API node serving pages holds no analysis results: the synthetic ones are let go and collected once, so a
    // major collection of 200,000 findings the bench made never lands inside a timed request.
    first = second = undefined;
    global.gc?.();
    const filters = {
      none: {},
      severity: { severities: ['high', 'critical'] },
      label: { labels: [labelOf] },
      language: { languages: ['Python'] },
      category: { categories: ['Security'] },
      rule: { rules: [sample.rule] },
      'path prefix': { pathPrefix: 'src/api/' },
      status: { statuses: ['open', 'reopened'] },
      'new only': { onlyNew: true },
      'severity+language': { severities: ['moderate'], languages: ['Typescript', 'Javascript'] },
      'label+path': { labels: ['bug', 'security'], pathPrefix: 'src/core/billing/' },
      'new+severity+category': { onlyNew: true, severities: ['low', 'moderate', 'high'], categories: ['Code_Style'] },
    };
    const requests = [];
    for (const [kind, filter] of Object.entries(filters)) {
      const { total } = await listIndexFindings(store.db, index, filter, { limit: PAGE_SIZE, offset: 0 });
      const lastPage = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
      for (const [where, page] of [
        ['start', 0],
        ['middle', Math.floor(lastPage / 2)],
        ['end', lastPage],
      ])
        requests.push({ kind, filter, where, offset: page * PAGE_SIZE, total });
    }
    // Paging reads the last pages backwards: every page of a filter, joined, must be the whole list in order.
    for (const filter of [filters.rule, filters['severity+language']]) {
      const whole = await listIndexFindings(store.db, index, filter, { limit: 1_000_000, offset: 0 });
      const paged = [];
      for (let offset = 0; offset < whole.total; offset += PAGE_SIZE)
        paged.push(...(await listIndexFindings(store.db, index, filter, { limit: PAGE_SIZE, offset })).items);
      if (paged.map((item) => item.id).join() !== whole.items.map((item) => item.id).join())
        throw new Error('the pages do not add up to the whole list');
    }
    const timings = requests.map(() => []);
    for (let round = 0; round < repeat; round++)
      for (const [n, request] of requests.entries()) {
        const start = process.hrtime.bigint();
        const page = await listIndexFindings(store.db, index, request.filter, {
          limit: PAGE_SIZE,
          offset: request.offset,
        });
        timings[n].push(ms(start));
        if (page.total !== request.total) throw new Error(`${request.kind}: total ${page.total} ≠ ${request.total}`);
        if (page.items.length !== Math.min(PAGE_SIZE, request.total - request.offset))
          throw new Error(`${request.kind} ${request.where}: ${page.items.length} items`);
      }
    // PLUMB_BENCH_TRACE=1: every request's time, in order, per filter and place.
    if (process.env.PLUMB_BENCH_TRACE)
      for (const [n, request] of requests.entries())
        console.error(`  ${request.kind} ${request.where}: ${timings[n].map((t) => t.toFixed(1)).join(' ')}`);
    const all = timings.flat().sort((a, b) => a - b);
    const byKind = {};
    for (const [n, request] of requests.entries()) {
      const entry = (byKind[request.kind] ??= { total: request.total, times: [] });
      entry.times.push(...timings[n]);
    }
    report.pages = {
      requests: all.length,
      pageSize: PAGE_SIZE,
      load: load(),
      p50Ms: +percentile(all, 50).toFixed(1),
      p95Ms: +percentile(all, 95).toFixed(1),
      maxMs: +all.at(-1).toFixed(1),
      byKind: Object.fromEntries(
        Object.entries(byKind).map(([kind, { total, times }]) => {
          const sorted = times.sort((a, b) => a - b);
          return [
            kind,
            {
              total,
              p50Ms: +percentile(sorted, 50).toFixed(1),
              p95Ms: +percentile(sorted, 95).toFixed(1),
              maxMs: +sorted.at(-1).toFixed(1),
            },
          ];
        }),
      ),
    };
  } finally {
    await close();
  }
  report.peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  return report;
}

// ---------------------------------------------------------------------------------------------------------------
// The parent: one child process per driver.

function runChild(driver, options) {
  const args = [
    '--expose-gc',
    ...(process.env.PLUMB_BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean),
    fileURLToPath(import.meta.url),
    '--child',
    '--driver',
    driver,
    '--findings',
    String(options.findings),
    '--rounds',
    String(options.rounds),
    '--repeat',
    String(options.repeat),
    '--pg-url',
    options.pgUrl,
    ...(options.analyzeFirst ? [] : ['--no-vacuum']),
  ];
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    );
    child.stderr.pipe(process.stderr);
  });
}

export function pipelineReport(reports) {
  const lines = ['== pipeline: storing one analysis and serving its index-issues pages'];
  for (const r of reports) {
    lines.push(
      `  ${r.driver}: store ${r.findings} findings: median ${r.store.firstMedianMs} ms ` +
        `(${r.store.firstMs.join(', ')}); ` +
        `second analysis of the branch (${r.secondFindings} tracked): median ${r.store.secondMedianMs} ms ` +
        `(${r.store.secondMs.join(', ')}); peak RSS ${r.peakRssMiB} MiB (open ${r.openRssMiB} MiB, after the first ` +
        `store ${r.peakAfterFirstStoreMiB} MiB, after the second ${r.peakAfterSecondStoreMiB} MiB); ` +
        `load ${r.store.load.join(' ')}`,
    );
    lines.push(
      `  ${r.driver}: ${r.pages.requests} index-issues pages of ${r.pages.pageSize}: p50 ${r.pages.p50Ms} ms, ` +
        `p95 ${r.pages.p95Ms} ms, max ${r.pages.maxMs} ms (load ${r.pages.load})`,
    );
    for (const [kind, k] of Object.entries(r.pages.byKind))
      lines.push(
        `    ${kind.padEnd(24)} total ${String(k.total).padStart(6)}  ` +
          `p50 ${k.p50Ms} ms  p95 ${k.p95Ms} ms  max ${k.maxMs} ms`,
      );
  }
  return lines.join('\n');
}

/** Runs every driver asked for, each in its own process. */
export async function benchPipeline({
  drivers = ['postgres', 'pglite'],
  findings = 100_000,
  rounds = 3,
  repeat = 6,
  pgUrl = DEFAULT_PG_URL,
  analyzeFirst = true,
} = {}) {
  const reports = [];
  for (const driver of drivers) reports.push(await runChild(driver, { findings, rounds, repeat, pgUrl, analyzeFirst }));
  return reports;
}

async function main() {
  const { values } = parseArgs({
    options: {
      child: { type: 'boolean', default: false },
      driver: { type: 'string', multiple: true },
      findings: { type: 'string', default: '100000' },
      rounds: { type: 'string', default: '3' },
      repeat: { type: 'string', default: '6' },
      'pg-url': { type: 'string', default: process.env.PLUMB_BENCH_PG_URL ?? DEFAULT_PG_URL },
      json: { type: 'string' },
      'no-vacuum': { type: 'boolean', default: false },
    },
  });
  const options = {
    findings: Number(values.findings),
    rounds: Number(values.rounds),
    repeat: Number(values.repeat),
    pgUrl: values['pg-url'],
    analyzeFirst: !values['no-vacuum'],
  };
  if (values.child) {
    const report = await runDriver({ driver: values.driver[0], ...options });
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const reports = await benchPipeline({ drivers: values.driver ?? ['postgres', 'pglite'], ...options });
  console.log(pipelineReport(reports));
  if (values.json) await writeFile(values.json, `${JSON.stringify({ pipeline: reports }, null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((error) => {
    console.error(`pipeline bench: ${error.stack ?? error.message}`);
    process.exitCode = 1;
  });
