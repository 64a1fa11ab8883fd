// Measures how closely Plumb's per-function metrics agree with lizard (github.com/terryyin/lizard) on a tree
// of source files: which of lizard's functions Plumb finds at the same (file, start line), and how many of
// those have the same cyclomatic complexity. `npm run bench` calls compareWithLizard; run this file directly
// to measure one directory: node scripts/bench/lizard-compare.mjs DIR --lizard /path/to/lizard.py [--diff]
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** File extension → the Plumb language lizard's reader of that extension corresponds to. */
const LANGUAGE_BY_EXTENSION = {
  '.c': 'c',
  '.h': 'c',
  '.cc': 'cpp',
  '.cpp': 'cpp',
  '.cxx': 'cpp',
  '.hpp': 'cpp',
  '.java': 'java',
  '.go': 'go',
  '.py': 'python',
  '.rs': 'rust',
  '.rb': 'ruby',
  '.php': 'php',
  '.scala': 'scala',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.ts': 'typescript',
  '.tsx': 'tsx',
};

export function languageOfFile(filename) {
  return LANGUAGE_BY_EXTENSION[path.extname(filename).toLowerCase()];
}

/** Splits one line of lizard's --csv output, whose quoted fields never contain quotes. */
function parseCsvLine(line) {
  const fields = [];
  const pattern = /"([^"]*)"|([^,]+)|(?<=,|^)(?=,|$)/g;
  for (const match of line.matchAll(pattern)) fields.push(match[1] ?? match[2] ?? '');
  return fields;
}

