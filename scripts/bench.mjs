// `npm run bench -- DIR`: times the real `plumb analyze` on DIR (wall time and peak RSS) and, when they are
// installed, compares it in the same run with cloc (code lines per language), lizard (time, functions, CCN)
// and jscpd 5 (time, clone recall). Not part of CI. Tools are looked up in .bench/ (git-ignored) unless given:
//   .bench/lizard/lizard.py                 (a checkout of lizard's public repository; run with python3)
//   .bench/jscpd/node_modules/.bin/jscpd    (npm install jscpd@5 jscpd-linux-x64-gnu in .bench/jscpd)
// Then, unless --no-startup, the fixed cost (scripts/bench/startup.mjs): `plumb --help` against `node -e 0`, one tiny
// file per language and each --startup-dir, against lizard, in interleaved rounds.
// Usage: npm run bench -- DIR... [--threads N] [--lizard PATH] [--jscpd PATH] [--json FILE]
//                              [--startup-dir DIR]... [--rounds N] [--no-startup] [--pipeline]
//        npm run bench -- --pipeline   (only storing and serving an analysis: scripts/bench/pipeline-store.mjs)
//        npm run bench -- --pipeline-dir DIR   (POST to completed on the server's worker, against plumb analyze DIR)
//        npm run bench -- --gate-status [--rate N] [--seconds N]   (CodeStax gate status under load on PostgreSQL:
//                                                                  scripts/bench/gate-status.mjs)
//        npm run bench -- --insights   (Qodana's insights queries on PostgreSQL: scripts/bench/insights-query.mjs)
//        npm run bench -- --webhook-dir DIR   (analyses of DIR with and without a hook that never answers)
//        npm run bench -- --reports   (a development report over 1,000 commits: scripts/bench/report-window.mjs)
//        npm run bench -- --dashboard   (JavaScript each first page of the dashboard ships: bench/dashboard-size.mjs)
//        npm run bench -- --dashboard-issues   (the issues page of 100,000 findings in chromium: time to interactive
//                                               and long tasks while scrolling, bench/dashboard-issues.mjs)
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareWithJscpd } from './bench/jscpd-compare.mjs';
import { compareWithLizard } from './bench/lizard-compare.mjs';
import { benchPipeline, pipelineReport } from './bench/pipeline-store.mjs';
import { measureStartup, startupReport } from './bench/startup.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const plumbBin = path.join(repo, 'packages/cli/bin/plumb.js');
const parseFloorScript = path.join(repo, 'scripts/bench/parse-floor.mjs');
const pipelineRunScript = path.join(repo, 'scripts/bench/pipeline-run.mjs');
const gateStatusScript = path.join(repo, 'scripts/bench/gate-status.mjs');
const insightsScript = path.join(repo, 'scripts/bench/insights-query.mjs');
const webhookHangScript = path.join(repo, 'scripts/bench/webhook-hang.mjs');
const reportWindowScript = path.join(repo, 'scripts/bench/report-window.mjs');
const dashboardSizeScript = path.join(repo, 'scripts/bench/dashboard-size.mjs');
const dashboardIssuesScript = path.join(repo, 'scripts/bench/dashboard-issues.mjs');

/**
 * cloc's language names → Codiga's, as Plumb reports them (cloc calls .h files "C/C++ Header"; Plumb reads them as C).
 */
const CLOC_LANGUAGES = {
  C: 'C',
  'C/C++ Header': 'C',
  'C++': 'Cpp',
  Java: 'Java',
  Go: 'Go',
  Python: 'Python',
  JavaScript: 'Javascript',
  JSX: 'Javascript',
  TypeScript: 'Typescript',
  Rust: 'Rust',
  Ruby: 'Ruby',
  PHP: 'Php',
  Scala: 'Scala',
  'Bourne Shell': 'Shell',
  'Bourne Again Shell': 'Shell',
  zsh: 'Shell',
  'Korn Shell': 'Shell',
};

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 1 << 30, ...options }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

async function commandExists(command) {
  return (await run('sh', ['-c', `command -v ${command}`]).catch(() => ({ code: 1 }))).code === 0;
}

