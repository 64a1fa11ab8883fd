import { text } from 'node:stream/consumers';
import { checkPythonFiles, type RuffCheckRequest } from './check.js';

// The child process of `host.ts`: a request as JSON on stdin, the reply as JSON on stdout.
const request = JSON.parse(await text(process.stdin)) as RuffCheckRequest;
process.stdout.write(JSON.stringify(checkPythonFiles(request)));
