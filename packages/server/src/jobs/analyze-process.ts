// The engine's process: it runs one analysis after another, as its worker asks over the IPC channel, so that Node's
// start, the engine's imports and Ruff's WebAssembly are paid once per process, not per analysis. One request at a
// time; nothing of an analysis is kept for the next but warm code (the engine keeps no per-repository state). A
// cancel or a time limit kills the process (and its Ruff process) and the worker starts another for the next one;
// an analysis that throws ends the process too. Progress lines go back as messages, kept in the analysis log.
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { analyzeDirectory, parseFileResults, sameTools, serializeFileResults, type FileResults } from '@plumb/engine';
import type { EngineReply, EngineRequest } from './engine-messages.js';

// A worker killed outright leaves no one to read the result: end with it rather than run on as an orphan.
process.on('disconnect', () => process.exit(1));

const send = (reply: EngineReply) => process.send!(reply);
const log = (line: string) => send({ type: 'log', line });

async function reusable(
  request: EngineRequest,
): Promise<{ previous: FileResults; changed: ReadonlySet<string> } | undefined> {
  if (!request.reuse) return undefined;
  // Pruned by a newer analysis meanwhile, or unreadable: the run is only slower for it.
  const previous = await readFile(request.reuse.previousResults)
    .then((gzipped) => parseFileResults(gunzipSync(gzipped).toString('utf8')))
    .catch((error: Error) => {
      log(`the earlier per-file results cannot be read (${error.message}): analyzing every file`);
      return undefined;
    });
  if (!previous) return undefined;
  // The worker checked the versions stored with the analysis; these are the file's own.
  if (!sameTools(previous)) {
    log('the earlier per-file results are of another engine or linter: analyzing every file');
    return undefined;
  }
  const changed = new Set(request.reuse.changed);
  log(`smart: ${changed.size} changed paths analyzed again, the other files' results taken over`);
  return { previous, changed };
}

async function analyze(request: EngineRequest): Promise<void> {
  const started = Date.now();
  let reported = 0;
  let fileResults: FileResults | undefined;
  const reuse = await reusable(request);
  const result = await analyzeDirectory(request.dir, {
    ...(reuse ? { reuse } : {}),
    ...(request.licensePolicy ? { licensePolicy: request.licensePolicy } : {}),
    ...(request.configFile ? { configFile: request.configFile } : {}),
    onFileResults: (results) => (fileResults = results),
    onProgress: (done, total) => {
      // One line per tenth of the files keeps the log readable on large repositories.
      if (done === total || done - reported >= Math.max(1, Math.ceil(total / 10))) {
        reported = done;
        log(`analyzed ${done} of ${total} files`);
      }
    },
  });
  await writeFile(request.out, JSON.stringify(result));
  // The fastest level: the file is read back once, by the next smart analysis.
  if (fileResults) await writeFile(request.fileResultsOut, gzipSync(serializeFileResults(fileResults), { level: 1 }));
  log(
    `engine finished in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${result.violations.length} findings, ${result.files.length} files, ${result.errors.length} errors`,
  );
  send({ type: 'done', rssBytes: process.memoryUsage().rss });
}

process.on('message', (request: EngineRequest) => {
  analyze(request).catch((error: Error) => {
    // The process is not trusted with another analysis after a failure: the worker sees it end and replaces it.
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  });
});
