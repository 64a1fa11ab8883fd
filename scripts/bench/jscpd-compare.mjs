// Measures how much of jscpd 5's duplication Plumb's clone classes find on a tree of source files: jscpd runs
// with the same thresholds (50 tokens, 6 lines) on the code Plumb compares (a copy of the files with comments,
// imports and docstrings blanked), and each clone pair it reports is recalled when both fragments substantially
// overlap two occurrences of one Plumb class. `npm run bench` calls compareWithJscpd; run this file directly to
// measure one directory (single-threaded Plumb):
//   node scripts/bench/jscpd-compare.mjs DIR --jscpd /path/to/node_modules/.bin/jscpd
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A fragment overlaps an occurrence substantially when they share at least this share of the fragment's lines. */
export const MIN_OVERLAP = 0.5;

const engineDist = new URL('../../packages/engine/dist/', import.meta.url);

async function plumbExtensions() {
  const { LANGUAGES } = await import(new URL('languages/registry.js', engineDist).href);
  return LANGUAGES.flatMap((language) => language.extensions.map((extension) => extension.slice(1)));
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
      // jscpd exits non-zero only with --exit-code/--threshold, which are not passed; any error is a failure.
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/**
 * jscpd's clone pairs on the files of dir that Plumb analyzes, and how long jscpd took. With skipComments
 * jscpd, like Plumb, leaves comments out of its tokens; without, licence headers become most of its pairs.
 */
export async function jscpdPairs(dir, jscpdCommand = 'jscpd', { skipComments = false } = {}) {
  const output = await mkdtemp(path.join(tmpdir(), 'plumb-jscpd-'));
  try {
    const pattern = `**/*.{${(await plumbExtensions()).join(',')}}`;
    const args = [
      ...(skipComments ? ['--skip-comments'] : []),
      '--min-tokens',
      '50',
      '--min-lines',
      '6',
      '--reporters',
      'json',
      '--output',
      output,
      '--pattern',
      pattern,
      dir,
    ];
    const started = process.hrtime.bigint();
    await run(jscpdCommand, args);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const report = JSON.parse(await readFile(path.join(output, 'jscpd-report.json'), 'utf8'));
    const fragment = (file) => ({
      filename: normalize(dir, file.name),
      line: file.startLoc.line,
      lineEnd: file.endLoc.line,
    });
    const pairs = report.duplicates.map((duplicate) => [fragment(duplicate.firstFile), fragment(duplicate.secondFile)]);
    return { seconds, pairs, sources: report.statistics?.total?.sources ?? 0 };
  } finally {
    await rm(output, { recursive: true, force: true });
  }
}

/** Paths relative to dir, whichever form (relative to dir, or absolute) a tool reports. */
function normalize(dir, filename) {
  return path.relative(dir, path.resolve(dir, filename));
}

/** Share of the fragment's lines that the occurrence also covers (same file). */
export function overlapShare(fragment, occurrence) {
  if (fragment.filename !== occurrence.filename) return 0;
  const shared = Math.min(fragment.lineEnd, occurrence.lineEnd) - Math.max(fragment.line, occurrence.line) + 1;
  return Math.max(0, shared) / (fragment.lineEnd - fragment.line + 1);
}

/** True when two different occurrences of one class overlap the pair's two fragments substantially. */
export function pairInsideClasses(pair, classesByFile) {
  const [first, second] = pair;
  for (const cloneClass of classesByFile.get(first.filename) ?? []) {
    const firstHits = cloneClass.occurrences.filter((occurrence) => overlapShare(first, occurrence) >= MIN_OVERLAP);
    if (firstHits.length === 0) continue;
    const secondHits = cloneClass.occurrences.filter((occurrence) => overlapShare(second, occurrence) >= MIN_OVERLAP);
    if (secondHits.some((b) => firstHits.some((a) => a !== b))) return true;
  }
  return false;
}

/**
 * Runs jscpd 5 on dir and reports `{ jscpdSeconds, jscpdPairs, pairsInsidePlumbClasses, recall, sources }`. The
 * headline pairs come from jscpd on the code Plumb compares (a copy of dir with what Plumb's clone tokens leave
 * out blanked: comments, import/include/package/use statements, Python docstrings), as `--skip-comments` alone
 * leaves imports and docstrings in; jscpdSeconds is jscpd's time with `--skip-comments` on dir itself. The same
 * figures for jscpd on dir with `--skip-comments` are under `skipComments`, and in jscpd's default mode under
 * `withComments`. plumbClasses are Plumb's CloneClass[] for the same dir, filenames relative to dir (or absolute).
 */
export async function compareWithJscpd({ dir, plumbClasses, jscpdCommand = 'jscpd' }) {
  const classesByFile = indexClassesByFile(dir, plumbClasses);
  const measure = async (scanned, skipComments) => {
    const { seconds, pairs, sources } = await jscpdPairs(scanned, jscpdCommand, { skipComments });
    const recalled = pairs.filter((pair) => pairInsideClasses(pair, classesByFile)).length;
    return {
      jscpdSeconds: seconds,
      jscpdPairs: pairs.length,
      pairsInsidePlumbClasses: recalled,
      recall: pairs.length === 0 ? 1 : recalled / pairs.length,
      sources,
    };
  };
  const withComments = await measure(dir, false);
  const skipComments = await measure(dir, true);
  const copy = await comparedCodeCopy(dir);
  try {
    return { ...(await measure(copy, true)), jscpdSeconds: skipComments.jscpdSeconds, skipComments, withComments };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/**
 * A temporary copy of dir's source files (and .gitignore files, so jscpd skips the same ones) in which every
 * range Plumb's clone tokens leave out is blanked to spaces, newlines kept: same lines, same code as Plumb reads.
 */
export async function comparedCodeCopy(dir) {
  const { LANGUAGES } = await import(new URL('languages/registry.js', engineDist).href);
  const { parseSource } = await import(new URL('parse/parser.js', engineDist).href);
  const { skippedRanges } = await import(new URL('duplication/index.js', engineDist).href);
  const languageOf = new Map(
    LANGUAGES.flatMap((language) => language.extensions.map((extension) => [extension, language.id])),
  );
  const copy = await mkdtemp(path.join(tmpdir(), 'plumb-compared-code-'));
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const filename = path.relative(dir, path.join(entry.parentPath, entry.name));
    const language = languageOf.get(path.extname(entry.name));
    if (!entry.isFile() || filename.split(path.sep).includes('.git') || (!language && entry.name !== '.gitignore'))
      continue;
    await mkdir(path.dirname(path.join(copy, filename)), { recursive: true });
    if (!language) {
      await copyFile(path.join(dir, filename), path.join(copy, filename));
      continue;
    }
    const source = await readFile(path.join(dir, filename), 'utf8');
    const tree = await parseSource(language, source);
    const ranges = skippedRanges(tree, language);
    tree.delete();
    await writeFile(path.join(copy, filename), blank(source, ranges));
  }
  return copy;
}

/** The source with every character inside the ranges but line breaks turned to a space. */
function blank(source, ranges) {
  let blanked = '';
  let from = 0;
  for (const [start, end] of ranges) {
    blanked += source.slice(from, start) + source.slice(start, end).replace(/[^\r\n]/g, ' ');
    from = end;
  }
  return blanked + source.slice(from);
}

function indexClassesByFile(dir, plumbClasses) {
  const classesByFile = new Map();
  for (const cloneClass of plumbClasses) {
    const occurrences = cloneClass.occurrences.map((occurrence) => ({
      ...occurrence,
      filename: normalize(dir, occurrence.filename),
    }));
    const normalized = { ...cloneClass, occurrences };
    for (const filename of new Set(occurrences.map((occurrence) => occurrence.filename))) {
      if (!classesByFile.has(filename)) classesByFile.set(filename, []);
      classesByFile.get(filename).push(normalized);
    }
  }
  return classesByFile;
}

/** Plumb's clone classes for dir, computed in this thread (the bench proper runs the real pipeline). */
async function plumbClassesOf(dir) {
  const { LANGUAGES } = await import(new URL('languages/registry.js', engineDist).href);
  const { parseSource } = await import(new URL('parse/parser.js', engineDist).href);
  const { tokenizeForClones, findClones, DEFAULT_DUPLICATION_OPTIONS } = await import(
    new URL('duplication/index.js', engineDist).href
  );
  const languageOf = new Map(
    LANGUAGES.flatMap((language) => language.extensions.map((extension) => [extension, language.id])),
  );
  const tokens = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const language = entry.isFile() ? languageOf.get(path.extname(entry.name)) : undefined;
    if (!language) continue;
    const filename = path.relative(dir, path.join(entry.parentPath, entry.name));
    const source = await readFile(path.join(dir, filename), 'utf8');
    const tree = await parseSource(language, source);
    tokens.push(tokenizeForClones(tree, source, language, filename));
    tree.delete();
  }
  const { readFileSync } = await import('node:fs');
  return findClones(tokens, DEFAULT_DUPLICATION_OPTIONS, (filename) => readFileSync(path.join(dir, filename), 'utf8'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, flag, jscpdCommand] = process.argv.slice(2);
  if (!dir || (flag !== undefined && flag !== '--jscpd')) {
    console.error('usage: node scripts/bench/jscpd-compare.mjs DIR [--jscpd PATH]');
    process.exit(2);
  }
  const started = process.hrtime.bigint();
  const plumbClasses = await plumbClassesOf(path.resolve(dir));
  const plumbSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const comparison = await compareWithJscpd({ dir: path.resolve(dir), plumbClasses, jscpdCommand });
  console.log(JSON.stringify({ plumbSeconds, plumbClasses: plumbClasses.length, ...comparison }, null, 2));
}
