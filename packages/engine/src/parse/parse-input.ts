import { readFileSync } from 'node:fs';
import { dependencyRequire } from '../dependency-require.js';

/** web-tree-sitter's input buffer in bytes: a read hands the parser at most this much UTF-16, terminator included. */
const INPUT_BUFFER_BYTES = 10 * 1024;
const CHUNK_UNITS = (INPUT_BUFFER_BYTES - 2) / 2;

/** What is used here of WebAssembly's API, which the engine's type libraries (no DOM) do not declare. */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
type Instance = object;
type Module = object;
const { WebAssembly: wasmApi } = globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: Instance; module: Module }> };
};

type ParseCallbackImport = (buffer: number, index: number, row: number, column: number, lengthAddress: number) => void;

interface WasmImports {
  env: Record<string, unknown> & { memory: WasmMemory; tree_sitter_parse_callback: ParseCallbackImport };
}

/** The source being parsed on this thread, as UTF-16 little-endian bytes, copied into the parser's input buffer. */
let parsing: Buffer | undefined;
let bytes = new Uint8Array(0);
let words = new Int32Array(0);

/**
 * The parser asks for text in chunks by UTF-16 index. web-tree-sitter answers each request by slicing the rest of
 * the source and storing it one code unit at a time through a DataView (about 4% of a parse's CPU on redis); this
 * copies the same code units, length word and terminator from the source encoded once.
 */
function readChunk(memory: WasmMemory, buffer: number, index: number, lengthAddress: number): void {
  const source = parsing as Buffer;
  if (bytes.buffer !== memory.buffer) {
    bytes = new Uint8Array(memory.buffer);
    words = new Int32Array(memory.buffer);
  }
  // web-tree-sitter reports the length of the whole rest; the parser keeps what fits in the buffer.
  const rest = Math.max(source.length / 2 - index, 0);
  words[lengthAddress >> 2] = rest;
  const count = Math.min(rest, CHUNK_UNITS);
  bytes.set(source.subarray(index * 2, (index + count) * 2), buffer);
  bytes[buffer + count * 2] = 0;
  bytes[buffer + count * 2 + 1] = 0;
}

/**
 * An Emscripten `instantiateWasm` hook for web-tree-sitter's runtime: instantiates it as web-tree-sitter would, with
 * the parse callback import copying from the encoded source whenever `parseWithInput` is parsing. `failed`
 * rejects if instantiation fails (Emscripten would otherwise wait forever).
 */
export function fastInputInstantiation(): {
  instantiateWasm: (imports: WasmImports, receive: (instance: Instance, module: Module) => void) => object;
  failed: Promise<never>;
} {
  let fail: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  const instantiateWasm = (imports: WasmImports, receive: (instance: Instance, module: Module) => void): object => {
    const { env } = imports;
    const original = env.tree_sitter_parse_callback;
    env.tree_sitter_parse_callback = (buffer, index, row, column, lengthAddress) => {
      if (parsing === undefined) original(buffer, index, row, column, lengthAddress);
      else readChunk(env.memory, buffer, index, lengthAddress);
    };
    const runtime = readFileSync(dependencyRequire().resolve('web-tree-sitter/tree-sitter.wasm'));
    wasmApi.instantiate(runtime, imports).then(({ instance, module }) => receive(instance, module), fail);
    return {};
  };
  return { instantiateWasm, failed };
}

/** Runs `parse` with the parser's input callback copying from `source` encoded once (the tree keeps the string). */
export function parseWithInput<T>(source: string, parse: () => T): T {
  // Node copies code units as they are, lone surrogates included, as web-tree-sitter's own encoder does.
  parsing = Buffer.from(source, 'utf16le');
  try {
    return parse();
  } finally {
    parsing = undefined;
  }
}
