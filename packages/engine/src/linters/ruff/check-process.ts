import { createInterface } from 'node:readline';
import { checkPythonFiles, ruffModule, type RuffCheckRequest } from './check.js';

// The child process of `host.ts`: one request per line of JSON on stdin, one reply per line on stdout, until stdin
// ends (the parent went or let it go). It may start before the first request is known (as soon as the walk finds a
// Python file), so Ruff compiles while the parent works; later requests find Ruff's WebAssembly warm.
const RETIRE_AT_BYTES = 768 * 1024 * 1024;

ruffModule();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  process.stdout.write(`${JSON.stringify(checkPythonFiles(JSON.parse(line) as RuffCheckRequest))}\n`);
  // WebAssembly memory never shrinks: past this size the process ends, and the next check starts a fresh one.
  if (process.memoryUsage().rss > RETIRE_AT_BYTES) break;
}
lines.close();
process.stdin.destroy();
