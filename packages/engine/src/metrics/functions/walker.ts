import type { Tree } from '../../parse/parser.js';
import type { SyntaxCursor } from '../../parse/syntax-cursor.js';
import { walkTree, type TreeVisitor } from '../../parse/walk-tree.js';
import { countCodeLines } from './code-lines.js';
import type { FunctionSpec } from './spec.js';
import { concernedTypes } from './type-table.js';
import type { FunctionMetrics } from './types.js';

/** Counters of the function being walked; the file's top level has one too, and it is dropped. */
interface Frame {
  metrics: FunctionMetrics;
  /** Cognitive nesting level of what is being visited. */
  nesting: number;
  /** Control structures around what is being visited. */
  depth: number;
  /** The function's subtree has syntax errors, so keywords may hide in identifiers. */
  hasError: boolean;
  /** The previous token was `else`: the next node decides between `else` and `else if`. */
  afterElse: boolean;
}

// What entering a node pushed, undone when leaving it.
const PUSHED_FUNCTION = 1;
const PUSHED_NESTING = 2;
const PUSHED_DEPTH = 4;

function newFrame(name: string, row: number, nbParameters: number, hasError: boolean): Frame {
  const metrics: FunctionMetrics = {
    functionName: name,
    lineStart: row + 1,
    lineEnd: row + 1,
    length: 0,
    nbParameters,
    complexity: 1,
    cognitiveComplexity: 0,
    nestingDepth: 0,
  };
  return { metrics, nesting: 0, depth: 0, hasError, afterElse: false };
}

/** Walks a tree once and measures every function that `spec` recognises. */
export function measureFunctions(tree: Tree, source: string, spec: FunctionSpec): FunctionMetrics[] {
  const visitor = new FunctionMetricsVisitor(source, spec);
  walkTree(tree, [visitor]);
  return visitor.functions();
}

/**
 * Measures every function that `spec` recognises, as one visitor of the shared tree walk. Per-depth state
 * lives in reused arrays, so visiting a node allocates nothing unless it starts a function.
 */
export class FunctionMetricsVisitor implements TreeVisitor {
  private readonly found: FunctionMetrics[] = [];
  /** [start, end) offsets left out of NLOC: comments, docstrings, preprocessor lines. */
  private readonly excluded: number[] = [];
  private readonly frames: Frame[] = [newFrame('*global*', 0, 0, false)];
  private frame: Frame = this.frames[0]!;
  private capacity = 256;
  private pushed: Uint8Array = new Uint8Array(this.capacity);
  private readonly types: string[] = new Array<string>(this.capacity);
  // Boolean-operator kind of each open node, and of the last node left at each depth (its left operand).
  private opOfNode: Uint8Array = new Uint8Array(this.capacity);
  private opOfPrevious: Uint8Array = new Uint8Array(this.capacity);
  // lizard reads a preprocessor line as one token: counted tokens before this offset are inside one.
  private directiveEnd = 0;
  /** Per type id of the tree's grammar (`concernedFor`), whether its nodes concern the walker (`concernedTypes`). */
  private concerned: Uint8Array = new Uint8Array(0);
  private concernedFor: readonly (string | null)[] | undefined;

  constructor(
    private readonly source: string,
    private readonly spec: FunctionSpec,
  ) {}

