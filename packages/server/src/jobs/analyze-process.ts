// The engine run of one analysis, in a process of its own so that a cancel or a time limit can end it at once and a
// crash of the engine cannot take the worker down. Arguments: the directory to analyze and the file to write the
// engine's JSON result to. Progress goes to stderr, which the worker keeps in the analysis log.
import { writeFile } from 'node:fs/promises';
import { analyzeDirectory } from '@plumb/engine';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  process.stderr.write('usage: analyze-process DIR OUT\n');
  process.exit(2);
}
// A worker killed outright leaves no one to read the result: end with it rather than run on as an orphan.
const orphaned = () => process.exit(1);
process.on('disconnect', orphaned);
const started = Date.now();
let reported = 0;
const result = await analyzeDirectory(dir, {
  onProgress: (done, total) => {
    // One line per tenth of the files keeps the log readable on large repositories.
    if (done === total || done - reported >= Math.max(1, Math.ceil(total / 10))) {
      reported = done;
      process.stderr.write(`analyzed ${done} of ${total} files\n`);
    }
  },
});
await writeFile(out, JSON.stringify(result));
process.stderr.write(
  `engine finished in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
    `${result.violations.length} findings, ${result.files.length} files, ${result.errors.length} errors\n`,
);
process.off('disconnect', orphaned);
process.disconnect?.();