/** Runs `plumb analyze DIR --format json` under /usr/bin/time (when present) for wall time and peak RSS. */
async function timePlumb(dir, threads, scratch) {
  const out = path.join(scratch, 'analysis.json');
  const rssFile = path.join(scratch, 'rss');
  const args = [
    plumbBin,
    'analyze',
    dir,
    '--format',
    'json',
    '--out',
    out,
    ...(threads === undefined ? [] : ['--threads', threads]),
  ];
  const withTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = withTime
    ? await run('/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, ...args])
    : await run(process.execPath, args);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.code !== 0) throw new Error(`plumb analyze failed (${result.code}): ${result.stderr}`);
  const peakRssMiB = withTime ? Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop()) / 1024 : undefined;
  return { seconds, peakRssMiB, analysis: JSON.parse(await readFile(out, 'utf8')) };
}

/** Times parsing every source file of DIR once and nothing else, on as many threads as plumb had. */
async function timeParseFloor(dir, threads) {
  const started = process.hrtime.bigint();
  const result = await run(process.execPath, [parseFloorScript, dir, String(threads)]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.code !== 0) throw new Error(`parse floor failed (${result.code}): ${result.stderr}`);
  return { seconds, threads, ...JSON.parse(result.stdout) };
}

/** cloc on exactly the files Plumb analyzed; code lines per Codiga language for both. */
async function compareWithCloc(dir, analysis, scratch) {
  const listFile = path.join(scratch, 'files.txt');
  await writeFile(listFile, analysis.files.map((file) => path.join(dir, file.filename)).join('\n') + '\n');
  const { stdout } = await run('cloc', ['--json', '--quiet', `--list-file=${listFile}`]);
  const cloc = {};
  for (const [name, counts] of Object.entries(JSON.parse(stdout))) {
    const language = CLOC_LANGUAGES[name];
    if (language) cloc[language] = (cloc[language] ?? 0) + counts.code;
  }
  const plumb = {};
  for (const file of analysis.files) plumb[file.language] = (plumb[file.language] ?? 0) + file.code;
  const languages = [...new Set([...Object.keys(cloc), ...Object.keys(plumb)])].sort();
  return languages.map((language) => {
    const ours = plumb[language] ?? 0;
    const theirs = cloc[language] ?? 0;
    return { language, plumb: ours, cloc: theirs, difference: theirs === 0 ? null : (ours - theirs) / theirs };
  });
}

const pct = (ratio) => (ratio === null || ratio === undefined ? 'n/a' : `${(100 * ratio).toFixed(1)}%`);
const secs = (seconds) => `${seconds.toFixed(2)}s`;

function printReport(report) {
  const { plumb } = report;
  console.log(`== ${report.dir}`);
  console.log(
    `plumb analyze: ${secs(plumb.seconds)}, peak RSS ${plumb.peakRssMiB?.toFixed(0) ?? 'n/a'} ` +
      `MiB, ${plumb.files} files, ${plumb.slocs} code lines, ${plumb.functions} functions, ` +
      `${plumb.duplicates} clone classes, ${plumb.errors} errors`,
  );
  if (report.cloc) {
    for (const row of report.cloc)
      console.log(`  cloc ${row.language}: plumb ${row.plumb}, cloc ${row.cloc}, difference ${pct(row.difference)}`);
  } else console.log('  cloc: not installed (apt-get install cloc)');
  const { floor } = report;
  const ratioTo = (tool) => (tool ? `, floor/${tool.name} ${(floor.seconds / tool.seconds).toFixed(2)}` : '');
  console.log(
    `parse floor (${floor.threads} threads, ${floor.files} files parsed once, nothing else): ` +
      `${secs(floor.seconds)}` +
      `${ratioTo(report.lizard && { name: 'lizard', seconds: report.lizard.lizardSeconds })}` +
      `${ratioTo(report.jscpd && { name: 'jscpd', seconds: report.jscpd.jscpdSeconds })}`,
  );
  const lizard = report.lizard;
  if (lizard) {
    console.log(
      `lizard: ${secs(lizard.lizardSeconds)} (plumb/lizard time ` +
        `${lizard.timeRatio.toFixed(2)}); ${lizard.lizardFunctions} functions, ` +
        `matched ${pct(lizard.matchedRatio)}, same CCN ${pct(lizard.sameCcnRatio)}`,
    );
    for (const [language, stats] of Object.entries(lizard.byLanguage))
      console.log(
        `  ${language}: ${stats.lizardFunctions} functions, matched ` +
          `${pct(stats.matchedRatio)}, same CCN ${pct(stats.sameCcnRatio)}`,
      );
  } else console.log('lizard: not found (--lizard PATH or .bench/lizard/lizard.py)');
  const jscpd = report.jscpd;
  if (jscpd) {
    console.log(
      `jscpd: ${secs(jscpd.jscpdSeconds)} (plumb/jscpd time ${jscpd.timeRatio.toFixed(2)}); ` +
        `${jscpd.jscpdPairs} pairs, recall ${pct(jscpd.recall)} (with comments: ${jscpd.withComments.jscpdPairs} ` +
        `pairs, recall ${pct(jscpd.withComments.recall)})`,
    );
  } else console.log('jscpd: not found (--jscpd PATH or .bench/jscpd/node_modules/.bin/jscpd)');
}

