// Parse time and peak memory of the engine's coverage parsers on a generated 25 MB report (issue 14's target: a
// 25 MB lcov report in under 3 s and 300 MB). Each parse runs in a fresh process, so its peak RSS is its own.
// Usage: node scripts/bench/coverage-parse.mjs [--rounds 3] [--formats lcov,cobertura,jacoco,clover] [--mb 25]
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReport } from './coverage-reports.mjs';

const ENGINE_COVERAGE = new URL('../../packages/engine/dist/coverage/index.js', import.meta.url);
/** Runs in the child: parse one report, print time and memory as JSON. */
async function parseOne(file) {
  const { parseCoverage } = await import(ENGINE_COVERAGE.href);
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const report = await parseCoverage(createReadStream(file));
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore); // on a loaded machine, CPU time says more than wall time
  const lines = report.totals.lines;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(JSON.stringify({ ms, cpuMs, peakMb, baselineMb: before / 1024, files: report.files.length, lines }));
}

async function main() {
  const argument = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at === -1 ? fallback : process.argv[at + 1];
  };
  if (argument('parse') !== undefined) return parseOne(argument('parse'));
  const rounds = Number(argument('rounds', '3'));
  const bytes = Number(argument('mb', '25')) * 1_000_000;
  const formats = argument('formats', 'lcov,cobertura,jacoco,clover').split(',');
  const scratch = mkdtempSync(path.join(tmpdir(), 'plumb-coverage-bench-'));
  try {
    for (const format of formats) {
      const file = path.join(scratch, `report.${format}`);
      await writeReport(format, file, bytes);
      const runs = [];
      for (let round = 0; round < rounds; round++) {
        const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--parse', file]);
        runs.push(JSON.parse(output.toString()));
      }
      const median = (key) => runs.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      const size = (statSync(file).size / 1_000_000).toFixed(1);
      const seconds = (key) => (median(key) / 1000).toFixed(2);
      console.log(
        `${format.padEnd(9)} ${size} MB, ${runs[0].files} files, ${runs[0].lines} lines: ` +
          `parse ${seconds('ms')} s (CPU ${seconds('cpuMs')} s), peak RSS ${median('peakMb').toFixed(0)} MB ` +
          `(${median('baselineMb').toFixed(0)} MB before parsing), median of ${rounds}`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
