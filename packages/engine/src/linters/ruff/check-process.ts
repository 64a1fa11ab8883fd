import { text } from 'node:stream/consumers';
import { checkPythonFiles, ruffModule, type RuffCheckRequest } from './check.js';

// The child process of `host.ts`: a request as JSON on stdin, the reply as JSON on stdout. It may start before the
// request is known (as soon as the walk finds a Python file), so Ruff compiles while the parent works.
ruffModule();
const request = JSON.parse(await text(process.stdin)) as RuffCheckRequest;
process.stdout.write(JSON.stringify(checkPythonFiles(request)));
