// Bundles the compiled CLI and engine (dist/ from `tsc -b`) into dist/bundle with esbuild: the `plumb` command, the
// analysis worker and Ruff's child process, three entries sharing chunks, so a run loads a handful of files instead
// of about 300 modules (docs/benchmarks.md, "Start-up"). `npm run build` runs it after `tsc -b`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = fileURLToPath(new URL('..', import.meta.url));
const engineDist = path.dirname(createRequire(import.meta.url).resolve('@plumb/engine'));

await build({
  entryPoints: {
    main: path.join(cli, 'dist/main.js'),
    // Named as in the engine's dist/: workerScript() and ruffProcessScript() look for them beside their caller.
    'analysis-worker': path.join(engineDist, 'worker/analysis-worker.js'),
    'check-process': path.join(engineDist, 'linters/ruff/check-process.js'),
  },
  outdir: path.join(cli, 'dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // Loaded from their packages: the server (only by serve and admin), and the two runtimes that find their
  // WebAssembly beside their own files.
  external: ['@plumb/server', 'web-tree-sitter', '@astral-sh/ruff-wasm-nodejs'],
  // The bundled CommonJS dependencies (yaml, picomatch) call require(), which an ES module must be given.
  banner: {
    js: [
      "import { createRequire as createBundleRequire } from 'node:module';",
      'const require = createBundleRequire(import.meta.url);',
    ].join(' '),
  },
  logLevel: 'warning',
});
