import type { Node, Point, Tree, TreeCursor } from 'web-tree-sitter';
import { heapWords, transferBufferWord, treeSitterModule as wasm } from './wasm-module.js';

/** The four words of a web-tree-sitter TreeCursor, as its own (un)marshalling reads and writes them. */
type CursorWords = TreeCursor & Record<0 | 1 | 2 | 3, number>;

const ERROR_TYPE_ID = 65535;

/**
 * A cursor over one tree whose state stays in the WebAssembly module's transfer buffer between steps: each
 * step is one call into WebAssembly, with none of TreeCursor's per-call marshalling and no Node allocated.
 * Only `node()` builds a Node; as Node methods reuse the transfer buffer, the cursor is put back before its next step.
 */
export class SyntaxCursor {
  /** Type id of the current node (the grammar's symbol; 65535 for ERROR). */
  typeId = 0;
  private readonly cursor: CursorWords;
  private readonly tree: number;
  private readonly buffer = transferBufferWord();
  /** The grammar's type names by type id. */
  readonly typeNames: readonly (string | null)[];
  /** The transfer buffer was lent to Node methods: the cursor words in `cursor` must be written back. */
  private lent = false;
  private start = -1;
  private end = -1;
  private current: Node | undefined;

  constructor(tree: Tree) {
    this.cursor = tree.walk() as CursorWords;
    this.tree = (tree as unknown as Record<0, number>)[0];
    this.typeNames = tree.language.types;
    this.restore();
    this.typeId = wasm._ts_tree_cursor_current_node_type_id_wasm(this.tree);
  }

  /** Type name of the current node, as `TreeCursor.nodeType` gives it. */
  get type(): string {
    return this.typeNames[this.typeId] ?? 'ERROR';
  }

  get isError(): boolean {
    return this.typeId === ERROR_TYPE_ID;
  }

  gotoFirstChild(): boolean {
    if (this.lent) this.restore();
    if (wasm._ts_tree_cursor_goto_first_child_wasm(this.tree) !== 1) return false;
    this.moved();
    return true;
  }

  gotoNextSibling(): boolean {
    if (this.lent) this.restore();
    if (wasm._ts_tree_cursor_goto_next_sibling_wasm(this.tree) !== 1) return false;
    this.moved();
    return true;
  }

  /** Back to the parent, whose type id the caller knows (the walk keeps a stack of them). */
  gotoParent(parentTypeId: number): boolean {
    if (this.lent) this.restore();
    if (wasm._ts_tree_cursor_goto_parent_wasm(this.tree) !== 1) return false;
    this.start = this.end = -1;
    this.current = undefined;
    this.typeId = parentTypeId;
    return true;
  }

  /** Start of the current node, in UTF-16 code units of the source. */
  get startIndex(): number {
    if (this.start < 0) {
      if (this.lent) this.restore();
      this.start = wasm._ts_tree_cursor_start_index_wasm(this.tree);
    }
    return this.start;
  }

  /** End (exclusive) of the current node, in UTF-16 code units of the source. */
  get endIndex(): number {
    if (this.end < 0) {
      if (this.lent) this.restore();
      this.end = wasm._ts_tree_cursor_end_index_wasm(this.tree);
    }
    return this.end;
  }

  get isNamed(): boolean {
    if (this.lent) this.restore();
    return wasm._ts_tree_cursor_current_node_is_named_wasm(this.tree) === 1;
  }

  get startPosition(): Point {
    return this.position(wasm._ts_tree_cursor_start_position_wasm);
  }

  get endPosition(): Point {
    return this.position(wasm._ts_tree_cursor_end_position_wasm);
  }

  /** The current node as a Node object: allocates, so ask only for nodes a pass looks at closely. */
  node(): Node {
    if (this.current) return this.current;
    if (!this.lent) this.save();
    this.lent = true;
    this.current = this.cursor.currentNode;
    return this.current;
  }

  /** Frees the cursor's stack; the cursor cannot be used afterwards. */
  delete(): void {
    if (!this.lent) this.save();
    this.cursor.delete();
  }

  private moved(): void {
    this.typeId = wasm._ts_tree_cursor_current_node_type_id_wasm(this.tree);
    this.start = this.end = -1;
    this.current = undefined;
  }

  /** A position is written over the first two cursor words of the buffer, so those are put back after. */
  private position(write: (tree: number) => void): Point {
    if (this.lent) this.restore();
    const heap = heapWords();
    const first = heap[this.buffer]!;
    const second = heap[this.buffer + 1]!;
    write(this.tree);
    const after = heapWords();
    const point = { row: after[this.buffer]! >>> 0, column: after[this.buffer + 1]! >>> 0 };
    after[this.buffer] = first;
    after[this.buffer + 1] = second;
    return point;
  }

  private save(): void {
    const heap = heapWords();
    const { buffer, cursor } = this;
    cursor[0] = heap[buffer]!;
    cursor[1] = heap[buffer + 1]!;
    cursor[2] = heap[buffer + 2]!;
    cursor[3] = heap[buffer + 3]!;
  }

  private restore(): void {
    const heap = heapWords();
    const { buffer, cursor } = this;
    heap[buffer] = cursor[0];
    heap[buffer + 1] = cursor[1];
    heap[buffer + 2] = cursor[2];
    heap[buffer + 3] = cursor[3];
    this.lent = false;
  }
}