  enter(cursor: SyntaxCursor, depth: number): boolean {
    if (depth + 2 >= this.capacity) this.grow();
    const { spec, source, types } = this;
    let frame = this.frame;
    if (this.concernedFor !== cursor.typeNames) {
      this.concernedFor = cursor.typeNames;
      this.concerned = concernedTypes(spec, cursor.typeNames);
    }
    if (this.concerned[cursor.typeId] === 0 && !frame.afterElse) {
      // What the full path below does for a node of no type it knows: note the type, push nothing, descend.
      types[depth] = cursor.type;
      this.opOfNode[depth] = 0;
      this.pushed[depth] = 0;
      this.opOfPrevious[depth + 1] = 0;
      return true;
    }
    const { functions, ccnTokens, ccnTokenParents, ccnTokenAdjust, opaque, comments, nesting, ifTypes, elseKeyword } =
      spec;
    const { flat, labeledJumps, nestingOnly, textTokens, directiveLines } = spec;
    const {
      logicalOperators,
      logicalParents,
      nonCodeCandidates,
      isNonCode,
      directives,
      misparsedKeywords,
      namedStructuresOnly,
    } = spec;
    let type = cursor.type;
    types[depth] = type;
    if (textTokens?.has(type)) type = tokenText(cursor.startIndex, cursor.endIndex, source);
    this.opOfNode[depth] = 0;
    let flags = 0;
    let descend = true;
    if (comments.has(type)) {
      this.excluded.push(cursor.startIndex, cursor.endIndex);
      descend = false;
    } else {
      // Where keywords share their statement's type name, only named nodes are structures.
      const structural = !namedStructuresOnly || cursor.isNamed;
      let elseIf = false;
      if (frame.afterElse) {
        // `else` adds 1; so does `else if`, whose branches nest no deeper than the first `if`'s.
        frame.afterElse = false;
        frame.metrics.cognitiveComplexity += 1;
        elseIf = ifTypes.has(type);
      }
      if (!structural || elseIf) {
        // Neither a structure of its own nor a token to classify further.
      } else if (nesting.has(type)) {
        frame.metrics.cognitiveComplexity += 1 + frame.nesting;
        frame.nesting++;
        frame.depth++;
        if (frame.depth > frame.metrics.nestingDepth) frame.metrics.nestingDepth = frame.depth;
        flags |= PUSHED_NESTING | PUSHED_DEPTH;
      } else if (functions.has(type)) {
        const node = cursor.node();
        const head = spec.describe(node, source);
        if (head) {
          frame = this.frame = newFrame(head.name, head.startRow, head.nbParameters, node.hasError);
          this.frames.push(frame);
          flags |= PUSHED_FUNCTION;
        }
      } else if (nestingOnly?.has(type)) {
        frame.nesting++;
        flags |= PUSHED_NESTING;
      } else if (opaque?.has(type)) {
        descend = false;
      }
      let increment = structural && namedStructuresOnly ? undefined : ccnTokens.get(type);
      if (frame.hasError && increment === undefined && misparsedKeywords?.has(type)) {
        increment = keywordIncrement(ccnTokens, cursor.startIndex, cursor.endIndex, source);
      }
      if (increment !== undefined && this.directiveEnd > 0 && cursor.startIndex < this.directiveEnd) {
        increment = undefined;
      } else if (directives?.has(type)) {
        this.directiveEnd = endOfDirective(source, cursor.startIndex);
      }
      if (directiveLines?.has(type)) {
        // lizard drops preprocessor lines before counting lines of code.
        this.excluded.push(cursor.startIndex, endOfDirective(source, cursor.startIndex));
      }
      if (increment !== undefined) {
        const parents = ccnTokenParents?.get(type);
        if (!parents || (depth > 0 && parents.has(types[depth - 1]!))) {
          frame.metrics.complexity += ccnTokenAdjust
            ? ccnTokenAdjust(type, depth > 0 ? types[depth - 1]! : '', cursor.startIndex, source)
            : increment;
        }
      }
      if (type === elseKeyword) frame.afterElse = true;
      const operator = logicalOperators.get(type);
      // Preprocessor conditions are compile-time choices, not boolean logic of the function.
      if (
        operator !== undefined &&
        depth > 0 &&
        !(this.directiveEnd > 0 && cursor.startIndex < this.directiveEnd) &&
        logicalParents.has(types[depth - 1]!)
      ) {
        // A new sequence starts unless the left operand is the same operator: `a && b && c` adds 1.
        if (this.opOfPrevious[depth] !== operator) frame.metrics.cognitiveComplexity += 1;
        this.opOfNode[depth - 1] = operator;
      }
      if (flat && structural) {
        const parents = flat.get(type);
        if (parents !== undefined && (parents === null || (depth > 0 && parents.has(types[depth - 1]!)))) {
          frame.metrics.cognitiveComplexity += 1;
        }
      }
      const labels = labeledJumps?.get(type);
      if (labels && labels.has(cursor.node().firstNamedChild?.type ?? '')) frame.metrics.cognitiveComplexity += 1;
      if (nonCodeCandidates?.has(type) && isNonCode?.(cursor.node())) {
        this.excluded.push(cursor.startIndex, cursor.endIndex);
        descend = false;
      }
    }
    this.pushed[depth] = flags;
    // The children, if walked, start a new sequence of operands.
    if (descend) this.opOfPrevious[depth + 1] = 0;
    return descend;
  }

  leave(cursor: SyntaxCursor, depth: number): void {
    const left = this.pushed[depth]!;
    if (left !== 0) {
      const frame = this.frame;
      if (left & PUSHED_NESTING) frame.nesting--;
      if (left & PUSHED_DEPTH) frame.depth--;
      if (left & PUSHED_FUNCTION) {
        const end = cursor.endPosition;
        // A node that swallows its final newline ends on the line before.
        frame.metrics.lineEnd = end.column === 0 && end.row + 1 > frame.metrics.lineStart ? end.row : end.row + 1;
        this.found.push(frame.metrics);
        this.frames.pop();
        this.frame = this.frames[this.frames.length - 1]!;
      }
    }
    this.opOfPrevious[depth] = this.opOfNode[depth]!;
  }

  /** The functions found, with NLOC filled in, by where they start; call once the walk is over. */
  functions(): FunctionMetrics[] {
    return finish(this.found, this.source, this.excluded);
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = (from: Uint8Array): Uint8Array => {
      const to = new Uint8Array(this.capacity);
      to.set(from);
      return to;
    };
    this.pushed = widen(this.pushed);
    this.opOfNode = widen(this.opOfNode);
    this.opOfPrevious = widen(this.opOfPrevious);
    this.types.length = this.capacity;
  }
}

/** A short leaf's text (operators); longer leaves are no token of interest. */
function tokenText(start: number, end: number, source: string): string {
  return end - start <= 3 ? source.slice(start, end) : '';
}

/** The CCN of a leaf that error recovery made an identifier although its text is a counted keyword. */
function keywordIncrement(
  ccnTokens: ReadonlyMap<string, number>,
  start: number,
  end: number,
  source: string,
): number | undefined {
  return end - start <= 8 ? ccnTokens.get(source.slice(start, end)) : undefined;
}

/** Where a preprocessor line starting at `start` ends, following backslash continuations. */
function endOfDirective(source: string, start: number): number {
  let end = source.indexOf('\n', start);
  while (end > 0 && source.charCodeAt(end - 1) === 92) end = source.indexOf('\n', end + 1);
  if (end > 0 && source.charCodeAt(end - 1) === 13 && source.charCodeAt(end - 2) === 92)
    return endOfDirective(source, end + 1);
  return end < 0 ? source.length : end;
}

/** Fills in NLOC once all comment ranges are known, and orders functions by where they start. */
function finish(found: FunctionMetrics[], source: string, excluded: number[]): FunctionMetrics[] {
  const before = countCodeLines(source, excluded);
  for (const metrics of found) {
    const last = Math.min(metrics.lineEnd, before.length - 1);
    metrics.length = before[last]! - before[metrics.lineStart - 1]!;
  }
  found.sort((a, b) => a.lineStart - b.lineStart || a.lineEnd - b.lineEnd);
  return found;
}
