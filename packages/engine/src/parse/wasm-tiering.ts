import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

/**
 * V8 optimizes a WebAssembly function once it has spent a budget of execution. A grammar's lexer is one huge
 * function (160 KB of code for shell, 83 KB for Ruby), which spends the default budget inside one small file;
 * optimizing it then costs up to a second of CPU on another core, more than parsing all files of that language.
 * With a budget 500 times larger, only what runs long is optimized: on the C sources of redis the parser's
 * loop and the C lexer still are, the grammars of its one shell and one Ruby file no longer (about 0.7 s of CPU).
 */
const WASM_TIERING_BUDGET = 1_000_000_000;

let tuned = false;

/**
 * Sets the budget once per process, from the main thread, before any grammar is compiled (V8 flags are process-wide).
 */
export function tuneWasmTiering(): void {
  if (tuned || !isMainThread) return;
  tuned = true;
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
}
