// `node scripts/bench/smart-scan.mjs DIR [--rounds N] [--file PATH]`: a smart scan where one file changed, against a
// deep scan of the same revision, through the whole server-side pipeline (queue, fetch, checkout, engine process,
// storing) on an embedded store. DIR is cloned into a scratch repository; each round appends a comment line to one
// file (--file, default the repository's first tracked Python file), commits, then runs a smart scan and a deep scan
// of that commit, in turn. The first deep scan (mirror created, no earlier results) is left out. Medians reported:
// request to `completed` (wall), and from the analysis log the fetch and checkout (prepare), the engine process
// (spawn to result) and storing; then the engine alone in this process (analyzeDirectory deep, then smart with the
// deep run's per-file results after one more change), to set the fixed costs of the pipeline aside. Beside wall
// times, the CPU time (user + system) of this process and every process under it (the store, the worker, git, the
// engine's process and Ruff's), read from /proc: on a loaded machine it moves far less than wall time. Run
// `npx tsc -b` first.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyses, openPipelineWorld } from './pipeline-world.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string' }, file: { type: 'string' } },
});
const source = path.resolve(positionals[0] ?? '.');
const rounds = Number(values.rounds ?? 5);

const { requestAnalysis, analysisById, readArtifact } = analyses;
const { analyzeDirectory } = await import(path.join(repo, 'packages/engine/dist/index.js'));

const scratch = await mkdtemp(path.join(tmpdir(), 'plumb-bench-smart-'));
const dir = path.join(scratch, 'repo');
const git = (...args) =>
  new Promise((resolve, reject) =>
    execFile('git', ['-C', dir, ...args], (error, stdout) => (error ? reject(error) : resolve(stdout.trim()))),
  );
await new Promise((resolve, reject) =>
  execFile('git', ['clone', '--quiet', source, dir], (error) => (error ? reject(error) : resolve())),
);
await git('config', 'user.email', 'bench@example.com');
await git('config', 'user.name', 'bench');
const changed = values.file ?? (await git('ls-files', '*.py')).split('\n')[0];
if (!changed) throw new Error('no file to change: pass --file PATH');

const branch = await git('rev-parse', '--abbrev-ref', 'HEAD');
// The worker's report of an analysis's end, awaited rather than polled: polling the store costs CPU in this process.
const ended = new Map();
const report = (line) => ended.get(/^inspection (\S+) (?:completed|ended early)/.exec(line)?.[1])?.();
const { store, project, queue, close } = await openPipelineWorld({ scratch, dir, name: 'bench', branch, report });

/**
 * CPU milliseconds (user + system) of this process and its descendants, alive or reaped: `self` (the store, the
 * queue, the worker, this script's polling), `engine` (the engine's processes and Ruff's, with their threads) and
 * `other` (git and everything else, mostly reaped: counted in this process's children's time).
 */
function treeCpuMs() {
  const processes = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command's closing parenthesis: state, ppid, ..., utime (14th field), stime, cutime, cstime.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
      const engine = /analyze-process|check-process/.test(readFileSync(`/proc/${entry}/cmdline`, 'utf8'));
      processes.set(Number(entry), { parent: Number(fields[1]), own: utime + stime, reaped: cutime + cstime, engine });
    } catch {
      // Ended while read.
    }
  }
  const engineOrUnder = (pid) => {
    for (let at = pid; at > 1; at = processes.get(at)?.parent ?? 0) if (processes.get(at)?.engine) return true;
    return false;
  };
  const inTree = (pid) => {
    for (let at = pid; at > 1; at = processes.get(at)?.parent ?? 0) if (at === process.pid) return true;
    return false;
  };
  const ticks = { self: 0, engine: 0, other: 0 };
  for (const [pid, { own, reaped }] of processes) {
    if (pid === process.pid) {
      ticks.self += own;
      ticks.other += reaped;
    } else if (inTree(pid)) ticks[engineOrUnder(pid) ? 'engine' : 'other'] += own + reaped;
  }
  return Object.fromEntries(Object.entries(ticks).map(([key, value]) => [key, value * 10]));
}