/** Each repository's times, all from its one run, side by side. */
function printTimes(reports) {
  console.log('== times, each row from one run: plumb, lizard, jscpd, and plumb/lizard, plumb/jscpd');
  for (const { dir, plumb, lizard, jscpd } of reports) {
    const tool = (name, seconds, ratio) => (seconds === undefined ? `${name} n/a` : `${name} ${secs(seconds)}`) + ratio;
    const ratio = (compared) => (compared ? ` (${compared.timeRatio.toFixed(2)})` : '');
    console.log(
      `  ${dir}: plumb ${secs(plumb.seconds)}, ${tool('lizard', lizard?.lizardSeconds, ratio(lizard))}, ` +
        `${tool('jscpd', jscpd?.jscpdSeconds, ratio(jscpd))}`,
    );
  }
}

const USAGE =
  'usage: npm run bench -- DIR... [--threads N] [--lizard PATH] [--jscpd PATH] [--json FILE] ' +
  '[--startup-dir DIR]... [--rounds N] [--no-startup] [--pipeline], or npm run bench -- --pipeline | --insights ' +
  '| --reports, ' +
  'or npm run bench -- --gate-status [--rate N] [--seconds N], or npm run bench -- --dashboard | --dashboard-issues';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      threads: { type: 'string' },
      lizard: { type: 'string' },
      jscpd: { type: 'string' },
      json: { type: 'string' },
      'startup-dir': { type: 'string', multiple: true, default: [] },
      rounds: { type: 'string', default: '5' },
      'no-startup': { type: 'boolean', default: false },
      pipeline: { type: 'boolean', default: false },
      'pipeline-dir': { type: 'string', multiple: true, default: [] },
      'gate-status': { type: 'boolean', default: false },
      rate: { type: 'string', default: '2000' },
      seconds: { type: 'string', default: '10' },
      insights: { type: 'boolean', default: false },
      reports: { type: 'boolean', default: false },
      'webhook-dir': { type: 'string', multiple: true, default: [] },
      dashboard: { type: 'boolean', default: false },
      'dashboard-issues': { type: 'boolean', default: false },
    },
  });
  if (values['dashboard-issues']) {
    // The issues page of an analysis of 100,000 findings in headless chromium (issue 17's target: under 1.5 s).
    const { stdout } = await run(process.execPath, [dashboardIssuesScript, '--rounds', values.rounds]);
    console.log(`== dashboard, the issues page of 100,000 findings\n${stdout.trim()}`);
    if (positionals.length === 0 && !values.dashboard) return;
  }
  if (values.dashboard) {
    const { stdout } = await run(process.execPath, [dashboardSizeScript]);
    console.log(`== dashboard, first page's JavaScript (gzipped)\n${stdout.trim()}`);
    if (positionals.length === 0) return;
  }
  for (const dir of values['webhook-dir']) {
    // What a receiver that never answers costs an analysis (scripts/bench/webhook-hang.mjs; target within 5%).
    const { stdout } = await run(process.execPath, [webhookHangScript, path.resolve(dir), '--rounds', values.rounds]);
    console.log(`== webhooks, a receiver that never answers, ${dir}: ${stdout.trim()}`);
  }
  const onlyPipelines = values['pipeline-dir'].length > 0 || values['webhook-dir'].length > 0;
  if (values['gate-status']) {
    // GET /api/quality/gates/status/:id against one `plumb serve` on PostgreSQL (scripts/bench/gate-status.mjs).
    const args = [gateStatusScript, '--rate', values.rate, '--seconds', values.seconds];
    const { stdout } = await run(process.execPath, args);
    console.log(`== gate status under load: ${stdout.trim()}`);
    if (positionals.length === 0 && !values.insights) return;
  }
  if (values.reports) {
    // The report job over a window of 1,000 commits on PGlite and PostgreSQL (issue 16's target: under 5 s).
    const { stdout } = await run(process.execPath, [reportWindowScript, '--rounds', values.rounds]);
    console.log(stdout.trim());
    if (positionals.length === 0 && !values.insights && !values.pipeline) return;
  }
  if (values.insights) {
    // 50 projects × 365 daily analyses × 100 rules on PostgreSQL, then the insights queries (issue 16's target).
    const { stdout } = await run(process.execPath, [insightsScript, '--rounds', values.rounds]);
    console.log(stdout.trim());
    if (positionals.length === 0 && !values.pipeline) return;
  }
  for (const dir of values['pipeline-dir']) {
    // A request to `completed` on the server's own worker against `plumb analyze` (scripts/bench/pipeline-run.mjs).
    const { stdout } = await run(process.execPath, [pipelineRunScript, path.resolve(dir), '--rounds', values.rounds]);
    console.log(`== pipeline run of ${dir}: ${stdout.trim()}`);
  }
  if (onlyPipelines && positionals.length === 0 && !values.pipeline) return;
  if (values.pipeline && positionals.length === 0) {
    // Storing and serving an analysis (scripts/bench/pipeline-store.mjs) on PostgreSQL and PGlite, alone.
    const pipeline = await benchPipeline();
    console.log(pipelineReport(pipeline));
    if (values.json) await writeFile(values.json, `${JSON.stringify({ pipeline }, null, 2)}\n`);
    return;
  }
  if (positionals.length === 0 || !positionals.every((target) => existsSync(target))) throw new Error(USAGE);
  const lizardPath = values.lizard ?? path.join(repo, '.bench/lizard/lizard.py');
  const jscpdCommand = values.jscpd ?? path.join(repo, '.bench/jscpd/node_modules/.bin/jscpd');
  const reports = [];
  for (const target of positionals) {
    reports.push(await benchRepository(path.resolve(target), values, lizardPath, jscpdCommand));
    printReport(reports.at(-1));
  }
  printTimes(reports);
  const result = { repositories: reports };
  if (!values['no-startup']) {
    result.startup = await measureStartup({
      plumbBin,
      lizardPath: existsSync(lizardPath) ? lizardPath : undefined,
      dirs: values['startup-dir'].map((dir) => path.resolve(dir)),
      rounds: Number(values.rounds),
    });
    console.log(startupReport(result.startup));
  }
  if (values.pipeline) {
    result.pipeline = await benchPipeline();
    console.log(pipelineReport(result.pipeline));
  }
  if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
}

