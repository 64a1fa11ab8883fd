// Parse and store time and peak memory of a generated 25 MB lcov report, through the server's `storeCoverage` on
// PGlite and on PostgreSQL (issue 14's target: "a 25 MB lcov report parsed and stored in under 3 s with peak memory
// under 300 MB"). Each round runs in a fresh process, so its peak RSS is its own; `npx tsc -b` first.
// Usage: node scripts/bench/coverage-store.mjs [--rounds 3] [--driver pglite|postgres]... [--mb 25] [--pg-url URL]
//        [--node-option=--liftoff-only]... (passed to each round's process: to see what V8's flags do to its memory)
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importServer, openDriver } from './bench-store.mjs';
import { lcovFilePath, writeReport } from './coverage-reports.mjs';

/** Runs in the child: a project, an analysis of the report's files, then the measured parse and store. */
async function storeOne({ driver, report, files, pgUrl }) {
  const provisioning = await importServer('domain/provisioning.js');
  const { resolveCredential } = await importServer('domain/tokens/index.js');
  const { organizationAccess } = await importServer('domain/access/index.js');
  const { createProject } = await importServer('domain/projects/index.js');
  const { insertAnalysis } = await importServer('domain/analyses/index.js');
  const { storeCoverage, coverageOf } = await importServer('domain/coverage/index.js');
  const { insertMapped, schema } = await importServer('store/index.js');
  const { store, close } = await openDriver(driver, pgUrl);
  try {
    const boot = await provisioning.bootstrapOrganization(store.db, { slug: 'bench', email: 'owner@bench.example' });
    const owner = await organizationAccess(
      store.db,
      await resolveCredential(store.db, { secret: boot.userToken }),
      'bench',
    );
    const project = await createProject(store.db, owner, { provider: 'gp', name: 'covered' });
    const analysis = await insertAnalysis(store.db, project, {
      kind: 'branch',
      branch: 'main',
      revision: 'a'.repeat(40),
      // Completed: its files are known (written below), as storeCoverage requires.
      state: 'completed',
    });
    // The files a completed analysis would have found: what the report's paths map onto.
    const names = Array.from({ length: files }, (_, index) => lcovFilePath(index));
    await insertMapped(store.db, schema.analysisFiles, names, (filename) => ({
      analysisId: analysis.id,
      filename,
      language: 'Javascript',
      code: 300,
      comment: 0,
      blank: 0,
      duplicatedLines: 0,
    }));
    const openMiB = process.memoryUsage().rss / 1048576;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const summary = await storeCoverage(store.db, analysis, createReadStream(report));
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const stored = await coverageOf(store.db, analysis.id);
    console.log(
      JSON.stringify({
        ms,
        cpuMs: (cpu.user + cpu.system) / 1000,
        peakMiB: process.resourceUsage().maxRSS / 1024,
        openMiB,
        lines: summary.totals.lines,
        files: stored.files.length,
        unmatched: summary.unmatched.length,
      }),
    );
  } finally {
    await close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      driver: { type: 'string', multiple: true },
      mb: { type: 'string', default: '25' },
      'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      child: { type: 'string' },
      report: { type: 'string' },
      files: { type: 'string' },
      'node-option': { type: 'string', multiple: true, default: [] },
    },
  });
  const pgUrl = values['pg-url'];
  if (values.child)
    return storeOne({ driver: values.child, report: values.report, files: Number(values.files), pgUrl });
  const scratch = mkdtempSync(path.join(tmpdir(), 'plumb-coverage-store-'));
  try {
    const report = path.join(scratch, 'lcov.info');
    const files = await writeReport('lcov', report, Number(values.mb) * 1_000_000);
    const size = (statSync(report).size / 1_000_000).toFixed(1);
    for (const driver of values.driver ?? ['pglite', 'postgres']) {
      const runs = [];
      for (let round = 0; round < Number(values.rounds); round++) {
        const args = ['--child', driver, '--report', report, '--files', String(files), '--pg-url', pgUrl];
        const output = execFileSync(process.execPath, [
          ...values['node-option'],
          fileURLToPath(import.meta.url),
          ...args,
        ]);
        runs.push(JSON.parse(output.toString()));
      }
      const median = (key) => runs.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      const seconds = (key) => (median(key) / 1000).toFixed(2);
      const range = (key) =>
        `${Math.min(...runs.map((run) => run[key])).toFixed(0)}–${Math.max(...runs.map((run) => run[key])).toFixed(0)}`;
      console.log(
        `${driver.padEnd(8)} lcov ${size} MB, ${runs[0].files} files stored, ${runs[0].lines} lines, ` +
          `${runs[0].unmatched} unmatched: parse+store ${seconds('ms')} s (CPU ${seconds('cpuMs')} s, ` +
          `wall ${range('ms')} ms), peak RSS ${median('peakMiB').toFixed(0)} MiB (${median('openMiB').toFixed(0)} ` +
          `MiB before), median of ${runs.length}, load ${loadavg()[0].toFixed(2)}` +
          `${values['node-option'].length > 0 ? `, node ${values['node-option'].join(' ')}` : ''}`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
