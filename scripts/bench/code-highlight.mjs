// CPU time of the file view's syntax highlighting (packages/web/src/views/code/highlight.ts, run in the page's worker)
// on a 10,000-line file: Plumb's own server sources, concatenated, as TypeScript; and the size of its answer, which the
// worker posts to the page (structured clone).
// Usage: node scripts/bench/code-highlight.mjs [--lines 10000] [--runs 7]
import { readdir, readFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const LINES = option('lines', 10_000);
const RUNS = option('runs', 7);

/** The first LINES lines of the server's TypeScript sources, in path order. */
async function sourceLines() {
  const files = (await readdir(path.join(root, 'packages/server/src'), { recursive: true }))
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const lines = [];
  for (const file of files) {
    lines.push(...(await readFile(path.join(root, 'packages/server/src', file), 'utf8')).split('\n'));
    if (lines.length >= LINES) break;
  }
  return lines.slice(0, LINES);
}

const dir = await mkdtemp(path.join(tmpdir(), 'plumb-bench-highlight-'));
try {
  const out = path.join(dir, 'highlight.mjs');
  await build({
    entryPoints: [path.join(root, 'packages/web/src/views/code/highlight.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  });
  const { highlightLines } = await import(pathToFileURL(out).href);
  const lines = await sourceLines();
  const measure = (grammar) => {
    const times = [];
    let tokens = 0;
    for (let run = 0; run < RUNS; run++) {
      const before = process.cpuUsage();
      const result = highlightLines(lines, grammar);
      const used = process.cpuUsage(before);
      times.push((used.user + used.system) / 1000);
      tokens = result.reduce((sum, line) => sum + line.length, 0);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], min: times[0], tokens };
  };
  const [load1] = (await readFile('/proc/loadavg', 'utf8').catch(() => '? ')).split(' ');
  const { median, min, tokens } = measure('typescript');
  const posted = JSON.stringify(highlightLines(lines, 'typescript')).length;
  console.log(
    `typescript ${lines.length} lines: CPU ${median.toFixed(1)} ms median, ${min.toFixed(1)} ms min ` +
      `over ${RUNS} runs; ${tokens} tokens, ${(posted / 1024).toFixed(0)} KiB as JSON (load average ${load1})`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