/** Plumb on one repository, and cloc, lizard and jscpd on the same files right after. */
async function benchRepository(dir, values, lizardPath, jscpdCommand) {
  const scratch = await mkdtemp(path.join(tmpdir(), 'plumb-bench-'));
  try {
    const timed = await timePlumb(dir, values.threads, scratch);
    const { analysis } = timed;
    const floor = await timeParseFloor(dir, Math.max(1, Number(values.threads ?? availableParallelism())));
    const report = {
      dir,
      plumb: {
        seconds: timed.seconds,
        peakRssMiB: timed.peakRssMiB,
        files: analysis.files.length,
        slocs: analysis.slocs,
        functions: analysis.functions.length,
        duplicates: analysis.duplicates.length,
        errors: analysis.errors.length,
      },
      floor,
    };
    if (await commandExists('cloc')) report.cloc = await compareWithCloc(dir, analysis, scratch);
    if (existsSync(lizardPath)) {
      const { missed, differentCcn, ...lizard } = await compareWithLizard({
        dir,
        plumbFunctions: analysis.functions,
        lizardPath,
      });
      report.lizard = {
        ...lizard,
        timeRatio: timed.seconds / lizard.lizardSeconds,
        missedSample: missed.slice(0, 20),
        differentCcnSample: differentCcn.slice(0, 20),
      };
    }
    if (existsSync(jscpdCommand)) {
      const jscpd = await compareWithJscpd({ dir, plumbClasses: analysis.duplicates, jscpdCommand });
      report.jscpd = { ...jscpd, timeRatio: timed.seconds / jscpd.jscpdSeconds };
    }
    return report;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