/** One scan from the request to `completed`: its wall time, the engine's time and whether it ran smart. */
async function scan(scanType) {
  const started = performance.now();
  const cpuBefore = treeCpuMs();
  let end;
  const ending = new Promise((resolve) => (end = resolve));
  const requested = await requestAnalysis(store.db, queue, project, { kind: 'branch', branch, scanType });
  ended.set(requested.uuid, end);
  for (;;) {
    const analysis = await analysisById(store.db, requested.id);
    if (['completed', 'failed', 'timed_out', 'canceled'].includes(analysis.state)) {
      if (analysis.state !== 'completed') throw new Error(`${analysis.state}: ${analysis.error}`);
      const wall = performance.now() - started;
      const cpuAfter = treeCpuMs();
      const cpuOf = (key) => cpuAfter[key] - cpuBefore[key];
      const log = (await readArtifact(store.db, analysis.id, 'plumb', 'analysis.log')).content.toString();
      const at = (pattern) => Number(new RegExp(`\\[\\s*([\\d.]+)s\\] ${pattern}`).exec(log)?.[1] ?? NaN) * 1000;
      const engine = at('storing') - at('analyzing');
      return {
        wall,
        cpu: cpuOf('self') + cpuOf('engine') + cpuOf('other'),
        cpuSelf: cpuOf('self'),
        cpuEngine: cpuOf('engine'),
        cpuOther: cpuOf('other'),
        // From the worker's log: fetch and checkout, the engine process (spawn to result); then storing, to the end.
        prepare: at('analyzing'),
        engine,
        store: analysis.finishedAt.getTime() - analysis.startedAt.getTime() - engine,
        smart: /smart scan: \d+ paths changed/.test(log),
      };
    }
    // The report may have come before the waiting began: the state is read again at most every second.
    await Promise.race([ending, new Promise((resolve) => setTimeout(resolve, 1000))]);
  }
}

/** The engine alone in this process, deep then smart on the same tree, after one round to warm it up. */
async function engineInProcess() {
  const times = { deep: [], smart: [] };
  for (let round = 0; round <= rounds; round += 1) {
    let previous;
    let started = performance.now();
    await analyzeDirectory(dir, { onFileResults: (results) => (previous = results) });
    const deep = performance.now() - started;
    await appendFile(path.join(dir, changed), `\n# engine round ${round}\n`);
    started = performance.now();
    await analyzeDirectory(dir, { reuse: { previous, changed: new Set([changed]) } });
    const smart = performance.now() - started;
    if (round > 0) {
      times.deep.push(deep);
      times.smart.push(smart);
    }
  }
  const deep = median(times.deep);
  const smart = median(times.smart);
  return { deep: Math.round(deep), smart: Math.round(smart), smartOverDeep: +(smart / deep).toFixed(3) };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const runs = { smart: [], deep: [] };
try {
  await scan('deep');
  for (let round = 1; round <= rounds; round += 1) {
    await appendFile(path.join(dir, changed), `\n# bench round ${round}\n`);
    await git('commit', '--quiet', '-am', `bench round ${round}`);
    const smart = await scan('smart');
    if (!smart.smart) throw new Error('the smart scan fell back to deep: see its log');
    runs.smart.push(smart);
    runs.deep.push(await scan('deep'));
  }
  const figure = (kind, field) => median(runs[kind].map((run) => run[field]));
  const report = {
    repository: source,
    revision: await git('rev-parse', 'HEAD~' + rounds),
    changedFile: changed,
    rounds,
    loadAverage: loadavg().map((load) => load.toFixed(2)),
    medianMs: Object.fromEntries(
      ['smart', 'deep'].map((kind) => [
        kind,
        Object.fromEntries(
          ['wall', 'cpu', 'cpuSelf', 'cpuEngine', 'cpuOther', 'prepare', 'engine', 'store'].map((field) => [
            field,
            Math.round(figure(kind, field)),
          ]),
        ),
      ]),
    ),
    smartOverDeep: {
      wall: +(figure('smart', 'wall') / figure('deep', 'wall')).toFixed(3),
      engine: +(figure('smart', 'engine') / figure('deep', 'engine')).toFixed(3),
      cpu: +(figure('smart', 'cpu') / figure('deep', 'cpu')).toFixed(3),
    },
  };
  report.engineInProcessMs = await engineInProcess();
  console.log(JSON.stringify(report, null, 2));
} finally {
  await close();
  await rm(scratch, { recursive: true, force: true });
}
