// Runs two builds of Plumb on the same directories and reports whether their JSON analyses are identical once the
// run's own timestamps are left out; on a difference, names the first key path that differs and, per top-level
// list, how many entries only one side has (lists compared as sorted lists of their entries' JSON).
//   node scripts/bench/compare-analyses.mjs BASE_CHECKOUT NEW_CHECKOUT DIR... [-- PLUMB_ARGS...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RUN_FIELDS = ['startTimestamp', 'runningTimeSeconds'];

function analyze(checkout, directory, extraArgs, out) {
  const plumb = path.join(checkout, 'packages/cli/bin/plumb.js');
  const args = [plumb, 'analyze', directory, '--format', 'json', '--out', out, ...extraArgs];
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${checkout} on ${directory} exited ${result.status}: ${result.stderr}`);
  const analysis = JSON.parse(readFileSync(out, 'utf8'));
  for (const field of RUN_FIELDS) delete analysis[field];
  return analysis;
}

/** The first key path at which two JSON values differ, or undefined. */
function firstDifference(a, b, at = '$') {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return at;
  if (typeof a !== 'object' || a === null) return a === b ? undefined : at;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(a[key], b[key], `${at}.${key}`);
    if (found) return found;
  }
  return undefined;
}

/** Per top-level list: entries only in the base, and only in the new analysis (as sorted lists). */
function listDifferences(base, next) {
  const counts = {};
  for (const [key, value] of Object.entries(base)) {
    if (!Array.isArray(value) || !Array.isArray(next[key])) continue;
    const remaining = new Map();
    for (const entry of value.map((item) => JSON.stringify(item)))
      remaining.set(entry, (remaining.get(entry) ?? 0) + 1);
    let onlyNew = 0;
    for (const entry of next[key].map((item) => JSON.stringify(item))) {
      const left = remaining.get(entry) ?? 0;
      if (left > 0) remaining.set(entry, left - 1);
      else onlyNew++;
    }
    const onlyBase = [...remaining.values()].reduce((sum, left) => sum + left, 0);
    if (onlyBase > 0 || onlyNew > 0) counts[key] = { onlyBase, onlyNew };
  }
  return counts;
}

const separator = process.argv.indexOf('--');
const positional = process.argv.slice(2, separator === -1 ? undefined : separator);
const extraArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const [base, next, ...directories] = positional;
if (!base || !next || directories.length === 0) {
  console.error('usage: compare-analyses.mjs BASE_CHECKOUT NEW_CHECKOUT DIR... [-- PLUMB_ARGS...]');
  process.exit(2);
}
const scratch = mkdtempSync(path.join(tmpdir(), 'plumb-compare-'));
let differing = 0;
try {
  for (const directory of directories) {
    const before = analyze(base, directory, extraArgs, path.join(scratch, 'base.json'));
    const after = analyze(next, directory, extraArgs, path.join(scratch, 'new.json'));
    const difference = firstDifference(before, after);
    const summary = `${(before.files ?? []).length} files, ${(before.functions ?? []).length} functions`;
    if (!difference) console.log(`identical  ${directory} (${summary})`);
    else {
      differing++;
      console.log(
        `DIFFERENT  ${directory}: first at ${difference}; lists ${JSON.stringify(listDifferences(before, after))}`,
      );
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(differing > 0 ? 1 : 0);
