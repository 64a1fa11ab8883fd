// Parse time and peak memory of the engine's coverage parsers on a generated 25 MB report (issue 14's target: a
// 25 MB lcov report in under 3 s and 300 MB). Each parse runs in a fresh process, so its peak RSS is its own.
// Usage: node scripts/bench/coverage-parse.mjs [--rounds 3] [--formats lcov,cobertura,jacoco,clover] [--mb 25]
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ENGINE_COVERAGE = new URL('../../packages/engine/dist/coverage/index.js', import.meta.url);
const LINES_PER_FILE = 300;

/** One source file's worth of report, shaped as each tool writes it (c8's lcov, coverage.py's Cobertura, ...). */
const WRITERS = {
  lcov: {
    head: '',
    file(index) {
      const out = [`TN:\nSF:src/module-${index % 97}/file-${index}.js\n`];
      for (let fn = 0; fn < 10; fn++) out.push(`FN:${fn * 30 + 1},fn${fn}\n`);
      out.push('FNF:10\nFNH:8\n');
      for (let fn = 0; fn < 10; fn++) out.push(`FNDA:${fn < 8 ? fn + 1 : 0},fn${fn}\n`);
      for (let line = 1; line <= LINES_PER_FILE; line++) out.push(`DA:${line},${hits(line)}\n`);
      out.push(`LF:${LINES_PER_FILE}\nLH:${LINES_PER_FILE - LINES_PER_FILE / 10}\n`);
      for (let line = 5; line <= LINES_PER_FILE; line += 5) {
        out.push(`BRDA:${line},${line},0,${hits(line)}\nBRDA:${line},${line},1,${line % 3 === 0 ? '-' : 1}\n`);
      }
      out.push('BRF:120\nBRH:90\nend_of_record\n');
      return out.join('');
    },
    tail: '',
  },
  cobertura: {
    head:
      '<?xml version="1.0" ?>\n<coverage line-rate="0.9" branch-rate="0.7" version="6.5.0">\n<sources>' +
      '<source>/ci/project</source></sources>\n<packages>\n<package name="src" line-rate="0.9">\n<classes>\n',
    file(index) {
      const out = [`<class name="file-${index}.py" filename="src/module-${index % 97}/file-${index}.py">`];
      out.push('<methods/>\n<lines>\n');
      for (let line = 1; line <= LINES_PER_FILE; line++) {
        const branch = line % 5 === 0 ? ' branch="true" condition-coverage="50% (1/2)"' : '';
        out.push(`<line number="${line}" hits="${hits(line)}"${branch}/>\n`);
      }
      out.push('</lines>\n</class>\n');
      return out.join('');
    },
    tail: '</classes>\n</package>\n</packages>\n</coverage>\n',
  },
  jacoco: {
    head:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN"' +
      ' "report.dtd"><report name="bench">',
    file(index) {
      const out = [`<package name="com/acme/m${index}"><sourcefile name="File${index}.java">`];
      for (let line = 1; line <= LINES_PER_FILE; line++) {
        const covered = hits(line) > 0 ? 3 : 0;
        const branches = line % 5 === 0 ? ' mb="1" cb="1"' : ' mb="0" cb="0"';
        out.push(`<line nr="${line}" mi="${3 - covered}" ci="${covered}"${branches}/>`);
      }
      out.push('<counter type="LINE" missed="30" covered="270"/></sourcefile></package>');
      return out.join('');
    },
    tail: '</report>',
  },
  clover: {
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1" clover="3.2.0">\n<project timestamp="1">\n',
    file(index) {
      const out = [`<file name="file-${index}.js" path="/ci/project/src/file-${index}.js">\n`];
      for (let line = 1; line <= LINES_PER_FILE; line++) {
        out.push(
          line % 5 === 0
            ? `<line num="${line}" count="${hits(line)}" type="cond" truecount="1" falsecount="0"/>\n`
            : `<line num="${line}" count="${hits(line)}" type="stmt"/>\n`,
        );
      }
      out.push('</file>\n');
      return out.join('');
    },
    tail: '</project>\n</coverage>\n',
  },
};

/** Every tenth line missed, the others hit a varying number of times. */
const hits = (line) => (line % 10 === 0 ? 0 : (line * 7) % 50);

async function writeReport(format, file, bytes) {
  const writer = WRITERS[format];
  const out = createWriteStream(file);
  let written = 0;
  const write = async (text) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(writer.head);
  for (let index = 0; written < bytes - Buffer.byteLength(writer.tail) - 20_000; index++) {
    await write(writer.file(index));
  }
  await write(writer.tail);
  out.end();
  await once(out, 'finish');
}

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
