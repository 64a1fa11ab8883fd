#!/usr/bin/env node
// `npm run build` (and `npm install`, through the root `prepare` script) compiles the CLI into dist/ and bundles it
// with the engine into dist/bundle, which loads a handful of files instead of about 300 modules. The modules in
// dist/ run when there is no bundle or when a `tsc -b` has rebuilt the CLI or the engine since it was made.
import { statSync } from 'node:fs';

const builtAt = (file) => statSync(new URL(file, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundleIsFresh =
  builtAt('../dist/bundle/main.js') >=
  Math.max(builtAt('../dist/.tsbuildinfo'), builtAt('../../engine/dist/.tsbuildinfo'));
const { main } = await import(bundleIsFresh ? '../dist/bundle/main.js' : '../dist/main.js');

process.exitCode = await main(process.argv);
