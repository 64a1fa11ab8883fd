#!/usr/bin/env node
// Runs each API test file (packages/server/src/api/**/*.test.ts) alone, in a vitest process of its own, one after the
// other, and names every file that fails that way (one that passes only in the full run, alongside other files).
// `node scripts/test-isolated.mjs [path-fragment…]` runs only the files whose path contains one of the fragments.
// PLUMB_TEST_PG_URL is passed on, so the same files can be run alone on PostgreSQL.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const API_DIR = 'packages/server/src/api';
// The vitest binary itself, not `npx vitest`: the same run without npx's start-up on every file.
const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

const filters = process.argv.slice(2);
const files = readdirSync(path.join(root, API_DIR), { recursive: true })
  .map((entry) => path.posix.join(API_DIR, String(entry).split(path.sep).join('/')))
  .filter((file) => file.endsWith('.test.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error(
    `test:isolated: no test file under ${API_DIR}${filters.length ? ` matches ${filters.join(', ')}` : ''}`,
  );
  process.exit(1);
}

/** Runs one file alone; resolves to its exit code and everything it printed. */
function runAlone(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vitest, 'run', file], {
      cwd: root,
      // Its output is piped, so vitest would drop colours: keep them when this script prints to a terminal.
      env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? 1, output: signal ? `${output}\nkilled by ${signal}` : output }),
    );
  });
}

const started = performance.now();
const failed = [];
for (const [index, file] of files.entries()) {
  const fileStarted = performance.now();
  const { code, output } = await runAlone(file);
  const seconds = ((performance.now() - fileStarted) / 1000).toFixed(1);
  const position = `[${index + 1}/${files.length}]`;
  if (code === 0) {
    console.log(`ok   ${position} ${file} (${seconds}s)`);
  } else {
    failed.push(file);
    console.log(`FAIL ${position} ${file} (${seconds}s, exit ${code}), run alone:\n${output.trimEnd()}\n`);
  }
}
const total = ((performance.now() - started) / 1000).toFixed(0);
if (failed.length > 0) {
  console.error(`test:isolated: ${failed.length} of ${files.length} API test files fail when run alone (${total}s):`);
  for (const file of failed) console.error(`  ${file}`);
  process.exit(1);
}
console.log(`test:isolated: all ${files.length} API test files pass when run alone (${total}s)`);
