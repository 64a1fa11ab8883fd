/**
 * The few exports of web-tree-sitter's WebAssembly module that the tree walk calls directly. Each takes the
 * tree's address and reads (and moves) the cursor held in the module's transfer buffer, so a walk that keeps its
 * cursor there pays no marshalling in JavaScript for each step.
 */
export interface TreeSitterModule {
  HEAP32: Int32Array;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_named_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_start_position_wasm(tree: number): void;
  _ts_tree_cursor_end_position_wasm(tree: number): void;
  _ts_init(): number;
  setValue(pointer: number, value: number, type?: string): void;
  getValue(pointer: number, type?: string): number;
}

/** Emscripten fills in and returns the very object given to `Parser.init`, so it is kept here. */
export const treeSitterModule = {} as TreeSitterModule;

/** Where the module's transfer buffer starts, in 32-bit words; set once the module is initialised. */
let transferWord = -1;

/** Checks, once after `Parser.init`, that the module has the exports the walk calls, and finds the transfer buffer. */
export function captureTreeSitterModule(): void {
  if (
    typeof treeSitterModule._ts_tree_cursor_goto_first_child_wasm !== 'function' ||
    !(treeSitterModule.HEAP32 instanceof Int32Array)
  ) {
    throw new Error('web-tree-sitter was initialised without the module object Plumb gave it: cursor exports missing');
  }
  // `ts_init` only writes the language versions into the buffer and returns its (static) address.
  transferWord = treeSitterModule._ts_init() >> 2;
  if (littleEndian()) useWordAccess(treeSitterModule);
}

export const littleEndian = (): boolean => new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * web-tree-sitter moves every node and cursor through `setValue`/`getValue`, which switch on a type string and
 * go through a DataView; on a little-endian host a 32-bit word is the same read straight from the heap's view.
 */
function useWordAccess(module: TreeSitterModule): void {
  const { setValue, getValue } = module;
  module.setValue = (pointer, value, type) => {
    if (type === 'i32') module.HEAP32[pointer >> 2] = value;
    else setValue(pointer, value, type);
  };
  module.getValue = (pointer, type) => (type === 'i32' ? module.HEAP32[pointer >> 2]! : getValue(pointer, type));
}

/** The 32-bit word index of the transfer buffer. */
export function transferBufferWord(): number {
  if (transferWord < 0) throw new Error('the tree-sitter module is not initialised: parse a file first');
  return transferWord;
}

/** The module's memory as 32-bit words, renewed when memory growth has detached the previous view. */
export function heapWords(): Int32Array {
  return treeSitterModule.HEAP32;
}