function runLizard(lizardPath, dir) {
  return new Promise((resolve, reject) => {
    execFile('python3', [lizardPath, '--csv', dir], { maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
      // lizard exits 1 when a function exceeds its warning thresholds; its output is still complete.
      if (error && typeof error.code !== 'number')
        reject(new Error(`lizard failed to run: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/**
 * Lizard's functions in dir: `[{ filename (relative to dir),
 * name, lineStart, lineEnd, complexity, nloc, parameters }]`.
 */
export async function lizardFunctions(dir, lizardPath) {
  const started = process.hrtime.bigint();
  const stdout = await runLizard(lizardPath, dir);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const functions = [];
  for (const line of stdout.split('\n')) {
    if (!line) continue;
    const [nloc, ccn, , parameters, , , file, name, , start, end] = parseCsvLine(line);
    if (!file || !languageOfFile(file)) continue;
    functions.push({
      filename: path.relative(dir, path.resolve(file)),
      name,
      lineStart: Number(start),
      lineEnd: Number(end),
      complexity: Number(ccn),
      nloc: Number(nloc),
      parameters: Number(parameters),
    });
  }
  return { seconds, functions };
}

function groupByStart(functions) {
  const groups = new Map();
  for (const fn of functions) {
    const key = `${fn.filename}:${fn.lineStart}`;
    const group = groups.get(key);
    if (group) group.push(fn);
    else groups.set(key, [fn]);
  }
  return groups;
}

/** Pairs two groups of functions starting on one line: equal complexities first, the rest in order. */
function pairGroup(ours, theirs) {
  const remaining = [...ours];
  const pairs = [];
  const unpaired = [];
  for (const fn of theirs) {
    const same = remaining.findIndex((candidate) => candidate.complexity === fn.complexity);
    if (same >= 0) pairs.push([fn, remaining.splice(same, 1)[0]]);
    else unpaired.push(fn);
  }
  for (const fn of unpaired) {
    if (remaining.length > 0) pairs.push([fn, remaining.shift()]);
  }
  return pairs;
}

/**
 * Compares Plumb's functions (`[{ filename relative to dir, lineStart, complexity }]`) with lizard's on dir.
 * Returns agreement overall and per language, and the disagreements for whoever wants to look.
 */
export async function compareWithLizard({ dir, plumbFunctions, lizardPath }) {
  const lizard = await lizardFunctions(dir, lizardPath);
  const plumbByStart = groupByStart(plumbFunctions);
  const byLanguage = {};
  const missed = [];
  const differentCcn = [];
  let matched = 0;
  let sameCcn = 0;
  for (const [key, theirs] of groupByStart(lizard.functions)) {
    const language = languageOfFile(theirs[0].filename);
    const stats = (byLanguage[language] ??= {
      lizardFunctions: 0,
      matched: 0,
      sameCcn: 0,
      matchedRatio: 0,
      sameCcnRatio: 0,
    });
    stats.lizardFunctions += theirs.length;
    const pairs = pairGroup(plumbByStart.get(key) ?? [], theirs);
    for (const fn of theirs.slice(pairs.length)) missed.push(fn);
    for (const [fn, ours] of pairs) {
      matched++;
      stats.matched++;
      if (fn.complexity === ours.complexity) {
        sameCcn++;
        stats.sameCcn++;
      } else {
        differentCcn.push({ ...fn, plumbComplexity: ours.complexity });
      }
    }
  }
  for (const stats of Object.values(byLanguage)) {
    stats.matchedRatio = stats.lizardFunctions ? stats.matched / stats.lizardFunctions : 1;
    stats.sameCcnRatio = stats.matched ? stats.sameCcn / stats.matched : 1;
  }
  return {
    lizardSeconds: lizard.seconds,
    lizardFunctions: lizard.functions.length,
    matched,
    sameCcn,
    matchedRatio: lizard.functions.length ? matched / lizard.functions.length : 1,
    sameCcnRatio: matched ? sameCcn / matched : 1,
    byLanguage,
    missed,
    differentCcn,
  };
}

async function* sourceFiles(dir, root = dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full, root);
    else if (entry.isFile() && languageOfFile(entry.name)) yield path.relative(root, full);
  }
}

/** Plumb's functions in dir, measured in this thread with the built engine (run `npx tsc -b packages/engine` first). */
async function plumbFunctionsOf(dir) {
  const engine = new URL('../../packages/engine/dist/', import.meta.url);
  const { parseSource } = await import(new URL('parse/parser.js', engine).href);
  const { extractFunctions } = await import(new URL('metrics/functions/index.js', engine).href);
  const functions = [];
  let seconds = 0;
  for await (const filename of sourceFiles(dir)) {
    const language = languageOfFile(filename);
    const source = await readFile(path.join(dir, filename), 'utf8');
    const started = process.hrtime.bigint();
    const tree = await parseSource(language, source);
    try {
      for (const fn of extractFunctions(tree, source, language)) functions.push({ filename, ...fn });
    } finally {
      tree.delete();
    }
    seconds += Number(process.hrtime.bigint() - started) / 1e9;
  }
  return { functions, seconds };
}

async function main(argv) {
  const dir = argv[0];
  const lizardAt = argv.indexOf('--lizard');
  const lizardPath = lizardAt >= 0 ? argv[lizardAt + 1] : process.env.LIZARD;
  if (!dir || !lizardPath) {
    console.error('usage: node scripts/bench/lizard-compare.mjs DIR --lizard /path/to/lizard.py [--diff]');
    process.exit(2);
  }
  const plumb = await plumbFunctionsOf(dir);
  const result = await compareWithLizard({ dir, plumbFunctions: plumb.functions, lizardPath });
  const { missed, differentCcn, ...summary } = result;
  console.log(
    JSON.stringify({ plumbSeconds: plumb.seconds, plumbFunctions: plumb.functions.length, ...summary }, null, 2),
  );
  if (argv.includes('--diff')) {
    for (const fn of missed) console.log(`missed   ${fn.filename}:${fn.lineStart} ${fn.name} ccn=${fn.complexity}`);
    for (const fn of differentCcn)
      console.log(
        `ccn      ${fn.filename}:${fn.lineStart} ${fn.name} lizard=${fn.complexity} plumb=${fn.plumbComplexity}`,
      );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
