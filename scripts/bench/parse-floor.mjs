// The parsing floor: what issue 4 asks of every analysis before any pass runs. Starts Node, walks DIR as
// `plumb analyze` does, spreads the source files over N worker threads by size, and reads and parses each file
// once with Plumb's own `parseSource` (web-tree-sitter). No walk of the trees, no metric, no report.
// Run by scripts/bench.mjs as its own process, so that its time includes Node's start, as plumb's and jscpd's do.
// Usage: node scripts/bench/parse-floor.mjs DIR THREADS
import { readFile, stat } from 'node:fs/promises';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const engineDist = new URL('../../packages/engine/dist/', import.meta.url);

/** Greedy split by bytes, largest files first, as the analysis pool's batches are. */
async function shareBySize(files, threads) {
  const sized = await Promise.all(files.map(async (file) => ({ file, bytes: (await stat(file.absolutePath)).size })));
  sized.sort((a, b) => b.bytes - a.bytes);
  const shares = Array.from({ length: threads }, () => ({ files: [], bytes: 0 }));
  for (const { file, bytes } of sized) {
    const lightest = shares.reduce((best, share) => (share.bytes < best.bytes ? share : best));
    lightest.files.push(file);
    lightest.bytes += bytes;
  }
  return shares.map((share) => share.files);
}

function parseInThread(files) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: files });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function main() {
  const [dir, threadsArg = '2'] = process.argv.slice(2);
  const threads = Number(threadsArg);
  if (!dir || !Number.isInteger(threads) || threads < 1)
    throw new Error('usage: parse-floor.mjs DIR THREADS (THREADS a positive integer)');
  const { tuneWasmTiering } = await import(new URL('parse/wasm-tiering.js', engineDist).href);
  tuneWasmTiering();
  const { walkSourceFiles } = await import(new URL('walk/index.js', engineDist).href);
  const files = await walkSourceFiles(dir);
  const parsed = await Promise.all((await shareBySize(files, threads)).map(parseInThread));
  console.log(JSON.stringify({ files: files.length, parsedBytes: parsed.reduce((sum, bytes) => sum + bytes, 0) }));
}

async function parseShare() {
  const { parseSource } = await import(new URL('parse/parser.js', engineDist).href);
  let parsedBytes = 0;
  for (const file of workerData) {
    const tree = await parseSource(file.language, await readFile(file.absolutePath, 'utf8'));
    parsedBytes += tree.rootNode.endIndex;
    tree.delete();
  }
  parentPort.postMessage(parsedBytes);
}

if (isMainThread) {
  main().catch((error) => {
    console.error(`parse-floor: ${error.message}`);
    process.exitCode = 2;
  });
} else {
  await parseShare();
}
