// The engine run of one analysis, in a process of its own so that a cancel or a time limit can end it at once and a
// crash of the engine cannot take the worker down. Arguments: the directory to analyze, the file to write the
// engine's JSON result to, the file to write its per-file results to (gzipped), and for a smart analysis the earlier
// per-file results and a JSON list of the changed paths; the organization's license policy, as JSON, in
// PLUMB_ORGANIZATION_LICENSE_POLICY. Progress goes to stderr, kept in the analysis log.
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  analyzeDirectory,
  parseFileResults,
  sameTools,
  serializeFileResults,
  type FileResults,
  type LicensePolicy,
} from '@plumb/engine';
import { LICENSE_POLICY_VARIABLE } from './engine-process.js';

const [dir, out, fileResultsOut, previousFile, changedFile] = process.argv.slice(2);
if (!dir || !out || !fileResultsOut) {
  process.stderr.write('usage: analyze-process DIR OUT FILE_RESULTS_OUT [PREVIOUS_FILE_RESULTS CHANGED_JSON]\n');
  process.exit(2);
}
// A worker killed outright leaves no one to read the result: end with it rather than run on as an orphan.
const orphaned = () => process.exit(1);
process.on('disconnect', orphaned);
const started = Date.now();

async function reusable(): Promise<{ previous: FileResults; changed: ReadonlySet<string> } | undefined> {
  if (!previousFile || !changedFile) return undefined;
  // Pruned by a newer analysis meanwhile, or unreadable: the run is only slower for it.
  const previous = await readFile(previousFile)
    .then((gzipped) => parseFileResults(gunzipSync(gzipped).toString('utf8')))
    .catch((error: Error) => {
      process.stderr.write(`the earlier per-file results cannot be read (${error.message}): analyzing every file\n`);
      return undefined;
    });
  if (!previous) return undefined;
  // The worker checked the versions stored with the analysis; these are the file's own.
  if (!sameTools(previous)) {
    process.stderr.write('the earlier per-file results are of another engine or linter: analyzing every file\n');
    return undefined;
  }
  const changed = new Set(JSON.parse(await readFile(changedFile, 'utf8')) as string[]);
  process.stderr.write(`smart: ${changed.size} changed paths analyzed again, the other files' results taken over\n`);
  return { previous, changed };
}

const policyJson = process.env[LICENSE_POLICY_VARIABLE];
const licensePolicy = policyJson ? (JSON.parse(policyJson) as LicensePolicy) : undefined;

let reported = 0;
let fileResults: FileResults | undefined;
const reuse = await reusable();
const result = await analyzeDirectory(dir, {
  ...(reuse ? { reuse } : {}),
  ...(licensePolicy ? { licensePolicy } : {}),
  onFileResults: (results) => (fileResults = results),
  onProgress: (done, total) => {
    // One line per tenth of the files keeps the log readable on large repositories.
    if (done === total || done - reported >= Math.max(1, Math.ceil(total / 10))) {
      reported = done;
      process.stderr.write(`analyzed ${done} of ${total} files\n`);
    }
  },
});
await writeFile(out, JSON.stringify(result));
// The fastest level: the file is read back once, by the next smart analysis.
if (fileResults) await writeFile(fileResultsOut, gzipSync(serializeFileResults(fileResults), { level: 1 }));
process.stderr.write(
  `engine finished in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
    `${result.violations.length} findings, ${result.files.length} files, ${result.errors.length} errors\n`,
);
process.off('disconnect', orphaned);
process.disconnect?.();
