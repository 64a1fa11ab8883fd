// `node scripts/bench/pipeline-run.mjs DIR [--rounds N]`: the server-side pipeline against `plumb analyze` on the
// same checkout. DIR must be a git repository; it is analyzed from a file:// URL by a worker on an embedded store (the
// whole path: queue, fetch into the mirror, checkout, engine process, storing), from the request to `completed`. The
// first round creates the mirror; later rounds fetch it incrementally, as every analysis after a project's first
// does. Interleaved with `plumb analyze DIR` (JSON to /dev/null), medians reported. Run `npm run build` first.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyses, openPipelineWorld } from './pipeline-world.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string' } } });
const dir = path.resolve(positionals[0] ?? '.');
const rounds = Number(values.rounds ?? 5);

const { requestAnalysis, analysisById } = analyses;

const scratch = await mkdtemp(path.join(tmpdir(), 'plumb-bench-pipeline-'));
const branch = (await git(['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
const { store, project, queue, close } = await openPipelineWorld({ scratch, dir, name: path.basename(dir), branch });

function git(args) {
  return new Promise((resolve, reject) =>
    execFile('git', ['-C', dir, ...args], (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );
}

async function pipelineOnce() {
  const started = performance.now();
  const requested = await requestAnalysis(store.db, queue, project, { kind: 'branch', branch: project.defaultBranch });
  for (;;) {
    const analysis = await analysisById(store.db, requested.id);
    if (['completed', 'failed', 'timed_out', 'canceled'].includes(analysis.state)) {
      if (analysis.state !== 'completed') throw new Error(`${analysis.state}: ${analysis.error}`);
      return performance.now() - started;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function analyzeOnce() {
  const started = performance.now();
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [path.join(repo, 'packages/cli/bin/plumb.js'), 'analyze', dir, '--format', 'json', '--out', '/dev/null'],
      { maxBuffer: 1 << 26 },
      (error) => (error && error.code !== 1 ? reject(error) : resolve(performance.now() - started)),
    ),
  );
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const firstPipeline = await pipelineOnce();
const pipeline = [];
const analyze = [];
for (let round = 0; round < rounds; round += 1) {
  analyze.push(await analyzeOnce());
  pipeline.push(await pipelineOnce());
}
await close();
await rm(scratch, { recursive: true, force: true });
const report = {
  dir,
  rounds,
  firstPipelineMs: Math.round(firstPipeline),
  pipelineMs: Math.round(median(pipeline)),
  analyzeMs: Math.round(median(analyze)),
  ratio: Number((median(pipeline) / median(analyze)).toFixed(2)),
};
console.log(JSON.stringify(report));
